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

/** A fake "twilio": request kinds are subtypes of {@link Request}, like the real one; replies are TwiML. */
final class FakeTwilio {
    static final String ID = "twilio";

    /** Every request. */
    sealed interface Request extends WebhookEvent permits Sms, Call {
        @Override
        default String provider() {
            return ID;
        }
    }

    record Sms(String type, String deliveryId, String from, String body) implements Request {}

    record Call(String type, String deliveryId, String from) implements Request {}

    static final EventType<Sms> INCOMING_MESSAGE = EventType.of(ID, "message.incoming", Sms.class);
    static final EventType<Call> INCOMING_CALL = EventType.of(ID, "call.incoming", Call.class);
    static final EventType<Request> ANY = EventType.any(ID);

    private FakeTwilio() {}

    static WebhookEvent parse(String type, String deliveryId, JsonNode body) {
        return type.startsWith("call")
                ? new Call(type, deliveryId, body.path("From").asString())
                : new Sms(
                        type,
                        deliveryId,
                        body.path("From").asString(),
                        body.path("Body").asString());
    }

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
                    Request.class,
                    FakeTwilio::parse,
                    e -> List.of(e.type()),
                    WebhookReply.xml("<Response/>"));
        }

        @Override
        public ProviderDescriptor descriptor() {
            return ProviderDescriptor.builder(ID, "Twilio")
                    .secretName("Twilio auth token")
                    .eventClass(Request.class)
                    .catalogue(EventCatalogue.of(ID, List.of(INCOMING_MESSAGE, INCOMING_CALL)))
                    .signsUrl()
                    .build();
        }
    }
}
