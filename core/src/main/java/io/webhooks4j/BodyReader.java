package io.webhooks4j;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads one delivery's body for an adapter, bounded three ways: by the provider's body limit, by the
 * {@code Content-Length} the sender declared (the buffer is sized from it, so a body is held once, without
 * doubling or a final copy: a first chunk of at most 64 KiB, then, once that is full, one buffer of the
 * declared length), and by the receiver's budget of body bytes in flight across all
 * requests (over it, {@link Reason#RECEIVER_BUSY}: 503 with {@code Retry-After}). Used by {@link Reception}, feed it with {@link #readFrom(InputStream)} (blocking or, between
 * {@code isReady()} checks, non-blocking streams), take the {@link #body()}, and {@link #close()} it once the
 * delivery has been handled, which gives its bytes back to the budget.
 *
 * <p>Not thread-safe: one reader per request, used by one thread at a time.
 */
final class BodyReader implements AutoCloseable {
    private static final int UNKNOWN_LENGTH_START = 8192;

    /**
     * The most a declared body reserves and allocates before its bytes arrive: a sender that declares a large
     * body and then drips holds this much, not its declared size, so slow senders cannot fill the budget cheaply.
     * Once the first chunk is full the buffer grows once, straight to the declared length.
     */
    static final int DECLARED_LENGTH_START = 64 * 1024;

    private final String provider;
    private final long maxBytes;
    private final long declaredLength;
    private final Budget budget;
    private byte[] buffer;
    private int length;
    private long reserved;
    private boolean ended;
    private boolean closed;

    private BodyReader(String provider, long maxBytes, long declaredLength, Budget budget) {
        this.provider = provider;
        this.maxBytes = maxBytes;
        this.declaredLength = declaredLength;
        this.budget = budget;
    }

    /**
     * A reader bounded by {@code maxBytes} and {@code budget}.
     *
     * @param declaredLength the {@code Content-Length}, or {@code -1} when the body is chunked
     * @throws WebhookException with {@link Reason#BODY_TOO_LARGE} when {@code declaredLength} is over the limit,
     *     or {@link Reason#RECEIVER_BUSY} when the budget cannot hold the body now
     */
    static BodyReader open(String provider, long maxBytes, long declaredLength, Budget budget) {
        if (declaredLength > maxBytes) {
            throw new WebhookException(
                    Reason.BODY_TOO_LARGE,
                    "Content-Length " + declaredLength + " is larger than the limit of " + maxBytes + " bytes for "
                            + provider);
        }
        BodyReader reader = new BodyReader(provider, maxBytes, declaredLength, budget);
        int initial = declaredLength >= 0
                ? (int) Math.min(declaredLength, DECLARED_LENGTH_START)
                : (int) Math.min(UNKNOWN_LENGTH_START, maxBytes + 1);
        reader.reserve(initial);
        reader.buffer = new byte[initial];
        return reader;
    }

    private void reserve(long bytes) {
        if (bytes <= 0) {
            return;
        }
        if (!budget.tryReserve(bytes)) {
            throw new WebhookException(
                    Reason.RECEIVER_BUSY,
                    "The receiver is holding as many delivery bytes as it allows (" + budget.limit + "); retry later");
        }
        reserved += bytes;
    }

    /**
     * Reads once from {@code in} into the body: the bytes read, or {@code -1} at the end of the stream. Call it
     * until it returns {@code -1} (on a non-blocking stream: while it is ready).
     *
     * @throws WebhookException with {@link Reason#BODY_TOO_LARGE} one byte past the limit, or {@link
     *     Reason#RECEIVER_BUSY} when a body without a length outgrows the budget
     * @throws IOException when reading fails
     */
    int readFrom(InputStream in) throws IOException {
        if (closed) {
            throw new IllegalStateException("closed");
        }
        if (ended) {
            return -1;
        }
        if (length == buffer.length && length < declaredLength) {
            // the first chunk of a declared body is full: its bytes are coming, make room for all of them
            grow();
        }
        if (length == buffer.length) {
            // Full: a declared body is complete unless more arrives; probe with one byte before growing.
            int next = in.read();
            if (next < 0) {
                ended = true;
                return -1;
            }
            grow();
            buffer[length++] = (byte) next;
            return 1;
        }
        int read = in.read(buffer, length, buffer.length - length);
        if (read < 0) {
            ended = true;
            return -1;
        }
        length += read;
        if (length > maxBytes) {
            throw tooLarge();
        }
        return read;
    }

    private void grow() {
        if (length >= maxBytes) {
            throw tooLarge();
        }
        long target = length < declaredLength
                ? declaredLength
                : Math.min(Math.max((long) buffer.length * 2, UNKNOWN_LENGTH_START), maxBytes + 1);
        if (target > Integer.MAX_VALUE - 8) {
            throw tooLarge();
        }
        reserve(target - buffer.length);
        buffer = Arrays.copyOf(buffer, (int) target);
    }

    private WebhookException tooLarge() {
        return new WebhookException(
                Reason.BODY_TOO_LARGE, "Body is larger than the limit of " + maxBytes + " bytes for " + provider);
    }

    /** The {@code Content-Length} this reader was opened with, or {@code -1}. */
    long declaredLength() {
        return declaredLength;
    }

    /**
     * The body read, without a copy when it filled the buffer exactly (the usual case with a {@code
     * Content-Length}).
     *
     * @throws WebhookException with {@link Reason#BODY_INCOMPLETE} when fewer bytes arrived than declared:
     *     the client went away, or something before the webhook endpoint read the body first
     */
    RawBody body() {
        if (declaredLength > 0 && length < declaredLength) {
            throw new WebhookException(
                    Reason.BODY_INCOMPLETE,
                    length == 0
                            ? "The body was empty although Content-Length declared " + declaredLength
                                    + " bytes: was it consumed before the webhook endpoint (a filter calling"
                                    + " getParameter or getParameterMap, a framework reading form data)?"
                            : "Only " + length + " of the " + declaredLength
                                    + " body bytes Content-Length declared arrived");
        }
        return RawBody.adopt(buffer, length);
    }

    /** Gives this reader's bytes back to the budget. Idempotent. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            budget.release(reserved);
            reserved = 0;
        }
    }

    @Override
    public String toString() {
        return "BodyReader[" + provider + ", " + length + " of " + (declaredLength < 0 ? "?" : declaredLength)
                + " bytes, limit " + maxBytes + "]";
    }

    /** The bytes of bodies in flight, shared by every request of one {@link Webhooks}. */
    static final class Budget {
        final long limit;
        private final AtomicLong used = new AtomicLong();

        Budget(long limit) {
            this.limit = limit;
        }

        boolean tryReserve(long bytes) {
            while (true) {
                long current = used.get();
                long next = current + bytes;
                if (next > limit) {
                    return false;
                }
                if (used.compareAndSet(current, next)) {
                    return true;
                }
            }
        }

        void release(long bytes) {
            used.addAndGet(-bytes);
        }

        long used() {
            return used.get();
        }
    }
}
