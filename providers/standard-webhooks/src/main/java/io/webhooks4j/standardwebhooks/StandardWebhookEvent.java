package io.webhooks4j.standardwebhooks;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookEvent;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import io.webhooks4j.standardwebhooks.internal.StandardWebhookEventParser;
import io.webhooks4j.standardwebhooks.internal.StandardWebhookEventSerializer;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A verified Standard Webhooks event: the envelope the specification recommends ({@code type}, {@code timestamp},
 * {@code data}) or a sender's variant of it (OpenAI's {@code id}, {@code type}, {@code created_at}, {@code data};
 * Anthropic's {@code "type": "event"} with the event type in {@code data.type}), with {@code data} typed as {@code
 * T}. The type comes from the key a handler registered with: {@code on(OpenAiEvents.RESPONSE_COMPLETED, e ->
 * e.data().id())}, or a key of your own made with {@link StandardWebhookEvents#of(String, String, Class)}.
 *
 * <p>As JSON ({@code WebhookJson.write(event)}, the CLI's {@code parse}) it renders as {@code provider},
 * {@code message_id}, {@code type}, {@code event_id}, {@code timestamp}, {@code signed_at} (ISO-8601) and {@code
 * data} exactly as sent.
 *
 * <p>The typed {@code data} was bound straight from the body's bytes when the event was parsed; no tree of the
 * body is kept. {@link #json()} holds the bytes, and {@link #raw()}, {@link #dataNode()} and {@link #payloadAs}
 * read them again when called.
 *
 * @param provider the provider id the delivery came in under ({@code openai}, {@code clerk}, ...)
 * @param messageId the {@code webhook-id} header (or {@code svix-id}): the same on every retry of the message and
 *     covered by the signature, so it is the de-duplication key
 * @param type the event type, such as {@code user.created}
 * @param eventId the body's own {@code id} (OpenAI's and Anthropic's {@code evt_...}), or null when it has none
 * @param timestamp when the event happened, from the body's {@code timestamp} or {@code created_at} (an ISO-8601
 *     time, or a number of seconds, or of milliseconds from 10^11 on); null when absent or not a time
 * @param signedAt the attempt's signed {@code webhook-timestamp}; null for an event built by hand
 * @param data the event's data: the body's {@code data}, or the whole body when it has none (the specification
 *     allows data "squashed" into the top-level object)
 * @param json the JSON document as delivered, the bytes the signature covered (the escape hatch for anything not
 *     modelled: see {@link #raw()}); null for an event built by hand
 * @param <T> the type of {@code data}
 */
@JsonSerialize(using = StandardWebhookEventSerializer.class)
public record StandardWebhookEvent<T>(
        String provider,
        String messageId,
        String type,
        @Nullable String eventId,
        @Nullable Instant timestamp,
        @Nullable Instant signedAt,
        T data,
        @JsonIgnore @Nullable RawBody json)
        implements WebhookEvent {

    public StandardWebhookEvent {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
    }

    /** The message id ({@code webhook-id}). */
    @Override
    public String deliveryId() {
        return messageId;
    }

    /**
     * The whole body as a tree, for anything not modelled: it parses the retained bytes ({@link #json()}) each
     * time you call it, so keep the result. Null for an event built by hand.
     */
    @JsonIgnore
    public @Nullable JsonNode raw() {
        return json == null ? null : WebhookJson.readTree(json);
    }

    /**
     * {@code data} as sent, as a tree of it alone: the body's {@code data}, or the whole body when it has none.
     * Read from the retained bytes on each call.
     */
    public JsonNode dataNode() {
        if (json == null) { // an event built by hand (a test) rather than parsed
            return WebhookJson.readTree(WebhookJson.write(data));
        }
        return StandardWebhookEventParser.dataNode(json);
    }

    /**
     * {@code data} bound to your own type (a record of the fields you need, a type for an event no key models),
     * straight from the body's bytes in one pass, without a tree: the body's {@code data}, or the whole body when
     * it has none. The typed {@code data()} is unaffected.
     *
     * @throws WebhookParseException when the data does not fit {@code type} (a 400 inside the pipeline)
     */
    public <R> R payloadAs(Class<R> type) {
        Objects.requireNonNull(type, "type");
        if (json == null) {
            return WebhookJson.convert(dataNode(), type);
        }
        return StandardWebhookEventParser.payloadAs(json, type);
    }

    /** Provider, message id, type and time only: the data may hold personal data. */
    @Override
    public String toString() {
        return "StandardWebhookEvent[" + provider + " " + messageId + " " + type
                + (timestamp == null ? "" : " at " + timestamp) + "]";
    }
}
