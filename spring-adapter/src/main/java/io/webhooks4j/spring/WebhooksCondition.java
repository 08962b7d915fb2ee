package io.webhooks4j.spring;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when a provider is configured ({@code webhooks.<id>.secrets} set, or {@code webhooks.<id>.enabled}
 * true, for any block {@code webhooks.<id>} of the environment: a provider without its module is then named by
 * the assembly) or a {@link WebhooksCustomizer} bean exists: without either there is nothing to build.
 */
final class WebhooksCondition extends AnyNestedCondition {
    WebhooksCondition() {
        super(ConfigurationCondition.ConfigurationPhase.REGISTER_BEAN);
    }

    @Conditional(ProviderConfigured.class)
    static class OnProviderConfigured {}

    @ConditionalOnBean(WebhooksCustomizer.class)
    static class OnCustomizer {}

    static final class ProviderConfigured extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Binder binder = Binder.get(context.getEnvironment());
            for (String id : ConfiguredProviders.blockIds(context.getEnvironment())) {
                String prefix = "webhooks." + id;
                Boolean enabled =
                        binder.bind(prefix + ".enabled", Boolean.class).orElse(null);
                if (Boolean.FALSE.equals(enabled)) {
                    continue;
                }
                List<String> secrets = binder.bind(prefix + ".secrets", Bindable.listOf(String.class))
                        .orElse(List.of());
                if (Boolean.TRUE.equals(enabled) || secrets.stream().anyMatch(s -> s != null && !s.isBlank())) {
                    return ConditionOutcome.match("webhook provider " + id + " is configured");
                }
            }
            return ConditionOutcome.noMatch("no webhook provider is configured (no webhooks.<provider>.secrets set)");
        }
    }
}
