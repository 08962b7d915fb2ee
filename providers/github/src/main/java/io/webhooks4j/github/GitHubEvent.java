package io.webhooks4j.github;

import com.fasterxml.jackson.databind.JsonNode;
import io.webhooks4j.WebhookEvent;
import java.util.Objects;
import java.util.Optional;

/**
 * One verified GitHub delivery: the event name ({@code X-GitHub-Event}), the payload's {@code action}, the
 * delivery headers, the typed payload and the raw JSON.
 *
 * @param event the event name from {@code X-GitHub-Event}, such as {@code pull_request}
 * @param action the payload's {@code action}, such as {@code opened}; {@code null} for events without one
 *     ({@code push}, {@code create}, ...)
 * @param deliveryGuid {@code X-GitHub-Delivery}: the same on redelivery and shared by every hook receiving
 *     the event; {@code null} when not sent
 * @param hookId {@code X-GitHub-Hook-ID}, or {@code null}
 * @param installationTargetType {@code X-GitHub-Hook-Installation-Target-Type} ({@code repository},
 *     {@code organization}, {@code integration}, ...), or {@code null}
 * @param installationTargetId {@code X-GitHub-Hook-Installation-Target-ID}, or {@code null}
 * @param installationId the payload's {@code installation.id} (GitHub App deliveries), or {@code null}
 * @param payload the payload bound to the record of this event ({@link JsonNode} for events not modelled)
 * @param raw the whole payload as parsed JSON, for anything not modelled (do not modify it)
 * @param <T> the payload type
 */
public record GitHubEvent<T>(
        String event,
        String action,
        String deliveryGuid,
        String hookId,
        String installationTargetType,
        String installationTargetId,
        Long installationId,
        T payload,
        JsonNode raw)
        implements WebhookEvent {

    public GitHubEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(raw, "raw");
    }

    @Override
    public String provider() {
        return GitHubProvider.ID;
    }

    /** {@code event.action} when the payload has an action ({@code pull_request.opened}), else the event. */
    @Override
    public String type() {
        return action == null ? event : event + "." + action;
    }

    /**
     * The delivery GUID joined with the hook id ({@code <guid>:<hook id>}): the GUID alone is shared by every
     * hook that receives the same event. The GUID alone when no hook id was sent; {@code null} (not
     * de-duplicated) when no GUID was sent.
     */
    @Override
    public String deliveryId() {
        if (deliveryGuid == null) {
            return null;
        }
        return hookId == null ? deliveryGuid : deliveryGuid + ":" + hookId;
    }

    public Optional<String> actionIfPresent() {
        return Optional.ofNullable(action);
    }

    /** Whether this delivery came to a GitHub App (it carries {@code installation.id}). */
    public boolean isFromApp() {
        return installationId != null;
    }
}
