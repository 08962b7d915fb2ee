package io.webhooks4j.spring;

import io.webhooks4j.inbox.DeliveryMode;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when some deliveries are to be stored in the inbox: {@code webhooks.inbox.mode=inbox}, or {@code
 * webhooks.<id>.mode=inbox} for a provider that is configured (its secrets set, not switched off). Only then does
 * the starter make a {@code JdbcInbox} of its own; an application's {@code Inbox} bean is used either way.
 */
final class InboxModeCondition extends SpringBootCondition {
    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String why = reason(context.getEnvironment());
        return why == null
                ? ConditionOutcome.noMatch("no webhooks delivery mode is inbox (webhooks.inbox.mode is inline)")
                : ConditionOutcome.match(why);
    }

    /** The property that asks for inbox mode, or {@code null} when none does. */
    static @Nullable String reason(Environment environment) {
        Binder binder = Binder.get(environment);
        if (isInbox(binder.bind("webhooks.inbox.mode", String.class).orElse(null))) {
            return "webhooks.inbox.mode=inbox";
        }
        for (String id : ConfiguredProviders.blockIds(environment)) {
            String prefix = "webhooks." + id;
            if (!isInbox(binder.bind(prefix + ".mode", String.class).orElse(null))) {
                continue;
            }
            Boolean enabled = binder.bind(prefix + ".enabled", Boolean.class).orElse(null);
            List<String> secrets = binder.bind(prefix + ".secrets", Bindable.listOf(String.class))
                    .orElse(List.of());
            if (!Boolean.FALSE.equals(enabled) && secrets.stream().anyMatch(s -> s != null && !s.isBlank())) {
                return prefix + ".mode=inbox";
            }
        }
        return null;
    }

    private static boolean isInbox(@Nullable String mode) {
        return mode != null && mode.strip().equalsIgnoreCase(DeliveryMode.INBOX.code());
    }
}
