package io.webhooks4j.stripe;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A thin event ({@code "object": "v2.core.event"}), as Stripe sends it to an event destination: no snapshot of
 * the changed object, only a reference to it ({@link #relatedObject()}) to fetch with the Stripe API, and the
 * event's id to fetch the full event. It is the payload ({@code data().object()}) of the {@link StripeEvent}
 * a thin delivery parses to; the envelope repeats its id, type, creation time and livemode. It stays its own type
 * beside the payload records of {@code io.webhooks4j.stripe.event} because it is an event, not a Stripe resource:
 * Stripe's one envelope for thin and snapshot deliveries alike is {@link StripeEvent}.
 *
 * @param id the event id ({@code evt_...}), also the de-duplication key
 * @param type the event type, such as {@code v1.billing.meter.error_report_triggered}
 * @param created when the event was created (thin events send an RFC 3339 time, not epoch seconds), or null
 * @param livemode true for live mode, null when not sent
 * @param context the account the event belongs to (Connect), or null
 * @param relatedObject the object the event is about, or null
 * @param reason why the event happened (the API request), or null
 * @param data extra data some thin event types carry, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StripeThinEvent(
        String id,
        String type,
        @Nullable Instant created,
        @Nullable Boolean livemode,
        @Nullable String context,
        @JsonProperty("related_object") @Nullable RelatedObject relatedObject,
        @Nullable Reason reason,
        @Nullable JsonNode data) {

    /** The {@code object} value of a thin event. */
    public static final String OBJECT = "v2.core.event";

    /**
     * The object a thin event is about.
     *
     * @param id its id
     * @param type its type, such as {@code billing.meter}
     * @param url the API path to fetch it
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RelatedObject(
            @Nullable String id,
            @Nullable String type,
            @Nullable String url) {}

    /**
     * Why a thin event happened.
     *
     * @param type the kind of reason, such as {@code request}
     * @param request the API request that caused it, or null
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reason(@Nullable String type, StripeEvent.@Nullable Request request) {}
}
