package io.webhooks4j;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** A successful answer to a delivery: status (2xx), content type and body. Twilio's TwiML is one. */
public interface WebhookReply {
    int status();

    /** The content type, or {@code null} for an empty body. */
    String contentType();

    /** The body bytes (empty for none). */
    byte[] body();

    /** 200 with an empty body. */
    static WebhookReply ok() {
        return Simple.OK;
    }

    static WebhookReply of(int status, String contentType, byte[] body) {
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

    /** The plain implementation. */
    record Simple(int status, String contentType, byte[] body) implements WebhookReply {
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
