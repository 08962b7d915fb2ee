package io.webhooks4j.stripe;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookEvent;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import io.webhooks4j.stripe.internal.StripeEventSerializer;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A verified Stripe event: the envelope Stripe sends ({@code "object": "event"}) with its {@code data.object}
 * typed as {@code T}. The type comes from the catalogue key a handler registered with:
 * {@code on(StripeEvents.INVOICE_PAID, e -> e.data().object().amountPaid())}.
 *
 * <p>Thin events ({@code "object": "v2.core.event"}) parse to a {@code StripeEvent<StripeThinEvent>} whose
 * {@code data().object()} is the thin event itself.
 *
 * <p>As JSON ({@code WebhookJson.write(event)}, the CLI's {@code parse}) it renders as {@code provider},
 * {@code id}, {@code type}, {@code created} (ISO-8601), {@code api_version}, {@code livemode}, {@code account},
 * {@code request} ({@code id}, {@code idempotency_key}), {@code pending_webhooks}, {@code thin} and {@code data}
 * ({@code object}, {@code previous_attributes}) exactly as sent: every field of the object, amounts and decimals
 * ({@code "unit_amount_decimal": "12.50"}) unchanged. For a thin event {@code data.object} is the thin event.
 *
 * <p>The envelope and the typed {@code data.object} are bound straight from the body's bytes in one pass; the event
 * keeps those bytes ({@link #json()}), not a tree: {@link #raw()} builds the tree when asked for, and
 * {@link #payloadAs(Class)} binds {@code data.object} from the bytes again. {@code data().previousAttributes()}
 * (small) is a Jackson 3 {@code tools.jackson.databind.JsonNode}, as is the payload of a type without a record.
 *
 * <p>This is the one envelope type of the Stripe provider, as {@code GitHubEvent<T>} or {@code ShopifyEvent<T>}
 * are of theirs; a thin event is not another envelope but the payload type {@link StripeThinEvent}.
 *
 * @param id the event id ({@code evt_...}): the same on every retry, so it is the de-duplication key
 * @param type the event type, such as {@code invoice.paid}
 * @param created when Stripe created the event, or null when the body does not say
 * @param apiVersion the API version {@code data.object} is rendered in (null for thin events)
 * @param livemode true for live mode, false for test mode
 * @param account the connected account the event belongs to (Connect), or null
 * @param request the API request that caused the event (both parts null when none did)
 * @param data the object and, on {@code *.updated} events, the previous values of what changed
 * @param pendingWebhooks how many endpoints had not yet acknowledged the event when it was sent, or null
 * @param json the JSON document as delivered, the bytes the signature covered: {@link #raw()} and
 *     {@link #payloadAs(Class)} read it (null only for an event built by hand, in a test)
 * @param <T> the type of {@code data.object}
 */
@JsonSerialize(using = StripeEventSerializer.class)
public record StripeEvent<T>(
        String id,
        String type,
        @Nullable Instant created,
        @Nullable String apiVersion,
        boolean livemode,
        @Nullable String account,
        Request request,
        Data<T> data,
        @Nullable Long pendingWebhooks,
        @JsonIgnore @Nullable RawBody json)
        implements WebhookEvent {

    /** A null {@code request} (an event built by hand) reads as {@link Request#NONE}. */
    public StripeEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
        request = request == null ? Request.NONE : request;
    }

    /** Always {@code stripe}. */
    @Override
    public String provider() {
        return StripeProvider.ID;
    }

    /** The event id. */
    @Override
    public String deliveryId() {
        return id;
    }

    /** True for a thin event ({@code "object": "v2.core.event"}). */
    public boolean isThin() {
        return data.object() instanceof StripeThinEvent;
    }

    /**
     * The whole event as a tree: the escape hatch for anything not modelled. It parses the retained bytes
     * ({@link #json()}) each time you call it; keep the result. Null only for an event built by hand (a test).
     *
     * @throws WebhookParseException when the tree refuses a value the typed read skipped unbuilt (a number whose
     *     exponent is beyond +/-1000 in a field no record reads)
     */
    public @Nullable JsonNode raw() {
        return json == null ? null : WebhookJson.readTree(json);
    }

    /**
     * {@code data.object} bound to your own type (a record of the fields you need, a Stripe SDK class, a type for
     * an event the catalogue does not model), read in one pass from the body as sent ({@link #json()}, only
     * {@code data.object} is bound, the rest skipped); for a thin event, the thin event. The catalogue's typed
     * {@code data().object()} is unaffected.
     *
     * @throws WebhookParseException when the object does not fit {@code type} (a 400 inside the pipeline)
     */
    public <R> R payloadAs(Class<R> type) {
        Objects.requireNonNull(type, "type");
        R payload;
        if (json == null) { // an event built by hand (a test) rather than parsed
            payload = WebhookJson.read(WebhookJson.write(data.object()), type);
        } else if (isThin()) {
            payload = WebhookJson.read(json, type);
        } else {
            payload = WebhookJson.readAt(json, type, "data", "object");
        }
        if (payload == null) {
            throw new WebhookParseException(Reason.MALFORMED_BODY, "The event's object is JSON null");
        }
        return payload;
    }

    /** Shortcut for {@code request().id()}: the request id, or null. */
    public @Nullable String requestId() {
        return request.id();
    }

    /** Shortcut for {@code request().idempotencyKey()}: the idempotency key, or null. */
    public @Nullable String idempotencyKey() {
        return request.idempotencyKey();
    }

    /** Id, type and creation time only: the payload may hold personal data. */
    @Override
    public String toString() {
        return "StripeEvent[" + id + " " + type + " created " + created + (livemode ? " live" : " test") + "]";
    }

    /**
     * The API request that caused an event.
     *
     * @param id the request id ({@code req_...}), or null when no API request caused the event
     * @param idempotencyKey the idempotency key the request was sent with, or null
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Request(
            @Nullable String id,
            @JsonProperty("idempotency_key") @Nullable String idempotencyKey) {
        /** No API request caused the event. */
        public static final Request NONE = new Request(null, null);
    }

    /**
     * The event's {@code data}.
     *
     * @param object the object the event is about, as of the event
     * @param previousAttributes on {@code *.updated} events, the previous values of the fields that changed
     *     (a tree, as sent); null when not sent
     * @param <T> the type of the object
     */
    public record Data<T>(T object, @Nullable JsonNode previousAttributes) {
        public Data {
            Objects.requireNonNull(object, "object");
        }
    }
}
