package io.webhooks4j.spi;

import io.webhooks4j.WebhookEvent;
import io.webhooks4j.WebhookException;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import java.io.IOException;
import java.io.InputStream;
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
public interface Reception extends AutoCloseable {
    /** The provider id the delivery was sent to (as the adapter named it). */
    String providerId();

    /** The request head. */
    RequestHead head();

    /** The answer, once the pipeline has one: at once for a request refused before its body is read. */
    Optional<WebhookResponse> answer();

    /**
     * Reads once from {@code in} into the body: the bytes read, or {@code -1} when the body is complete or reading
     * must stop (the body is over the limit, the budget is full, or an answer is already due). Then call {@link
     * #finish()}.
     *
     * @throws IOException when reading fails: pass it to {@link #failed(IOException)}
     */
    int readFrom(InputStream in) throws IOException;

    /**
     * Runs the pipeline on the body read (verify, parse, de-duplicate, handlers) and gives the answer; or the
     * answer already due. Idempotent.
     */
    WebhookResponse finish();

    /**
     * Verifies and parses the body read, without de-duplicating or running handlers, for adapters that hand the
     * delivery to the application (a servlet filter). The caller keeps the reception open while the application
     * uses the body, and closes it afterwards.
     */
    Verified verify();

    /** The answer when reading failed (the client went away, broken chunking): 400 {@code unreadable_body}. */
    WebhookResponse failed(IOException cause);

    /** The answer when the body did not arrive within the adapter's deadline: 408 {@code body_timeout}. */
    WebhookResponse timedOut();

    /**
     * The answer for a condition only the adapter can see (a {@code Host} outside its allow-list, a body its
     * container says was consumed), reported like every other rejection.
     */
    WebhookResponse reject(WebhookException e);

    /** Gives the body's bytes back to the budget. Idempotent. */
    @Override
    void close();

    /**
     * The outcome of {@link #verify()}: the verified event and request, or the answer to send instead.
     *
     * @param event the verified, parsed event, or {@code null} when refused
     * @param request the verified request (its exact body), or {@code null} when refused
     * @param refusal the answer to send, or {@code null} when verified
     */
    record Verified(
            @Nullable WebhookEvent event,
            @Nullable WebhookRequest request,
            @Nullable WebhookResponse refusal) {
        /** True when the delivery was proven authentic. */
        public boolean isVerified() {
            return refusal == null;
        }
    }
}
