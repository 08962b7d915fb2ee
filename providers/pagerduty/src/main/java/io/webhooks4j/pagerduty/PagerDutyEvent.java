package io.webhooks4j.pagerduty;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookEvent;
import io.webhooks4j.pagerduty.event.Client;
import io.webhooks4j.pagerduty.event.Reference;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One verified PagerDuty v3 webhook: the {@code event} envelope of the body, the delivery headers that matter and the
 * typed {@code data}.
 *
 * <p>{@code T} is the payload type of the event type's {@link PagerDutyEvents} constant ({@link
 * io.webhooks4j.pagerduty.event.Incident} for {@code incident.triggered}, ...). For an event type this version does
 * not know, {@code T} is {@link JsonNode} and {@link #data()} is the raw {@code event.data}.
 *
 * <p>The envelope and {@code data} were bound straight from the body's bytes in one pass; the event keeps those bytes
 * ({@link #json()}), not a tree, and {@link #raw()} and {@link #payloadAs(Class)} read them again when asked.
 *
 * <p>As JSON ({@code WebhookJson.write(event)}, the CLI's {@code parse}) it renders as {@code provider}, {@code type},
 * {@code id}, {@code resourceType}, {@code occurredAt} (ISO-8601), {@code agent}, {@code client}, {@code dataType},
 * {@code deliveryId}, {@code webhookId}, {@code subscriptionId} and {@code data} (the typed data with PagerDuty's
 * field names; for event types not modelled, the JSON as sent); {@code json} (the body itself) and absent values are
 * left out.
 *
 * @param id the event's id ({@code event.id}), or {@code null} if the body leaves it out
 * @param type the event type ({@code event.event_type}), such as {@code incident.triggered}
 * @param resourceType the root resource type, {@code incident}, {@code service} or {@code pagey} ({@code
 *     event.resource_type}), or {@code null}
 * @param occurredAt when the event occurred ({@code event.occurred_at}), or {@code null} if the body leaves it out
 * @param agent who or what initiated the event ({@code event.agent}, usually a user reference), or {@code null} for
 *     automation
 * @param client where the event was triggered ({@code event.client}), or {@code null} when PagerDuty does not say
 * @param dataType the {@code event.data.type} as sent, such as {@code incident} or {@code incident_note}, or {@code
 *     null}
 * @param webhookId the {@code X-Webhook-Id} header: this webhook's id, the same on every delivery attempt; {@code
 *     null} when not sent
 * @param subscriptionId the {@code X-Webhook-Subscription} header: the id of the subscription that sent it, or {@code
 *     null}
 * @param data the typed {@code event.data}
 * @param json the JSON document as delivered, the bytes the signature covered ({@code {"event": {...}}})
 * @param <T> the type of {@link #data()}
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE,
        creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "provider",
    "type",
    "id",
    "resourceType",
    "occurredAt",
    "agent",
    "client",
    "dataType",
    "deliveryId",
    "webhookId",
    "subscriptionId",
    "data"
})
public record PagerDutyEvent<T>(
        @JsonProperty("id") @Nullable String id,
        @JsonProperty("type") String type,
        @JsonProperty("resourceType") @Nullable String resourceType,
        @JsonProperty("occurredAt") @Nullable Instant occurredAt,
        @JsonProperty("agent") @Nullable Reference agent,
        @JsonProperty("client") @Nullable Client client,
        @JsonProperty("dataType") @Nullable String dataType,
        @JsonProperty("webhookId") @Nullable String webhookId,
        @JsonProperty("subscriptionId") @Nullable String subscriptionId,
        @JsonProperty("data") T data,
        @JsonIgnore RawBody json)
        implements WebhookEvent {

    public PagerDutyEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(json, "json");
    }

    /** {@code pagerduty}. */
    @JsonProperty("provider")
    @Override
    public String provider() {
        return PagerDutyProvider.ID;
    }

    /**
     * The {@code X-Webhook-Id} header, the same on every attempt to deliver this webhook; {@code null} when the header
     * was not sent. Shown to users and observers; the de-duplication key is derived from the signed body instead
     * ({@link PagerDutyProvider#deduplicationKey}), since this header is not signed.
     */
    @JsonProperty("deliveryId")
    @Override
    public @Nullable String deliveryId() {
        return webhookId;
    }

    /**
     * {@code event.data} bound to {@code type}: your own record for the fields you need, or a richer model of an event
     * type this version keeps as {@link JsonNode}. Binds straight from the retained bytes ({@link #json()}), skipping
     * the rest of the envelope, with webhooks4j's defensive Jackson configuration (unknown fields ignored, read
     * limits); {@code null} when {@code event.data} is absent or JSON {@code null}. {@link #raw()} has the whole body.
     *
     * @throws WebhookParseException when {@code event.data} does not fit {@code type}
     */
    public <R> R payloadAs(Class<R> type) {
        return WebhookJson.readAt(json, type, "event", "data");
    }

    /**
     * The whole body as a JSON tree ({@code {"event": {...}}}), for anything not modelled. It parses the retained bytes
     * ({@link #json()}) each time you call it; keep the result. Each call gives a tree of its own, so changing one
     * changes neither the event nor the next call's.
     *
     * @throws WebhookParseException when the bytes hold a number a tree refuses (a decimal exponent beyond +/-{@value
     *     WebhookJson#MAX_DECIMAL_SCALE}) in a member the records do not read; the provider read the body whole once,
     *     so nothing else in it can fail here
     */
    public JsonNode raw() {
        return WebhookJson.readTree(json);
    }

    /** Type, event id and webhook id; never the data (it may hold personal data). */
    @Override
    public String toString() {
        return "PagerDutyEvent[" + type + ", id=" + id + ", webhookId=" + webhookId + "]";
    }
}
