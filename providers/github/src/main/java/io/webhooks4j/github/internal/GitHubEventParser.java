package io.webhooks4j.github.internal;

import io.webhooks4j.EventType;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.github.GitHubEvent;
import io.webhooks4j.github.GitHubEvents;
import io.webhooks4j.github.GitHubHeaders;
import io.webhooks4j.github.event.GitHubPayload;
import io.webhooks4j.github.event.Installation;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Turns a verified request into a {@link GitHubEvent}: JSON or form-encoded ({@code payload=<json>}) body. The
 * event header names the payload class before the body is read, so the body is bound straight to it in one pass
 * over its bytes (no tree); the envelope's {@code action} and {@code installationId} come from the bound record
 * ({@link GitHubPayload}), or from the tree of an event not modelled (whose payload is that tree).
 */
public final class GitHubEventParser {
    private static final byte[] PAYLOAD_PARAMETER = "payload=".getBytes(StandardCharsets.US_ASCII);
    private static final String FORM = "application/x-www-form-urlencoded";

    private GitHubEventParser() {}

    /**
     * The event of a verified request.
     *
     * @throws WebhookParseException when the body cannot be read or the event header is missing (a 400)
     */
    public static GitHubEvent<?> parse(WebhookRequest request) {
        String event = header(request, GitHubHeaders.EVENT);
        if (event == null) {
            throw new WebhookParseException(
                    Reason.MISSING_EVENT_TYPE,
                    "Missing header '" + GitHubHeaders.EVENT + "': the delivery does not say which event it is");
        }
        RawBody body = request.body();
        if (body.isEmpty()) {
            throw new WebhookParseException(Reason.EMPTY_BODY, "The body is empty; GitHub always sends a payload");
        }
        Class<?> type = payloadClass(event);
        RawBody json;
        Object payload;
        try {
            if (isForm(request, body)) {
                String text = formPayload(request);
                payload = WebhookJson.read(text, type);
                json = RawBody.ofUtf8(text);
            } else {
                payload = WebhookJson.read(body, type);
                json = body;
            }
        } catch (DateTimeException | ArithmeticException e) {
            // a time or number beyond what its Java type holds, should Jackson not wrap it: the sender's value, a 400
            throw new WebhookParseException(
                    Reason.MALFORMED_BODY, "The payload of '" + event + "' holds a value out of range", e);
        }
        String action;
        Long installationId;
        if (payload instanceof GitHubPayload typed) {
            action = typed.action();
            Installation installation = typed.installation();
            installationId = installation == null ? null : installation.id();
        } else if (payload instanceof JsonNode tree && tree.isObject()) {
            JsonNode actionNode = tree.get("action");
            action = actionNode != null && actionNode.isString() ? actionNode.stringValue() : null;
            JsonNode id = tree.path("installation").path("id");
            installationId = id.isIntegralNumber() && id.canConvertToLong() ? id.longValue() : null;
        } else {
            // JSON null, an array, a string, a number: not an event
            throw new WebhookParseException(
                    Reason.MALFORMED_BODY, "Expected a JSON object as the payload of '" + event + "'");
        }
        return new GitHubEvent<>(
                event,
                action == null || action.isEmpty() ? null : action,
                header(request, GitHubHeaders.DELIVERY),
                header(request, GitHubHeaders.HOOK_ID),
                header(request, GitHubHeaders.INSTALLATION_TARGET_TYPE),
                header(request, GitHubHeaders.INSTALLATION_TARGET_ID),
                installationId,
                payload,
                json);
    }

    private static boolean isForm(WebhookRequest request, RawBody body) {
        String mediaType = request.mediaType();
        return FORM.equals(mediaType) || (mediaType.isEmpty() && startsWithPayloadParameter(body));
    }

    /** The JSON text of the single {@code payload} parameter of a form-encoded hook. */
    private static String formPayload(WebhookRequest request) {
        List<String> payloads = request.formParameters().all("payload");
        if (payloads.isEmpty()) {
            throw new WebhookParseException(Reason.MALFORMED_BODY, "The form-encoded body has no 'payload' parameter");
        }
        if (payloads.size() > 1) {
            throw new WebhookParseException(
                    Reason.MALFORMED_BODY, "The form-encoded body has " + payloads.size() + " 'payload' parameters");
        }
        String text = payloads.get(0);
        if (text.isBlank()) {
            throw new WebhookParseException(Reason.MALFORMED_BODY, "The form-encoded 'payload' parameter is empty");
        }
        return text;
    }

    /**
     * The payload class of event {@code event} (without action): a record of {@code io.webhooks4j.github.event}, or
     * {@link JsonNode} for events not modelled and events GitHub does not document. The catalogue's event-level key
     * ({@code pull_request}) carries the class every action of the event shares.
     */
    public static Class<?> payloadClass(String event) {
        if (event.indexOf('.') >= 0) {
            return JsonNode.class;
        }
        EventType<?> type = GitHubEvents.find(event).orElse(null);
        return type == null || type.isAny() ? JsonNode.class : type.payloadType();
    }

    /** True when {@code body} starts with {@code payload=} (a form-encoded hook). */
    public static boolean startsWithPayloadParameter(RawBody body) {
        if (body.length() < PAYLOAD_PARAMETER.length) {
            return false;
        }
        for (int i = 0; i < PAYLOAD_PARAMETER.length; i++) {
            if (body.byteAt(i) != PAYLOAD_PARAMETER[i]) {
                return false;
            }
        }
        return true;
    }

    private static @Nullable String header(WebhookRequest request, String name) {
        return request.headers().firstNonBlank(name).orElse(null);
    }
}
