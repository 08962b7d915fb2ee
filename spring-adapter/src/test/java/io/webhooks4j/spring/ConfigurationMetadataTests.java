package io.webhooks4j.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.webhooks4j.Keyring;
import io.webhooks4j.spi.ProviderSettings;
import io.webhooks4j.spi.WebhookProviderFactory;
import java.io.InputStream;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * The generated configuration metadata (what IDEs complete and document) is true: checked against the real
 * provider modules' defaults and options, and against the names the property check accepts (#16.4).
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
                if (p.get("name").asText().startsWith("webhooks.")) {
                    PROPERTIES.put(p.get("name").asText(), p);
                }
            });
            root.get("hints").forEach(h -> {
                List<String> values = new ArrayList<>();
                h.get("values").forEach(v -> values.add(v.get("value").asText()));
                HINTS.put(h.get("name").asText(), values);
            });
        }
    }

    @Test
    void everyPropertyOfTheMetadataIsAcceptedAndEveryAcceptedOneIsInTheMetadata() {
        assertThat(PROPERTIES.keySet()).containsExactlyInAnyOrderElementsOf(WebhooksPropertyCheck.KNOWN);
    }

    @Test
    void onlyStripeHasATolerance() {
        assertThat(PROPERTIES.keySet().stream().filter(n -> n.endsWith(".tolerance")))
                .containsExactly("webhooks.stripe.tolerance");
    }

    @Test
    void bodyLimitAndToleranceDefaultsAreTheProvidersOwn() throws Exception {
        try (URLClassLoader loader = RealProviders.loader()) {
            Map<String, WebhookProviderFactory> factories = RealProviders.factories(loader);
            assertThat(factories.keySet()).containsExactlyInAnyOrderElementsOf(WebhooksProperties.PROVIDER_IDS);
            for (String id : WebhooksProperties.PROVIDER_IDS) {
                long real = factories
                        .get(id)
                        .create(ProviderSettings.of(Keyring.of("whsec_metadata_probe")))
                        .maxBodyBytes();
                JsonNode property = PROPERTIES.get("webhooks." + id + ".max-body-size");
                assertThat(DataSize.parse(property.get("defaultValue").asText()).toBytes())
                        .as("default of webhooks.%s.max-body-size", id)
                        .isEqualTo(real);
                String description = property.get("description").asText();
                String size = DataSize.ofBytes(real).toMegabytes() + "MB for ";
                assertThat(description).contains(size);
                int from = description.indexOf(size);
                int next = description.indexOf("MB for ", from + size.length());
                // "25MB for GitHub (...), 1MB for Stripe, Twilio, PagerDuty and Shopify."
                assertThat(description.substring(from, next < 0 ? description.length() : next))
                        .as("the clause of %s in: %s", size, description)
                        .contains(displayName(id));
            }
            Duration stripe = (Duration) loader.loadClass("io.webhooks4j.stripe.StripeWebhookVerifier")
                    .getField("DEFAULT_TOLERANCE")
                    .get(null);
            assertThat(stripe).isEqualTo(Duration.ofMinutes(5));
            assertThat(PROPERTIES
                            .get("webhooks.stripe.tolerance")
                            .get("defaultValue")
                            .asText())
                    .isEqualTo("5m");
            assertThat(PROPERTIES
                            .get("webhooks.stripe.tolerance")
                            .get("description")
                            .asText())
                    .contains("5 minutes");
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
                                .create(ProviderSettings.of(Keyring.of("whsec_metadata_probe"))
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
                assertThat(new TreeSet<>(HINTS.getOrDefault("webhooks." + id + ".options.keys", List.of())))
                        .as("option hints of %s (%s)", id, message)
                        .isEqualTo(known);
            }
        }
    }

    private static String displayName(String id) {
        return switch (id) {
            case "github" -> "GitHub";
            case "pagerduty" -> "PagerDuty";
            default -> Character.toUpperCase(id.charAt(0)) + id.substring(1);
        };
    }
}
