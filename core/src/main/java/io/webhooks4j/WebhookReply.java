package io.webhooks4j;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A handler's answer to a delivery: status, content type, body and extra headers. Usually a success (2xx; Twilio's
 * TwiML is one); {@link #refuse(int, Map)} makes the deliberate refusal some senders understand (Svix's {@code
 * webhook-delivery: abort-message} on a non-2xx answer stops its retries). Either way the handler ran to its end,
 * so the delivery counts as handled: a retry of it is a duplicate.
 */
public interface WebhookReply {
    int status();

    /** The content type, or {@code null} for an empty body. */
    @Nullable
    String contentType();

    /** The body bytes (empty for none). */
    byte[] body();

    /** Headers to send besides {@code Content-Type}; none by default. */
    default Map<String, String> headers() {
        return Map.of();
    }

    /**
     * A deliberate refusal: a 4xx answer with {@code headers}, for senders that read a refusal as "stop retrying"
     * (Svix: {@code webhook-delivery: abort-message}). The body is a short JSON object naming the refusal.
     *
     * @throws IllegalArgumentException when {@code status} is not 4xx, or a header is {@code Content-Type}
     */
    static WebhookReply refuse(int status, Map<String, String> headers) {
        return new Refusal(status, headers);
    }

    /** 200 with an empty body. */
    static WebhookReply ok() {
        return Simple.OK;
    }

    static WebhookReply of(int status, @Nullable String contentType, byte[] body) {
        return new Simple(status, contentType, body);
    }

    static WebhookReply xml(String xml) {
        return new Simple(200, "application/xml; charset=utf-8", xml.getBytes(StandardCharsets.UTF_8));
    }

    static WebhookReply json(String json) {
        return new Simple(200, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    static WebhookReply text(String text) {
        return new Simple(200, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /** A handler's deliberate 4xx answer (see {@link WebhookReply#refuse(int, Map)}). */
    record Refusal(int status, Map<String, String> headers) implements WebhookReply {
        public Refusal {
            if (status < 400 || status > 499) {
                throw new IllegalArgumentException("A refusal's status must be 4xx, was " + status);
            }
            headers = Map.copyOf(headers);
            for (String name : headers.keySet()) {
                if (name.equalsIgnoreCase("Content-Type")) {
                    throw new IllegalArgumentException("A refusal's Content-Type is application/json");
                }
            }
        }

        @Override
        public String contentType() {
            return "application/json";
        }

        @Override
        public byte[] body() {
            return ("{\"error\":\"refused_by_handler\",\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The plain implementation. */
    record Simple(int status, @Nullable String contentType, byte[] body) implements WebhookReply {
        static final Simple OK = new Simple(200, null, new byte[0]);

        public Simple {
            if (status < 200 || status > 299) {
                throw new IllegalArgumentException("A reply's status must be 2xx, was " + status);
            }
            body = Objects.requireNonNull(body, "body").clone();
        }

        @Override
        public byte[] body() {
            return body.clone();
        }
    }
}
