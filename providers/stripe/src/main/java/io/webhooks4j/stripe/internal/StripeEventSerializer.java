package io.webhooks4j.stripe.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.webhooks4j.stripe.StripeEvent;
import java.io.IOException;
import java.time.Instant;

/**
 * The one JSON rendering of a {@link StripeEvent} (the CLI's {@code parse}, {@code WebhookJson.write}): the
 * envelope under Stripe's own names, {@code created} as ISO-8601, and {@code data} exactly as sent, so every field
 * of the object (modelled or not) and every amount and decimal keep their value and form. Not API.
 */
@SuppressWarnings("rawtypes")
public final class StripeEventSerializer extends StdSerializer<StripeEvent> {
    private static final long serialVersionUID = 1L;

    public StripeEventSerializer() {
        super(StripeEvent.class);
    }

    @Override
    public void serialize(StripeEvent event, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("provider", event.provider());
        gen.writeStringField("id", event.id());
        gen.writeStringField("type", event.type());
        Instant created = event.created();
        gen.writeStringField("created", created == null ? null : created.toString());
        gen.writeStringField("api_version", event.apiVersion());
        gen.writeBooleanField("livemode", event.livemode());
        gen.writeStringField("account", event.account());
        gen.writeObjectFieldStart("request");
        gen.writeStringField("id", event.requestId());
        gen.writeStringField("idempotency_key", event.idempotencyKey());
        gen.writeEndObject();
        if (event.pendingWebhooks() == null) {
            gen.writeNullField("pending_webhooks");
        } else {
            gen.writeNumberField("pending_webhooks", event.pendingWebhooks());
        }
        gen.writeBooleanField("thin", event.isThin());
        JsonNode raw = event.raw();
        gen.writeObjectFieldStart("data");
        gen.writeFieldName("object");
        if (raw == null) { // an event built by hand (a test) rather than parsed: render the typed object
            provider.defaultSerializeValue(event.data().object(), gen);
        } else {
            gen.writeTree(event.isThin() ? raw : raw.path("data").path("object"));
        }
        JsonNode previous = event.data().previousAttributes();
        gen.writeFieldName("previous_attributes");
        if (previous == null) {
            gen.writeNull();
        } else {
            gen.writeTree(previous);
        }
        gen.writeEndObject();
        gen.writeEndObject();
    }
}
