package io.webhooks4j.spring;

import io.webhooks4j.EventType;
import io.webhooks4j.WebhookEvent;
import io.webhooks4j.WebhookReply;
import io.webhooks4j.spi.EventCatalogue;
import io.webhooks4j.spi.ProviderDescriptor;
import io.webhooks4j.spi.ProviderSettings;
import io.webhooks4j.spi.WebhookProvider;
import io.webhooks4j.spi.WebhookProviderFactory;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A fake "github": signs no timestamp (so it has no tolerance) and not the URL, with a larger body limit and one
 * option, so the starter's generic binding and property check meet a provider unlike the fake stripe.
 */
final class FakeGitHub {
    static final String ID = "github";

    /** The envelope. */
    record Event(String type, String deliveryId, JsonNode payload) implements WebhookEvent {
        @Override
        public String provider() {
            return ID;
        }
    }

    static final EventType<Event> PUSH = EventType.of(ID, "push", JsonNode.class);

    private FakeGitHub() {}

    /** Registered in META-INF/services. */
    public static final class Factory implements WebhookProviderFactory {
        @Override
        public String id() {
            return ID;
        }

        @Override
        public WebhookProvider<?> build(ProviderSettings settings) {
            return new FakeProvider(
                    ID,
                    settings,
                    Event.class,
                    (type, deliveryId, body) -> new Event(type, deliveryId, body),
                    e -> List.of(e.type()),
                    WebhookReply.ok());
        }

        @Override
        public ProviderDescriptor descriptor() {
            return ProviderDescriptor.builder(ID, "GitHub")
                    .secretName("GitHub webhook secret")
                    .eventClass(Event.class)
                    .catalogue(EventCatalogue.of(ID, List.of(PUSH)))
                    .defaultMaxBodyBytes(25L * 1024 * 1024)
                    .option("legacy-sha1", "true to also accept the legacy SHA-1 signature")
                    .build();
        }
    }
}
