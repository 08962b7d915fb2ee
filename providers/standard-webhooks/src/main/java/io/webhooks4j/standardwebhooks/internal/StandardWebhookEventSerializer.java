package io.webhooks4j.standardwebhooks.internal;

import io.webhooks4j.standardwebhooks.StandardWebhookEvent;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Renders a {@link StandardWebhookEvent} with its data exactly as sent. Not API. */
public final class StandardWebhookEventSerializer extends StdSerializer<StandardWebhookEvent<?>> {
    @SuppressWarnings({"unchecked", "rawtypes"})
    public StandardWebhookEventSerializer() {
        super((Class) StandardWebhookEvent.class);
    }

    @Override
    public void serialize(StandardWebhookEvent<?> event, JsonGenerator gen, SerializationContext context) {
        gen.writeStartObject();
        gen.writeStringProperty("provider", event.provider());
        gen.writeStringProperty("message_id", event.messageId());
        gen.writeStringProperty("type", event.type());
        gen.writeStringProperty("event_id", event.eventId());
        writeInstant(gen, "timestamp", event.timestamp());
        writeInstant(gen, "signed_at", event.signedAt());
        gen.writeName("data");
        gen.writeTree(event.dataNode());
        gen.writeEndObject();
    }

    private static void writeInstant(JsonGenerator gen, String name, @Nullable Instant value) {
        if (value == null) {
            gen.writeNullProperty(name);
        } else {
            gen.writeStringProperty(name, value.toString());
        }
    }
}
