package io.webhooks4j.github;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookEvent;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One verified GitHub delivery: the event name ({@code X-GitHub-Event}), the payload's {@code action}, the
 * delivery headers, the typed payload and the JSON document as delivered.
 *
 * <p>As JSON ({@code WebhookJson.write(event)}, the CLI's {@code parse}) it renders as {@code provider}, {@code
 * type}, {@code event}, {@code action}, {@code deliveryId}, {@code deliveryGuid}, {@code hookId}, {@code
 * installationTargetType}, {@code installationTargetId}, {@code installationId} and {@code payload} (the typed
 * payload with GitHub's field names; for events not modelled, the JSON as sent); the retained JSON ({@code json},
 * {@link #raw()}) is left out (it is the body itself) and absent values are left out.
 *
 * <p>The payload is bound straight from the body's bytes in one pass; no tree is built unless {@link #raw()} is
 * called.
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
 * @param json the JSON document as delivered, the bytes the signature covered; for a form-encoded hook the {@code
 *     payload} parameter's JSON as UTF-8
 * @param <T> the payload type
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
    "event",
    "action",
    "deliveryId",
    "deliveryGuid",
    "hookId",
    "installationTargetType",
    "installationTargetId",
    "installationId",
    "payload"
})
public record GitHubEvent<T>(
        @JsonProperty("event") String event,
        @JsonProperty("action") @Nullable String action,
        @JsonProperty("deliveryGuid") @Nullable String deliveryGuid,
        @JsonProperty("hookId") @Nullable String hookId,
        @JsonProperty("installationTargetType") @Nullable String installationTargetType,
        @JsonProperty("installationTargetId") @Nullable String installationTargetId,
        @JsonProperty("installationId") @Nullable Long installationId,
        @JsonProperty("payload") T payload,
        @JsonIgnore RawBody json)
        implements WebhookEvent {

    public GitHubEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(json, "json");
    }

    @JsonProperty("provider")
    @Override
    public String provider() {
        return GitHubProvider.ID;
    }

    /** {@code event.action} when the payload has an action ({@code pull_request.opened}), else the event. */
    @JsonProperty("type")
    @Override
    public String type() {
        return action == null ? event : event + "." + action;
    }

    /**
     * The delivery GUID joined with the hook id ({@code <guid>:<hook id>}): the GUID alone is shared by every
     * hook that receives the same event. The GUID alone when no hook id was sent; {@code null} when no GUID was
     * sent. For logs and observers: both headers are unsigned, so the de-duplication key is derived from the signed
     * body instead ({@link GitHubProvider#deduplicationKey}).
     */
    @JsonProperty("deliveryId")
    @Override
    public @Nullable String deliveryId() {
        if (deliveryGuid == null) {
            return null;
        }
        return hookId == null ? deliveryGuid : deliveryGuid + ":" + hookId;
    }

    /**
     * The whole payload as a JSON tree (Jackson 3's {@code tools.jackson.databind.JsonNode}), for anything not
     * modelled. Parses the retained bytes ({@link #json()}) each time you call it; keep the result (each call gives
     * a new tree of its own, free to modify).
     *
     * @throws WebhookParseException when {@code json} is not JSON (only for an event built by hand: the provider
     *     parses only deliveries whose JSON it has read whole)
     */
    public JsonNode raw() {
        return WebhookJson.readTree(json);
    }

    /**
     * The payload bound to {@code type}: your own record for the fields you need, or a richer model of an event this
     * version keeps as {@link JsonNode}. Binds the retained bytes ({@link #json()}) in one pass, without a tree,
     * with webhooks4j's defensive Jackson configuration (unknown fields ignored, read limits); each call binds anew.
     *
     * @throws WebhookParseException when the payload does not fit {@code type}
     */
    public <R> R payloadAs(Class<R> type) {
        R bound = WebhookJson.read(json, type);
        if (bound == null) {
            throw new WebhookParseException(Reason.MALFORMED_BODY, "The payload is JSON null");
        }
        return bound;
    }

    /** Whether this delivery came to a GitHub App (it carries {@code installation.id}). */
    public boolean isFromApp() {
        return installationId != null;
    }

    /** Event, action, GUID and hook id; never the payload (it may hold personal data). */
    @Override
    public String toString() {
        return "GitHubEvent[" + type() + ", delivery " + deliveryGuid + ", hook " + hookId + "]";
    }
}
