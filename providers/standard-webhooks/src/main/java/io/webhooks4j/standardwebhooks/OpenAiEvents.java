package io.webhooks4j.standardwebhooks;

import io.webhooks4j.EventType;
import io.webhooks4j.spi.EventCatalogue;
import io.webhooks4j.standardwebhooks.event.OpenAiIncomingCall;
import io.webhooks4j.standardwebhooks.event.OpenAiIncomingSession;
import io.webhooks4j.standardwebhooks.event.OpenAiResource;
import java.util.List;
import java.util.Optional;

/**
 * OpenAI's webhook events, as typed keys for provider id {@value #PROVIDER_ID}
 * ({@link StandardWebhooksProvider#openAi(String...)}): {@code on(OpenAiEvents.RESPONSE_COMPLETED, e ->
 * responses.fetch(e.data().id()))}. For a second OpenAI project under another id, {@link
 * StandardWebhookEvents#forProvider(String, EventType)}.
 *
 * <p>Sources: OpenAI's API reference "Webhook Events" (https://developers.openai.com/api/docs/api-reference/webhook-events)
 * and the union {@code UnwrapWebhookEvent} of the official Python SDK (openai/openai-python {@code
 * src/openai/types/webhooks/unwrap_webhook_event.py} @ 22f8852, one file per event type, each giving the literal
 * {@code type} and its {@code data}). Every event is thin: {@code {"id": "evt_...", "object": "event", "type",
 * "created_at": <unix seconds>, "data": {...}}}, the {@code data} naming what to fetch. Left out: {@code
 * live.call.incoming} (deprecated in that SDK in favour of {@code live.transport.incoming}) and {@code
 * safety.org_alert.created} (not checked); both still parse and reach {@link #ANY} handlers with a tree payload.
 */
public final class OpenAiEvents {
    /** The provider id these keys belong to. */
    public static final String PROVIDER_ID = "openai";

    private static final EventCatalogue.Builder DEFINE = EventCatalogue.builder(PROVIDER_ID);

    /** Every OpenAI event. */
    public static final EventType<StandardWebhookEvent<?>> ANY = DEFINE.any();

    // Responses created with "background": true.
    public static final EventType<StandardWebhookEvent<OpenAiResource>> RESPONSE_COMPLETED =
            resource("response.completed");
    public static final EventType<StandardWebhookEvent<OpenAiResource>> RESPONSE_CANCELLED =
            resource("response.cancelled");
    public static final EventType<StandardWebhookEvent<OpenAiResource>> RESPONSE_FAILED = resource("response.failed");
    public static final EventType<StandardWebhookEvent<OpenAiResource>> RESPONSE_INCOMPLETE =
            resource("response.incomplete");

    // The Batch API.
    public static final EventType<StandardWebhookEvent<OpenAiResource>> BATCH_COMPLETED = resource("batch.completed");
    public static final EventType<StandardWebhookEvent<OpenAiResource>> BATCH_CANCELLED = resource("batch.cancelled");
    public static final EventType<StandardWebhookEvent<OpenAiResource>> BATCH_EXPIRED = resource("batch.expired");
    public static final EventType<StandardWebhookEvent<OpenAiResource>> BATCH_FAILED = resource("batch.failed");

    // Fine-tuning jobs.
    public static final EventType<StandardWebhookEvent<OpenAiResource>> FINE_TUNING_JOB_SUCCEEDED =
            resource("fine_tuning.job.succeeded");
    public static final EventType<StandardWebhookEvent<OpenAiResource>> FINE_TUNING_JOB_FAILED =
            resource("fine_tuning.job.failed");
    public static final EventType<StandardWebhookEvent<OpenAiResource>> FINE_TUNING_JOB_CANCELLED =
            resource("fine_tuning.job.cancelled");

    // Eval runs (OpenAI spells this one "canceled").
    public static final EventType<StandardWebhookEvent<OpenAiResource>> EVAL_RUN_SUCCEEDED =
            resource("eval.run.succeeded");
    public static final EventType<StandardWebhookEvent<OpenAiResource>> EVAL_RUN_FAILED = resource("eval.run.failed");
    public static final EventType<StandardWebhookEvent<OpenAiResource>> EVAL_RUN_CANCELED =
            resource("eval.run.canceled");

    // Incoming SIP calls (Realtime API with SIP, https://developers.openai.com/api/docs/guides/realtime-sip).
    public static final EventType<StandardWebhookEvent<OpenAiIncomingCall>> REALTIME_CALL_INCOMING =
            define("realtime.call.incoming", OpenAiIncomingCall.class);
    public static final EventType<StandardWebhookEvent<OpenAiIncomingSession>> LIVE_TRANSPORT_INCOMING =
            define("live.transport.incoming", OpenAiIncomingSession.class);

    // Safety alerts for an API project.
    public static final EventType<StandardWebhookEvent<OpenAiResource>> SAFETY_ALERT_CREATED =
            resource("safety.alert.created");

    /** The catalogue of every key above, {@link #ANY} first; built in the last static field. */
    static final EventCatalogue CATALOGUE = DEFINE.build();

    private OpenAiEvents() {}

    private static EventType<StandardWebhookEvent<OpenAiResource>> resource(String type) {
        return define(type, OpenAiResource.class);
    }

    /** Declares {@code type} for {@link #PROVIDER_ID} (so the parser reads its data so) and adds it. */
    private static <T> EventType<StandardWebhookEvent<T>> define(String type, Class<T> payloadType) {
        return DEFINE.add(StandardWebhookEvents.of(PROVIDER_ID, type, payloadType));
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
