package io.webhooks4j.standardwebhooks;

import io.webhooks4j.EventType;
import io.webhooks4j.spi.EventCatalogue;
import io.webhooks4j.standardwebhooks.event.AnthropicResource;
import java.util.List;
import java.util.Optional;

/**
 * Anthropic's webhook events (Claude Managed Agents, beta), as typed keys for provider id {@value #PROVIDER_ID}
 * ({@link StandardWebhooksProvider#anthropic(String...)}): {@code on(AnthropicEvents.SESSION_STATUS_IDLED, e ->
 * sessions.resume(e.data().id()))}.
 *
 * <p>Anthropic signs with Standard Webhooks ({@code webhook-id}, {@code webhook-timestamp}, {@code
 * webhook-signature}, a {@code whsec_} secret; its SDKs' {@code beta.webhooks.unwrap()} verifies them, per the
 * Claude API reference https://platform.claude.com/docs/en/api/php/beta/webhooks/unwrap). The envelope is {@code
 * {"type": "event", "id", "created_at": <RFC 3339>, "data": {"type": "<event type>", "id", "organization_id",
 * "workspace_id", ...}}}: the event type is {@code data.type}, which is what {@link StandardWebhookEvent#type()}
 * holds. Sources: https://platform.claude.com/docs/en/managed-agents/webhooks ("Supported event types") and the
 * union {@code BetaWebhookEventData} of the official Python SDK (anthropics/anthropic-sdk-python {@code
 * src/anthropic/types/beta/beta_webhook_event_data.py} @ 0c20cf4, one file per event type with its literal {@code
 * type}). Anthropic marks the feature beta: types it adds parse and reach {@link #ANY} handlers.
 */
public final class AnthropicEvents {
    /** The provider id these keys belong to. */
    public static final String PROVIDER_ID = "anthropic";

    private static final EventCatalogue.Builder DEFINE = EventCatalogue.builder(PROVIDER_ID);

    /** Every Anthropic event. */
    public static final EventType<StandardWebhookEvent<?>> ANY = DEFINE.any();

    // Sessions.
    public static final EventType<StandardWebhookEvent<AnthropicResource>> SESSION_CREATED = define("session.created");
    public static final EventType<StandardWebhookEvent<AnthropicResource>> SESSION_PENDING = define("session.pending");
    public static final EventType<StandardWebhookEvent<AnthropicResource>> SESSION_RUNNING = define("session.running");
    public static final EventType<StandardWebhookEvent<AnthropicResource>> SESSION_IDLED = define("session.idled");
    public static final EventType<StandardWebhookEvent<AnthropicResource>> SESSION_REQUIRES_ACTION =
            define("session.requires_action");
    public static final EventType<StandardWebhookEvent<AnthropicResource>> SESSION_ARCHIVED =
            define("session.archived");
    public static final EventType<StandardWebhookEvent<AnthropicResource>> SESSION_DELETED = define("session.deleted");
    public static final EventType<StandardWebhookEvent<AnthropicResource>> SESSION_UPDATED = define("session.updated");
    public static final EventType<StandardWebhookEvent<AnthropicResource>> SESSION_STATUS_RUN_STARTED =
            define("session.status_run_started");
    public static final EventType<StandardWebhookEvent<AnthropicResource>> SESSION_STATUS_IDLED =
            define("session.status_idled");
    public static final EventType<StandardWebhookEvent<AnthropicResource>> SESSION_STATUS_RESCHEDULED =
            define("session.status_rescheduled");
    public static final EventType<StandardWebhookEvent<AnthropicResource>> SESSION_STATUS_TERMINATED =
            define("session.status_terminated");
    public static final EventType<StandardWebhookEvent<AnthropicResource>> SESSION_THREAD_CREATED =
            define("session.thread_created");
    public static final EventType<StandardWebhookEvent<AnthropicResource>> SESSION_THREAD_IDLED =
            define("session.thread_idled");
    public static final EventType<StandardWebhookEvent<AnthropicResource>> SESSION_THREAD_TERMINATED =
            define("session.thread_terminated");
    public static final EventType<StandardWebhookEvent<AnthropicResource>> SESSION_OUTCOME_EVALUATION_ENDED =
            define("session.outcome_evaluation_ended");
    /** Listed on the documentation page, not (yet) in the SDK's union at 0c20cf4. */
    public static final EventType<StandardWebhookEvent<AnthropicResource>> SESSION_BUDGET_REACHED =
            define("session.budget_reached");

    // Vaults and their credentials.
    public static final EventType<StandardWebhookEvent<AnthropicResource>> VAULT_CREATED = define("vault.created");
    public static final EventType<StandardWebhookEvent<AnthropicResource>> VAULT_ARCHIVED = define("vault.archived");
    public static final EventType<StandardWebhookEvent<AnthropicResource>> VAULT_DELETED = define("vault.deleted");
    public static final EventType<StandardWebhookEvent<AnthropicResource>> VAULT_CREDENTIAL_CREATED =
            define("vault_credential.created");
    public static final EventType<StandardWebhookEvent<AnthropicResource>> VAULT_CREDENTIAL_ARCHIVED =
            define("vault_credential.archived");
    public static final EventType<StandardWebhookEvent<AnthropicResource>> VAULT_CREDENTIAL_DELETED =
            define("vault_credential.deleted");
    public static final EventType<StandardWebhookEvent<AnthropicResource>> VAULT_CREDENTIAL_REFRESH_FAILED =
            define("vault_credential.refresh_failed");

    /** The catalogue of every key above, {@link #ANY} first; built in the last static field. */
    static final EventCatalogue CATALOGUE = DEFINE.build();

    private AnthropicEvents() {}

    /** Declares {@code type} for {@link #PROVIDER_ID} (so the parser reads its data so) and adds it. */
    private static EventType<StandardWebhookEvent<AnthropicResource>> define(String type) {
        return DEFINE.add(StandardWebhookEvents.of(PROVIDER_ID, type, AnthropicResource.class));
    }

    /** Every key of this catalogue, {@link #ANY} first, in declaration order. */
    public static List<EventType<?>> all() {
        return CATALOGUE.all();
    }

    /** The key named {@code name}, if the catalogue has it. */
    public static Optional<EventType<?>> find(String name) {
        return CATALOGUE.find(name);
    }
}
