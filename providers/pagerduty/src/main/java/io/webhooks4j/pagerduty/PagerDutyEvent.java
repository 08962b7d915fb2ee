package io.webhooks4j.pagerduty;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import io.webhooks4j.WebhookEvent;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import io.webhooks4j.pagerduty.event.Client;
import io.webhooks4j.pagerduty.event.Reference;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One verified PagerDuty v3 webhook: the {@code event} envelope of the body, the delivery headers that matter and the
 * typed {@code data}.
 *
 * <p>{@code T} is the payload type of the event type's {@link PagerDutyEvents} constant ({@link
 * io.webhooks4j.pagerduty.event.Incident} for {@code incident.triggered}, ...). For an event type this version does
 * not know, {@code T} is {@link JsonNode} and {@link #data()} is the raw {@code event.data}.
 *
 * <p>As JSON ({@code WebhookJson.write(event)}, the CLI's {@code parse}) it renders as {@code provider}, {@code type},
 * {@code id}, {@code resourceType}, {@code occurredAt} (ISO-8601), {@code agent}, {@code client}, {@code dataType},
 * {@code deliveryId}, {@code webhookId}, {@code subscriptionId} and {@code data} (the typed data with PagerDuty's
 * field names; for event types not modelled, the JSON as sent); {@code raw} is left out (it is the body itself) and
 * absent values are left out.
 *
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
public final class PagerDutyEvent<T> implements WebhookEvent {
    private final String id;
    private final String type;
    private final String resourceType;
    private final Instant occurredAt;
    private final Reference agent;
    private final Client client;
    private final String dataType;
    private final String webhookId;
    private final String subscriptionId;
    private final T data;
    private final JsonNode raw;

    PagerDutyEvent(
            String id,
            String type,
            String resourceType,
            Instant occurredAt,
            Reference agent,
            Client client,
            String dataType,
            String webhookId,
            String subscriptionId,
            T data,
            JsonNode raw) {
        this.id = id;
        this.type = Objects.requireNonNull(type, "type");
        this.resourceType = resourceType;
        this.occurredAt = occurredAt;
        this.agent = agent;
        this.client = client;
        this.dataType = dataType;
        this.webhookId = webhookId;
        this.subscriptionId = subscriptionId;
        this.data = data;
        this.raw = Objects.requireNonNull(raw, "raw");
    }

    /** {@code pagerduty}. */
    @JsonProperty("provider")
    @Override
    public String provider() {
        return PagerDutyProvider.ID;
    }

    /** The event type ({@code event.event_type}), such as {@code incident.triggered}. */
    @JsonProperty("type")
    @Override
    public String type() {
        return type;
    }

    /** Same as {@link #type()}: the event type as PagerDuty names the field. */
    public String eventType() {
        return type;
    }

    /**
     * The {@code X-Webhook-Id} header, the same on every attempt to deliver this webhook; {@code null} when the header
     * was not sent. Shown to users and observers; the de-duplication key is derived from the signed body instead
     * ({@link PagerDutyProvider#deduplicationKey}), since this header is not signed.
     */
    @JsonProperty("deliveryId")
    @Override
    public String deliveryId() {
        return webhookId;
    }

    /** The event's id ({@code event.id}); may be {@code null} if the body leaves it out. */
    @JsonProperty("id")
    public String id() {
        return id;
    }

    /** The root resource type, {@code incident}, {@code service} or {@code pagey} ({@code event.resource_type}). */
    @JsonProperty("resourceType")
    public String resourceType() {
        return resourceType;
    }

    /** When the event occurred ({@code event.occurred_at}), or {@code null} if the body leaves it out. */
    @JsonProperty("occurredAt")
    public Instant occurredAt() {
        return occurredAt;
    }

    /** Who or what initiated the event ({@code event.agent}, usually a user reference); empty for automation. */
    public Optional<Reference> agent() {
        return Optional.ofNullable(agent);
    }

    /** Where the event was triggered ({@code event.client}), when PagerDuty says. */
    public Optional<Client> client() {
        return Optional.ofNullable(client);
    }

    /** The {@code event.data.type} as sent, such as {@code incident} or {@code incident_note}; may be {@code null}. */
    @JsonProperty("dataType")
    public String dataType() {
        return dataType;
    }

    /** The {@code X-Webhook-Id} header: this webhook's id, the same on every delivery attempt. */
    public Optional<String> webhookId() {
        return Optional.ofNullable(webhookId);
    }

    /** The {@code X-Webhook-Subscription} header: the id of the subscription that sent it. */
    public Optional<String> subscriptionId() {
        return Optional.ofNullable(subscriptionId);
    }

    /** The typed {@code event.data}. */
    @JsonProperty("data")
    public T data() {
        return data;
    }

    /**
     * {@code event.data} bound to {@code type}: your own record for the fields you need, or a richer model of an event
     * type this version keeps as {@link JsonNode}. Reads with webhooks4j's defensive Jackson configuration (unknown
     * fields ignored, read limits). {@link #raw()} has the whole body.
     *
     * @throws WebhookParseException when {@code event.data} does not fit {@code type}
     */
    public <R> R payloadAs(Class<R> type) {
        return WebhookJson.convert(raw.path("event").path("data"), type);
    }

    @JsonProperty("agent")
    private Reference agentOrNull() {
        return agent;
    }

    @JsonProperty("client")
    private Client clientOrNull() {
        return client;
    }

    @JsonProperty("webhookId")
    private String webhookIdOrNull() {
        return webhookId;
    }

    @JsonProperty("subscriptionId")
    private String subscriptionIdOrNull() {
        return subscriptionId;
    }

    /** A copy of the whole body as JSON ({@code {"event": {...}}}), for anything not modelled. */
    public JsonNode raw() {
        return raw.deepCopy();
    }

    /** Type, event id and webhook id; never the data (it may hold personal data). */
    @Override
    public String toString() {
        return "PagerDutyEvent[" + type + ", id=" + id + ", webhookId=" + webhookId + "]";
    }
}
