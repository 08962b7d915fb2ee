package io.webhooks4j.standardwebhooks.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.webhooks4j.standardwebhooks.StandardWebhookEvent;
import java.io.IOException;
import java.time.Instant;

/** Renders a {@link StandardWebhookEvent} with its data exactly as sent. Not API. */
public final class StandardWebhookEventSerializer extends StdSerializer<StandardWebhookEvent<?>> {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings({"unchecked", "rawtypes"})
    public StandardWebhookEventSerializer() {
        super((Class) StandardWebhookEvent.class);
    }

    @Override
    public void serialize(StandardWebhookEvent<?> event, JsonGenerator gen, SerializerProvider serializers)
            throws IOException {
        gen.writeStartObject();
        gen.writeStringField("provider", event.provider());
        gen.writeStringField("message_id", event.messageId());
        gen.writeStringField("type", event.type());
        gen.writeStringField("event_id", event.eventId());
        writeInstant(gen, "timestamp", event.timestamp());
        writeInstant(gen, "signed_at", event.signedAt());
        gen.writeFieldName("data");
        gen.writeTree(event.dataNode());
        gen.writeEndObject();
    }

    private static void writeInstant(JsonGenerator gen, String name, Instant value) throws IOException {
        if (value == null) {
            gen.writeNullField(name);
        } else {
            gen.writeStringField(name, value.toString());
        }
    }
}
