package io.webhooks4j.spring;

import io.webhooks4j.EventType;
import io.webhooks4j.WebhookEvent;
import io.webhooks4j.WebhookReply;
import io.webhooks4j.spi.EventCatalogue;
import io.webhooks4j.spi.ProviderDescriptor;
import io.webhooks4j.spi.ProviderSettings;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookProvider;
import io.webhooks4j.spi.WebhookProviderFactory;
import java.time.Duration;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** A fake "stripe": a generic envelope {@link Event} with typed payloads, like the real one. */
final class FakeStripe {
    static final String ID = "stripe";

    /** The envelope. */
    record Event<T>(String type, String deliveryId, T data) implements WebhookEvent {
        @Override
        public String provider() {
            return ID;
        }
    }

    record Invoice(String id, Long amountPaid) {}

    record Customer(String id, String email) {}

    static final EventType<Event<Invoice>> INVOICE = EventType.of(ID, "invoice", Invoice.class);
    static final EventType<Event<Invoice>> INVOICE_PAID = EventType.of(ID, "invoice.paid", Invoice.class);
    static final EventType<Event<Invoice>> INVOICE_CREATED = EventType.of(ID, "invoice.created", Invoice.class);
    static final EventType<Event<Customer>> CUSTOMER_CREATED = EventType.of(ID, "customer.created", Customer.class);
    static final EventType<Event<JsonNode>> CHARGE_REFUNDED = EventType.of(ID, "charge.refunded", JsonNode.class);
    static final EventType<Event<?>> ANY = EventType.any(ID);
    static final List<EventType<?>> ALL =
            List.of(INVOICE, INVOICE_PAID, INVOICE_CREATED, CUSTOMER_CREATED, CHARGE_REFUNDED);

    private FakeStripe() {}

    /** Routes {@code invoice.paid} under {@code invoice} too, as GitHub routes an event without its action. */
    static List<String> routingKeys(WebhookEvent event) {
        int dot = event.type().indexOf('.');
        return dot < 0
                ? List.of(event.type())
                : List.of(event.type(), event.type().substring(0, dot));
    }

    static WebhookEvent parse(String type, String deliveryId, JsonNode body) {
        Class<?> payload = ALL.stream()
                .filter(t -> t.name().equals(type))
                .findFirst()
                .<Class<?>>map(EventType::payloadType)
                .orElse(JsonNode.class);
        Object data = payload == JsonNode.class ? body : WebhookJson.convert(body, payload);
        return new Event<>(type, deliveryId, data);
    }

    /** Registered in META-INF/services. Option {@code mode} must be {@code live} or {@code test} when set. */
    public static final class Factory implements WebhookProviderFactory {
        @Override
        public String id() {
            return ID;
        }

        @Override
        public WebhookProvider<?> build(ProviderSettings settings) {
            settings.option("mode").ifPresent(mode -> {
                if (!mode.equals("live") && !mode.equals("test")) {
                    throw new IllegalArgumentException("option 'mode' must be live or test, was '" + mode + "'");
                }
            });
            java.util.Set<String> required = settings.option("require")
                    .map(names -> java.util.Set.of(names.split(",")))
                    .orElse(java.util.Set.of());
            return new FakeProvider(
                    ID, settings, Event.class, FakeStripe::parse, FakeStripe::routingKeys, WebhookReply.ok()) {
                @Override
                public void validateHandlers(java.util.Set<String> eventTypeNames) {
                    for (String name : required) {
                        if (!eventTypeNames.contains(name)) {
                            throw new IllegalStateException("The fake stripe provider needs a handler for " + name);
                        }
                    }
                }
            };
        }

        @Override
        public ProviderDescriptor descriptor() {
            return ProviderDescriptor.builder(ID, "Stripe")
                    .secretName("Stripe webhook secret")
                    .eventClass(Event.class)
                    .catalogue(EventCatalogue.of(ID, ALL))
                    .defaultTolerance(Duration.ofMinutes(5))
                    .option("mode", "live or test")
                    .option("require", "event type names, comma-separated, that must have a handler")
                    .build();
        }
    }
}
