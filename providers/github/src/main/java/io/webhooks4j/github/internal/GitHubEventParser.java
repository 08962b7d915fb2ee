package io.webhooks4j.github.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.webhooks4j.EventType;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.github.GitHubEvent;
import io.webhooks4j.github.GitHubEvents;
import io.webhooks4j.github.GitHubHeaders;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Turns a verified request into a {@link GitHubEvent}: JSON or form-encoded ({@code payload=<json>}) body. */
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
        JsonNode root = readJson(request);
        if (!root.isObject()) {
            throw new WebhookParseException(
                    Reason.MALFORMED_BODY, "Expected a JSON object as the payload of '" + event + "'");
        }
        JsonNode actionNode = root.get("action");
        String action = actionNode != null
                        && actionNode.isTextual()
                        && !actionNode.asText().isEmpty()
                ? actionNode.asText()
                : null;
        JsonNode installationIdNode = root.path("installation").path("id");
        Long installationId = installationIdNode.canConvertToLong() ? installationIdNode.asLong() : null;
        Object payload;
        try {
            payload = WebhookJson.convert(root, payloadClass(event));
        } catch (DateTimeException | ArithmeticException e) {
            // a time or number beyond what its Java type holds, should Jackson not wrap it: the sender's value, a 400
            throw new WebhookParseException(
                    Reason.MALFORMED_BODY, "The payload of '" + event + "' holds a value out of range", e);
        }
        return new GitHubEvent<>(
                event,
                action,
                header(request, GitHubHeaders.DELIVERY),
                header(request, GitHubHeaders.HOOK_ID),
                header(request, GitHubHeaders.INSTALLATION_TARGET_TYPE),
                header(request, GitHubHeaders.INSTALLATION_TARGET_ID),
                installationId,
                payload,
                root);
    }

    private static JsonNode readJson(WebhookRequest request) {
        RawBody body = request.body();
        if (body.isEmpty()) {
            throw new WebhookParseException(Reason.EMPTY_BODY, "The body is empty; GitHub always sends a payload");
        }
        String mediaType = request.mediaType();
        if (FORM.equals(mediaType) || (mediaType.isEmpty() && startsWithPayloadParameter(body))) {
            List<String> payloads = request.formParameters().all("payload");
            if (payloads.isEmpty()) {
                throw new WebhookParseException(
                        Reason.MALFORMED_BODY, "The form-encoded body has no 'payload' parameter");
            }
            if (payloads.size() > 1) {
                throw new WebhookParseException(
                        Reason.MALFORMED_BODY,
                        "The form-encoded body has " + payloads.size() + " 'payload' parameters");
            }
            return WebhookJson.readTree(payloads.get(0));
        }
        return WebhookJson.readTree(body);
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
        return GitHubEvents.find(event)
                .filter(type -> !type.isAny())
                .<Class<?>>map(EventType::payloadType)
                .orElse(JsonNode.class);
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
        return request.header(name).map(String::strip).filter(v -> !v.isEmpty()).orElse(null);
    }
}
