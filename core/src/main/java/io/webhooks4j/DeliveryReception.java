package io.webhooks4j;

import io.webhooks4j.spi.Reception;
import io.webhooks4j.spi.RequestHead;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The pipeline's {@link Reception}: the body read against its limits, then handed to {@link Webhooks}. */
final class DeliveryReception implements Reception {
    private final Webhooks webhooks;
    private final String providerId;
    private final RequestHead head;
    private final long start = System.nanoTime();
    private final @Nullable BodyReader reader;
    private @Nullable WebhookResponse answer;

    DeliveryReception(
            Webhooks webhooks,
            String providerId,
            RequestHead head,
            @Nullable BodyReader reader,
            @Nullable WebhookResponse answer) {
        this.webhooks = webhooks;
        this.providerId = providerId;
        this.head = head;
        this.reader = reader;
        this.answer = answer;
    }

    @Override
    public String providerId() {
        return providerId;
    }

    @Override
    public RequestHead head() {
        return head;
    }

    @Override
    public Optional<WebhookResponse> answer() {
        return Optional.ofNullable(answer);
    }

    @Override
    public int readFrom(InputStream in) throws IOException {
        if (answer != null) {
            return -1;
        }
        try {
            return reader.readFrom(in);
        } catch (WebhookException e) {
            answer = webhooks.rejectReceived(providerId, e, start);
            return -1;
        }
    }

    @Override
    public WebhookResponse finish() {
        if (answer == null) {
            RawBody body;
            try {
                body = reader.body();
            } catch (WebhookException e) {
                answer = webhooks.rejectReceived(providerId, e, start);
                close();
                return answer;
            }
            try {
                answer = webhooks.process(providerId, withBody(head, body), start);
            } finally {
                close();
            }
        }
        return answer;
    }

    @Override
    public Verified verify() {
        if (answer != null) {
            return new Verified(null, null, answer);
        }
        WebhookRequest request;
        try {
            request = withBody(head, reader.body());
            return new Verified(webhooks.verifyReceived(providerId, request), request, null);
        } catch (WebhookException e) {
            answer = webhooks.rejectReceived(providerId, e, start);
            return new Verified(null, null, answer);
        } catch (RuntimeException e) {
            answer = webhooks.defectReceived(providerId, e, start);
            return new Verified(null, null, answer);
        }
    }

    @Override
    public WebhookResponse failed(IOException cause) {
        Objects.requireNonNull(cause, "cause");
        if (answer == null) {
            answer = webhooks.rejectReceived(
                    providerId,
                    new WebhookException(
                            Reason.UNREADABLE_BODY, "The request body could not be read completely", cause),
                    start);
            close();
        }
        return answer;
    }

    @Override
    public WebhookResponse timedOut() {
        if (answer == null) {
            answer = webhooks.rejectReceived(
                    providerId,
                    new WebhookException(Reason.BODY_TIMEOUT, "The body did not arrive within the reading deadline"),
                    start);
            close();
        }
        return answer;
    }

    @Override
    public WebhookResponse reject(WebhookException e) {
        Objects.requireNonNull(e, "e");
        if (answer == null) {
            answer = webhooks.rejectReceived(providerId, e, start);
            close();
        }
        return answer;
    }

    @Override
    public void close() {
        if (reader != null) {
            reader.close();
        }
    }

    @Override
    public String toString() {
        return "Reception[" + providerId + ", " + head + (answer == null ? "" : ", answered " + answer.status()) + "]";
    }

    /** The request {@code head} starts, with {@code body}. */
    static WebhookRequest withBody(RequestHead head, RawBody body) {
        return WebhookRequest.builder()
                .method(head.method())
                .url(head.url())
                .headers(head.headers())
                .body(body)
                .build();
    }
}
