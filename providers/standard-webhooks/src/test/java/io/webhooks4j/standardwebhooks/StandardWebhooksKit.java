package io.webhooks4j.standardwebhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import io.webhooks4j.WebhookEvent;
import io.webhooks4j.spi.AbstractWebhookProvider;
import io.webhooks4j.spi.WebhookProviderFactory;
import io.webhooks4j.spi.WebhookSigner;
import io.webhooks4j.spi.WebhookVerifier;
import io.webhooks4j.test.kit.ArchitectureRules;
import io.webhooks4j.test.kit.WebhookProviderCompatibilityKit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What the three compatibility tests of this module share: one provider class under three factory ids
 * ({@code standard-webhooks}, {@code openai}, {@code anthropic}), one signature header, one set of unreadable
 * values of it, and the template's roles under this module's names.
 */
abstract class StandardWebhooksKit extends WebhookProviderCompatibilityKit {
    private static final String V1 = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    /** Values of {@code webhook-signature} that are present but cannot be read. */
    static final List<String> MALFORMED = List.of(
            "i'm not even a real signature header",
            "v1",
            "g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
            "v2," + V1.substring(3),
            "v1=" + V1.substring(3),
            "V1," + V1.substring(3),
            (V1 + " ").repeat(StandardWebhooksVerifier.MAX_SIGNATURES + 1),
            "v0," + "A".repeat(StandardWebhooksVerifier.MAX_SIGNATURE_HEADER_CHARS));

    /**
     * The root package beside the provider, as this module names the template's roles: the verifier is {@code
     * StandardWebhooksVerifier} (not {@code StandardWebhooksWebhookVerifier}), the envelope and its key factory
     * {@code StandardWebhookEvent} and {@code StandardWebhookEvents}; OpenAI's and Anthropic's catalogues and
     * factories sit beside them.
     */
    static final Set<String> ROOT_PACKAGE = Set.of(
            "StandardWebhooksProvider",
            "StandardWebhooksVerifier",
            "StandardWebhooksSigner",
            "StandardWebhookEvent",
            "StandardWebhookEvents",
            "StandardWebhooksHeaders",
            "StandardWebhooksProviderFactory",
            "OpenAiEvents",
            "OpenAiProviderFactory",
            "AnthropicEvents",
            "AnthropicProviderFactory");

    StandardWebhooksKit(WebhookProviderFactory factory, String secret, String otherSecret) {
        super(factory, secret, otherSecret, StandardWebhooksHeaders.SIGNATURE, MALFORMED);
    }

    StandardWebhooksKit(WebhookProviderFactory factory) {
        this(factory, Fixtures.SECRET, Fixtures.OTHER_SECRET);
    }

    /** The id and the timestamp are signed; nothing else the senders send is. */
    @Override
    protected List<String> unsignedHeaders() {
        return List.of("User-Agent", "X-Request-Id", "Accept-Encoding");
    }

    /**
     * The verifier users make: {@code StandardWebhooksVerifier.create(...)} for the default id, else the verifier of a
     * provider built for this id (its messages name this sender's secret).
     */
    @Override
    protected Function<String[], ? extends WebhookVerifier> verifierFromSecrets() {
        String id = factory().id();
        if (id.equals(StandardWebhooksProvider.DEFAULT_ID)) {
            return StandardWebhooksVerifier::create;
        }
        return secrets -> providerBuilder().secrets(secrets).build().verifier();
    }

    @Override
    protected StandardWebhooksProvider.Builder providerBuilder() {
        return StandardWebhooksProvider.builder(factory().id());
    }

    /** Every name of {@link #ROOT_PACKAGE} that is not a template name with prefix {@code StandardWebhooks}. */
    @Override
    protected Set<String> templateExtras() {
        Set<String> extras = new TreeSet<>(ROOT_PACKAGE);
        ArchitectureRules.TEMPLATE.forEach(role -> extras.remove("StandardWebhooks" + role));
        return extras;
    }

    /** Envelope and payload fields the parser and the records read. */
    @Override
    protected List<String> hostileFieldNames() {
        return List.of(
                "id",
                "object",
                "type",
                "timestamp",
                "created_at",
                "data",
                "call_id",
                "sip_headers",
                "sip_media_security",
                "session_id",
                "name",
                "value",
                "organization_id",
                "workspace_id",
                "vault_id",
                "session_thread_id");
    }

    /**
     * The kit's rules, with the template's roles checked under this module's names. {@code
     * ArchitectureRules.checkProvider} derives every role's name from the provider's ({@code StandardWebhooks} +
     * {@code WebhookVerifier}, {@code Event}, {@code Events}) and extras can only add names, so it cannot pass here;
     * every other rule of it runs unchanged.
     */
    @Test
    @Override
    protected void theProviderFollowsTheTemplate() {
        Class<?> providerClass = provider().getClass();
        assertThat(providerClass).isEqualTo(StandardWebhooksProvider.class);
        String root = providerClass.getPackageName();
        JavaClasses classes = ArchitectureRules.importModule(providerClass);

        Set<String> actual = new TreeSet<>();
        for (JavaClass c : classes) {
            if (c.getPackageName().equals(root)
                    && c.isTopLevelClass()
                    && !c.getSimpleName().equals("package-info")) {
                actual.add(c.getSimpleName());
            }
        }
        assertThat(actual).as("top-level classes of %s", root).containsExactlyInAnyOrderElementsOf(ROOT_PACKAGE);
        // each role is played by the class named for it
        assertThat(AbstractWebhookProvider.class).isAssignableFrom(StandardWebhooksProvider.class);
        assertThat(WebhookVerifier.class).isAssignableFrom(StandardWebhooksVerifier.class);
        assertThat(WebhookSigner.class).isAssignableFrom(StandardWebhooksSigner.class);
        assertThat(StandardWebhookEvent.class.isRecord()).isTrue();
        assertThat(WebhookEvent.class).isAssignableFrom(StandardWebhookEvent.class);
        for (Class<?> factory : List.of(
                StandardWebhooksProviderFactory.class, OpenAiProviderFactory.class, AnthropicProviderFactory.class)) {
            assertThat(WebhookProviderFactory.class).as("%s", factory).isAssignableFrom(factory);
        }

        ArchitectureRules.dependsOnCoreOnly(root).check(classes);
        ArchitectureRules.payloadsDoNotDependOnTheEnvelope(root).check(classes);
        ArchitectureRules.noInternalsOutsideWebhooks4j().check(classes);
        ArchitectureRules.assertPayloadRecordsInEventPackage(classes, root, "StandardWebhook", templateExtras());
        ArchitectureRules.assertNullMarked(classes, root);
    }
}
