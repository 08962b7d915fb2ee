package io.webhooks4j.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.webhooks4j.Keyring;
import io.webhooks4j.inbox.DeliveryMode;
import io.webhooks4j.inbox.InboxOptions;
import io.webhooks4j.jdbc.JdbcInbox;
import io.webhooks4j.spi.ProviderDescriptor;
import io.webhooks4j.spi.ProviderSettings;
import io.webhooks4j.spi.WebhookProviderFactory;
import java.io.InputStream;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The configuration metadata (what IDEs complete and document) is true. The {@code webhooks.<id>.*} entries,
 * which the annotation processor cannot see, are the ones the real provider modules' descriptors render (the
 * committed file is compared with a fresh rendering: when a provider changes, this fails with the difference;
 * run with {@code -Dwebhooks4j.metadata.write=true} to rewrite it); the merged metadata names exactly the
 * properties the property check accepts; the defaults and options are the providers' own (#16.4, #17).
 */
class ConfigurationMetadataTests {
    private static final Map<String, JsonNode> PROPERTIES = new LinkedHashMap<>();
    private static final Map<String, List<String>> HINTS = new LinkedHashMap<>();

    @BeforeAll
    static void readMetadata() throws Exception {
        try (InputStream in = ConfigurationMetadataTests.class
                .getClassLoader()
                .getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            root.get("properties").forEach(p -> {
                if (p.get("name").asString().startsWith("webhooks.")) {
                    PROPERTIES.put(p.get("name").asString(), p);
                }
            });
            root.get("hints").forEach(h -> {
                List<String> values = new ArrayList<>();
                h.get("values").forEach(v -> values.add(v.get("value").asString()));
                HINTS.put(h.get("name").asString(), values);
            });
        }
    }

    @Test
    void theCommittedProviderMetadataIsTheOneTheProvidersDescriptorsRender() throws Exception {
        try (URLClassLoader loader = RealProviders.loader()) {
            String rendered = ProviderMetadata.render(RealProviders.catalogue(loader));
            String committed = Files.readString(ProviderMetadata.COMMITTED, StandardCharsets.UTF_8);
            if (!rendered.equals(committed) && Boolean.getBoolean("webhooks4j.metadata.write")) {
                Files.writeString(ProviderMetadata.COMMITTED, rendered, StandardCharsets.UTF_8);
                committed = rendered;
            }
            assertThat(committed)
                    .as(
                            "%s is not what the provider modules' descriptors render (rewrite it with "
                                    + "-Dwebhooks4j.metadata.write=true):%n%s",
                            ProviderMetadata.COMMITTED, diff(committed, rendered))
                    .isEqualTo(rendered);
        }
    }

    @Test
    void everyPropertyOfTheMetadataIsAcceptedAndEveryAcceptedOneIsInTheMetadata() throws Exception {
        try (URLClassLoader loader = RealProviders.loader()) {
            assertThat(PROPERTIES.keySet())
                    .containsExactlyInAnyOrderElementsOf(WebhooksPropertyCheck.known(RealProviders.catalogue(loader)));
        }
    }

    @Test
    void onlyProvidersThatSignATimestampHaveAToleranceAndOnlyTwilioAPublicBaseUrlOfItsOwn() {
        assertThat(PROPERTIES.keySet().stream().filter(n -> n.endsWith(".tolerance")))
                .containsExactlyInAnyOrder(
                        "webhooks.stripe.tolerance",
                        "webhooks.standard-webhooks.tolerance",
                        "webhooks.openai.tolerance",
                        "webhooks.anthropic.tolerance");
        assertThat(PROPERTIES.keySet().stream().filter(n -> n.endsWith(".public-base-url")))
                .containsExactlyInAnyOrder("webhooks.public-base-url", "webhooks.twilio.public-base-url");
        assertThat(PROPERTIES
                        .get("webhooks.twilio.public-base-url")
                        .get("deprecation")
                        .get("replacement")
                        .asString())
                .isEqualTo("webhooks.public-base-url");
    }

    @Test
    void bodyLimitAndToleranceDefaultsAreTheProvidersOwn() throws Exception {
        try (URLClassLoader loader = RealProviders.loader()) {
            Map<String, WebhookProviderFactory> factories = RealProviders.factories(loader);
            assertThat(factories.keySet())
                    .containsExactlyInAnyOrder(
                            "stripe",
                            "github",
                            "twilio",
                            "pagerduty",
                            "shopify",
                            "standard-webhooks",
                            "openai",
                            "anthropic");
            for (Map.Entry<String, WebhookProviderFactory> factory : factories.entrySet()) {
                String id = factory.getKey();
                ProviderDescriptor descriptor = factory.getValue().descriptor();
                long real = factory.getValue()
                        .create(ProviderSettings.of(Keyring.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")))
                        .maxBodyBytes();
                assertThat(descriptor.defaultMaxBodyBytes())
                        .as("descriptor of %s", id)
                        .isEqualTo(real);
                JsonNode property = PROPERTIES.get("webhooks." + id + ".max-body-size");
                assertThat(DataSize.parse(property.get("defaultValue").asString())
                                .toBytes())
                        .as("default of webhooks.%s.max-body-size", id)
                        .isEqualTo(real);
                assertThat(property.get("description").asString())
                        .contains(descriptor.displayName() + "'s own limit, " + ProviderMetadata.dataSize(real));
            }
            assertThat(factories.get("github").descriptor().defaultMaxBodyBytes())
                    .isEqualTo(25L * 1024 * 1024);
            Duration stripe = (Duration) loader.loadClass("io.webhooks4j.stripe.StripeWebhookVerifier")
                    .getField("DEFAULT_TOLERANCE")
                    .get(null);
            assertThat(stripe).isEqualTo(Duration.ofMinutes(5));
            assertThat(factories.get("stripe").descriptor().defaultTolerance()).contains(stripe);
            assertThat(PROPERTIES
                            .get("webhooks.stripe.tolerance")
                            .get("defaultValue")
                            .asString())
                    .isEqualTo("5m");
        }
    }

    @Test
    void theOptionHintsAreExactlyTheOptionsEachProviderAccepts() throws Exception {
        try (URLClassLoader loader = RealProviders.loader()) {
            for (Map.Entry<String, WebhookProviderFactory> factory :
                    RealProviders.factories(loader).entrySet()) {
                String id = factory.getKey();
                // the factory names the options it knows when it refuses one it does not
                String message = assertThatIllegalArgumentException()
                        .isThrownBy(() -> factory.getValue()
                                .create(ProviderSettings.of(Keyring.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
                                        .withOptions(Map.of("no-such-option-x", "1"))))
                        .actual()
                        .getMessage();
                Set<String> known = new TreeSet<>();
                int open = message.indexOf(" options are [");
                if (open >= 0) {
                    String list = message.substring(open + 14, message.indexOf(']', open));
                    for (String name : list.split(",")) {
                        known.add(name.strip());
                    }
                } else {
                    assertThat(message).contains(id + " has no options");
                }
                assertThat(new TreeSet<>(
                                factory.getValue().descriptor().options().keySet()))
                        .as("options of %s's descriptor (%s)", id, message)
                        .isEqualTo(known);
                assertThat(new TreeSet<>(HINTS.getOrDefault("webhooks." + id + ".options.keys", List.of())))
                        .as("option hints of %s (%s)", id, message)
                        .isEqualTo(known);
            }
        }
    }

    @Test
    void theInboxPropertiesAreDescribedWithTheCoresDefaults() {
        assertThat(PROPERTIES.keySet().stream().filter(n -> n.startsWith("webhooks.inbox.")))
                .containsExactlyInAnyOrderElementsOf(WebhooksPropertyCheck.INBOX_PROPERTIES);
        for (String name : WebhooksPropertyCheck.INBOX_PROPERTIES) {
            assertThat(PROPERTIES.get(name).path("description").asString())
                    .as("description of %s", name)
                    .isNotBlank();
        }
        assertThat(PROPERTIES.get("webhooks.inbox.mode").get("type").asString())
                .isEqualTo(DeliveryMode.class.getName());
        assertThat(defaultValue("webhooks.inbox.mode")).isEqualToIgnoringCase("inline");
        InboxOptions defaults = InboxOptions.DEFAULT;
        assertThat(Integer.parseInt(defaultValue("webhooks.inbox.workers"))).isEqualTo(defaults.workers());
        assertThat(Integer.parseInt(defaultValue("webhooks.inbox.max-attempts")))
                .isEqualTo(defaults.retry().maxAttempts());
        assertThat(duration("webhooks.inbox.poll-interval")).isEqualTo(defaults.pollInterval());
        assertThat(duration("webhooks.inbox.lease")).isEqualTo(defaults.lease());
        assertThat(duration("webhooks.inbox.initial-backoff"))
                .isEqualTo(defaults.retry().initialBackoff());
        assertThat(duration("webhooks.inbox.max-backoff"))
                .isEqualTo(defaults.retry().maxBackoff());
        assertThat(duration("webhooks.inbox.retention")).isEqualTo(defaults.retention());
        assertThat(duration("webhooks.inbox.shutdown-grace")).isEqualTo(defaults.shutdownGrace());
        assertThat(defaultValue("webhooks.inbox.table")).isEqualTo(JdbcInbox.DEFAULT_TABLE_NAME);
        assertThat(defaultValue("webhooks.inbox.create-schema")).isEqualTo("false");
        assertThat(defaultValue("webhooks.inbox.show-body")).isEqualToIgnoringCase("never");
    }

    @Test
    void everyProviderHasADeliveryModeOfItsOwnWithoutADefault() throws Exception {
        try (URLClassLoader loader = RealProviders.loader()) {
            for (String id : RealProviders.factories(loader).keySet()) {
                JsonNode mode = PROPERTIES.get("webhooks." + id + ".mode");
                assertThat(mode).as("webhooks.%s.mode", id).isNotNull();
                assertThat(mode.get("type").asString()).isEqualTo(DeliveryMode.class.getName());
                assertThat(mode.has("defaultValue"))
                        .as("falls back to webhooks.inbox.mode")
                        .isFalse();
                assertThat(mode.get("description").asString()).contains("webhooks.inbox.mode");
            }
        }
    }

    private static String defaultValue(String name) {
        JsonNode property = PROPERTIES.get(name);
        assertThat(property).as(name).isNotNull();
        assertThat(property.has("defaultValue")).as("default of %s", name).isTrue();
        return property.get("defaultValue").asString();
    }

    private static Duration duration(String name) {
        return DurationStyle.detectAndParse(defaultValue(name));
    }

    /** The first differing lines of two texts, with a little context. */
    static String diff(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < Math.max(a.length, b.length) && shown < 40; i++) {
            String left = i < a.length ? a[i] : "<none>";
            String right = i < b.length ? b[i] : "<none>";
            if (!left.equals(right)) {
                out.append("line ")
                        .append(i + 1)
                        .append(":\n  committed: ")
                        .append(left)
                        .append("\n  rendered:  ")
                        .append(right)
                        .append('\n');
                shown++;
            }
        }
        return out.toString();
    }
}
