package io.webhooks4j;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What to answer the sender: status, headers and body, plus the outcome it stands for. Adapters write it as
 * it is. A rejection's body is a short JSON object with the reason code and message; it never holds an
 * expected signature or a secret.
 */
public final class WebhookResponse {
    private final int status;
    private final Map<String, String> headers;
    private final byte[] body;
    private final DeliveryOutcome.Kind outcome;
    private final Reason reason;

    private WebhookResponse(
            int status, Map<String, String> headers, byte[] body, DeliveryOutcome.Kind outcome, Reason reason) {
        this.status = status;
        this.headers = Map.copyOf(headers);
        this.body = body;
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.reason = reason;
    }

    static WebhookResponse reply(WebhookReply reply, DeliveryOutcome.Kind outcome) {
        Map<String, String> headers = new LinkedHashMap<>(reply.headers());
        if (reply.contentType() != null) {
            headers.put("Content-Type", reply.contentType());
        }
        return new WebhookResponse(reply.status(), headers, reply.body(), outcome, null);
    }

    /** The response for a rejected delivery (for adapters that verify themselves, like the servlet filter). */
    public static WebhookResponse rejection(WebhookException e) {
        return rejection(e.reason(), e.getMessage());
    }

    /** The response for a rejection: the reason's status and a JSON body with its code and {@code message}. */
    public static WebhookResponse rejection(Reason reason, String message) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        if (reason == Reason.METHOD_NOT_ALLOWED) {
            headers.put("Allow", "POST");
        }
        if (reason.status() == 503) {
            headers.put("Retry-After", "30");
        }
        return new WebhookResponse(
                reason.status(), headers, errorJson(reason.code(), message), DeliveryOutcome.Kind.REJECTED, reason);
    }

    static WebhookResponse inFlight() {
        return new WebhookResponse(
                503,
                Map.of("Content-Type", "application/json", "Retry-After", "30"),
                errorJson("in_flight", "This delivery is being processed by another request; retry later"),
                DeliveryOutcome.Kind.IN_FLIGHT,
                null);
    }

    /** 500 for a defect in a provider's verifier, parser or key (not the handler's): the provider retries. */
    static WebhookResponse defect() {
        return new WebhookResponse(
                500,
                Map.of("Content-Type", "application/json"),
                errorJson("internal_error", "The delivery could not be processed; please retry"),
                DeliveryOutcome.Kind.FAILED,
                null);
    }

    static WebhookResponse failed() {
        return new WebhookResponse(
                500,
                Map.of("Content-Type", "application/json"),
                errorJson("handler_failed", "The handler failed; the delivery was not marked done, please retry"),
                DeliveryOutcome.Kind.FAILED,
                null);
    }

    private static byte[] errorJson(String code, String message) {
        return ("{\"error\":\"" + code + "\",\"message\":\"" + jsonEscape(message) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String jsonEscape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    public int status() {
        return status;
    }

    /** Headers to set (Content-Type, Allow, Retry-After). */
    public Map<String, String> headers() {
        return headers;
    }

    public Optional<String> contentType() {
        return Optional.ofNullable(headers.get("Content-Type"));
    }

    public byte[] body() {
        return body.clone();
    }

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** What happened to the delivery. */
    public DeliveryOutcome.Kind outcome() {
        return outcome;
    }

    /** The rejection reason, for {@link DeliveryOutcome.Kind#REJECTED}. */
    public Optional<Reason> reason() {
        return Optional.ofNullable(reason);
    }

    @Override
    public String toString() {
        return "WebhookResponse[" + status + " " + outcome + (reason != null ? " " + reason.code() : "") + "]";
    }
}
