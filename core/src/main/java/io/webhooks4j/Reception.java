package io.webhooks4j;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One delivery on its way in: the single door through which an adapter passes a request to the pipeline. The
 * core decides every status (method, provider, {@code Content-Length}, the budget of bytes in flight, the
 * bounded read, verification and everything after); the adapter only moves bytes and writes the answer:
 *
 * <pre>{@code
 * try (Reception reception = webhooks.receive(providerId, head)) {
 *     while (reception.readFrom(in) >= 0) {
 *         // blocking: until the body is complete or reading must stop; non-blocking: while in.isReady()
 *     }
 *     write(reception.finish());
 * }
 * }</pre>
 *
 * An answer that is due before any byte is read (404, 405, 413 by {@code Content-Length}, 503 when the budget is
 * full) is there at once: {@link #readFrom} returns {@code -1} straight away and {@link #finish()} gives it.
 * Adapters that hand the verified delivery to the application instead of running handlers (a servlet filter)
 * call {@link #verify()}. Close it when done: that gives its bytes back to the budget. Not thread-safe: one
 * thread at a time, as a request's callbacks are.
 */
public final class Reception implements AutoCloseable {
    private final Webhooks webhooks;
    private final String providerId;
    private final RequestHead head;
    private final long start = System.nanoTime();
    private final @Nullable BodyReader reader;
    private @Nullable WebhookResponse answer;

    Reception(
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

    /** The provider id the delivery was sent to (as the adapter named it). */
    public String providerId() {
        return providerId;
    }

    /** The request head. */
    public RequestHead head() {
        return head;
    }

    /** The answer, once the pipeline has one: at once for a request refused before its body is read. */
    public Optional<WebhookResponse> answer() {
        return Optional.ofNullable(answer);
    }

    /**
     * Reads once from {@code in} into the body: the bytes read, or {@code -1} when the body is complete or reading
     * must stop (the body is over the limit, the budget is full, or an answer is already due). Then call {@link
     * #finish()}.
     *
     * @throws IOException when reading fails: pass it to {@link #failed(IOException)}
     */
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

    /**
     * Runs the pipeline on the body read (verify, parse, de-duplicate, handlers) and gives the answer; or the
     * answer already due. Idempotent.
     */
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
                answer = webhooks.process(providerId, head.withBody(body), start);
            } finally {
                close();
            }
        }
        return answer;
    }

    /**
     * Verifies and parses the body read, without de-duplicating or running handlers, for adapters that hand the
     * delivery to the application (a servlet filter). The caller keeps the reception open while the application
     * uses the body, and closes it afterwards.
     */
    public Verified verify() {
        if (answer != null) {
            return new Verified(null, null, answer);
        }
        WebhookRequest request;
        try {
            request = head.withBody(reader.body());
            return new Verified(webhooks.verifyReceived(providerId, request), request, null);
        } catch (WebhookException e) {
            answer = webhooks.rejectReceived(providerId, e, start);
            return new Verified(null, null, answer);
        } catch (RuntimeException e) {
            answer = webhooks.defectReceived(providerId, e, start);
            return new Verified(null, null, answer);
        }
    }

    /** The answer when reading failed (the client went away, broken chunking): 400 {@code unreadable_body}. */
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

    /** The answer when the body did not arrive within the adapter's deadline: 408 {@code body_timeout}. */
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

    /**
     * The answer for a condition only the adapter can see (a {@code Host} outside its allow-list, a body its
     * container says was consumed), reported like every other rejection.
     */
    public WebhookResponse reject(WebhookException e) {
        Objects.requireNonNull(e, "e");
        if (answer == null) {
            answer = webhooks.rejectReceived(providerId, e, start);
            close();
        }
        return answer;
    }

    /** Gives the body's bytes back to the budget. Idempotent. */
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

    /**
     * The outcome of {@link #verify()}: the verified event and request, or the answer to send instead.
     *
     * @param event the verified, parsed event, or {@code null} when refused
     * @param request the verified request (its exact body), or {@code null} when refused
     * @param refusal the answer to send, or {@code null} when verified
     */
    public record Verified(
            @Nullable WebhookEvent event,
            @Nullable WebhookRequest request,
            @Nullable WebhookResponse refusal) {
        /** True when the delivery was proven authentic. */
        public boolean isVerified() {
            return refusal == null;
        }
    }
}
