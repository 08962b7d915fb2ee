package io.webhooks4j.stripe.internal;

import io.webhooks4j.RawBody;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.stripe.StripeEvent;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The one JSON rendering of a {@link StripeEvent} (the CLI's {@code parse}, {@code WebhookJson.write}): the
 * envelope under Stripe's own names, {@code created} as ISO-8601, and {@code data} exactly as sent (read again from
 * the retained bytes), so every field of the object (modelled or not) and every amount and decimal keep their value
 * and form. Not API.
 */
@SuppressWarnings("rawtypes")
public final class StripeEventSerializer extends StdSerializer<StripeEvent> {
    public StripeEventSerializer() {
        super(StripeEvent.class);
    }

    @Override
    public void serialize(StripeEvent event, JsonGenerator gen, SerializationContext context) {
        gen.writeStartObject();
        gen.writeStringProperty("provider", event.provider());
        gen.writeStringProperty("id", event.id());
        gen.writeStringProperty("type", event.type());
        Instant created = event.created();
        gen.writeStringProperty("created", created == null ? null : created.toString());
        gen.writeStringProperty("api_version", event.apiVersion());
        gen.writeBooleanProperty("livemode", event.livemode());
        gen.writeStringProperty("account", event.account());
        gen.writeObjectPropertyStart("request");
        gen.writeStringProperty("id", event.requestId());
        gen.writeStringProperty("idempotency_key", event.idempotencyKey());
        gen.writeEndObject();
        if (event.pendingWebhooks() == null) {
            gen.writeNullProperty("pending_webhooks");
        } else {
            gen.writeNumberProperty("pending_webhooks", event.pendingWebhooks());
        }
        gen.writeBooleanProperty("thin", event.isThin());
        RawBody json = event.json();
        gen.writeObjectPropertyStart("data");
        gen.writeName("object");
        if (json == null) { // an event built by hand (a test) rather than parsed: render the typed object
            context.writeValue(gen, event.data().object());
        } else {
            copyObject(json, event.isThin(), gen);
        }
        JsonNode previous = event.data().previousAttributes();
        gen.writeName("previous_attributes");
        if (previous == null) {
            gen.writeNull();
        } else {
            gen.writeTree(previous);
        }
        gen.writeEndObject();
        gen.writeEndObject();
    }

    /**
     * Copies {@code data.object} (the whole body for a thin event) token by token from the bytes, numbers exactly as
     * written: no tree, so nothing here refuses what the parse accepted.
     */
    private static void copyObject(RawBody json, boolean thin, JsonGenerator gen) {
        try (JsonParser p = WebhookJson.parser(json)) {
            JsonToken token = p.nextToken();
            if (!thin) {
                token = token == JsonToken.START_OBJECT ? member(p, "data") : null;
                token = token == JsonToken.START_OBJECT ? member(p, "object") : null;
            }
            if (token == null) {
                gen.writeNull();
            } else {
                gen.copyCurrentStructureExact(p);
            }
        }
    }

    /** Moves the parser, inside an object, onto the value of its member {@code name}; null when it has none. */
    private static @Nullable JsonToken member(JsonParser p, String name) {
        for (String member = p.nextName(); member != null; member = p.nextName()) {
            JsonToken value = p.nextToken();
            if (member.equals(name)) {
                return value;
            }
            p.skipChildren();
        }
        return null;
    }
}
