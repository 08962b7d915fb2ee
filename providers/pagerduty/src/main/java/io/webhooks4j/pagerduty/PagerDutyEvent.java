package io.webhooks4j.pagerduty;

import com.fasterxml.jackson.databind.JsonNode;
import io.webhooks4j.WebhookEvent;
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
 * @param <T> the type of {@link #data()}
 */
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
    @Override
    public String provider() {
        return PagerDutyProvider.ID;
    }

    /** The event type ({@code event.event_type}), such as {@code incident.triggered}. */
    @Override
    public String type() {
        return type;
    }

    /** Same as {@link #type()}: the event type as PagerDuty names the field. */
    public String eventType() {
        return type;
    }

    /**
     * The de-duplication key: the {@code X-Webhook-Id} header, the same on every attempt to deliver this webhook;
     * {@code null} (not de-duplicated) when the header was not sent.
     */
    @Override
    public String deliveryId() {
        return webhookId;
    }

    /** The event's id ({@code event.id}); may be {@code null} if the body leaves it out. */
    public String id() {
        return id;
    }

    /** The root resource type, {@code incident}, {@code service} or {@code pagey} ({@code event.resource_type}). */
    public String resourceType() {
        return resourceType;
    }

    /** When the event occurred ({@code event.occurred_at}), or {@code null} if the body leaves it out. */
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
    public T data() {
        return data;
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
