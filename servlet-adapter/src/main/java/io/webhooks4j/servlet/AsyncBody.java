package io.webhooks4j.servlet;

import io.webhooks4j.BodyReader;
import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookException;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Reads one body with Servlet non-blocking IO: the request goes async, the container calls {@link
 * #onDataAvailable()} when bytes have arrived, and the reader takes what is there while the stream {@code
 * isReady()}. No thread waits for a slow sender. A timer on {@code scheduler} ends the read at the deadline
 * with 408 {@code body_timeout} and {@code Connection: close}. Once the whole body is there, {@code handle}
 * runs on the container thread that delivered its end, its answer is written and the request completes; the
 * {@link BodyReader} is closed (its bytes given back to the budget) in every case.
 *
 * <p>The container serialises its callbacks; the timer runs on another thread, so every step takes this
 * object's lock, and whichever finishes first (end of body, failure, deadline) decides the answer.
 */
final class AsyncBody implements ReadListener {
    private static final System.Logger LOG = System.getLogger(AsyncBody.class.getName());

    private final AsyncContext async;
    private final ServletInputStream in;
    private final BodyReader reader;
    private final HttpServletResponse response;
    private final Webhooks webhooks;
    private final String providerId;
    private final Duration timeout;
    private final Function<RawBody, WebhookResponse> handle;
    private ScheduledFuture<?> deadline;
    private boolean finished;

    private AsyncBody(
            AsyncContext async,
            ServletInputStream in,
            BodyReader reader,
            HttpServletResponse response,
            Webhooks webhooks,
            String providerId,
            Duration timeout,
            Function<RawBody, WebhookResponse> handle) {
        this.async = async;
        this.in = in;
        this.reader = reader;
        this.response = response;
        this.webhooks = webhooks;
        this.providerId = providerId;
        this.timeout = timeout;
        this.handle = handle;
    }

    /** Starts reading; returns at once (the servlet's {@code service} then returns too). */
    static void start(
            HttpServletRequest request,
            HttpServletResponse response,
            ServletInputStream in,
            BodyReader reader,
            Webhooks webhooks,
            String providerId,
            Duration timeout,
            ScheduledExecutorService scheduler,
            Function<RawBody, WebhookResponse> handle) {
        AsyncContext async = request.startAsync(request, response);
        // The body deadline is ours (the timer below); the handler's time after it is not limited here.
        async.setTimeout(0);
        AsyncBody body = new AsyncBody(async, in, reader, response, webhooks, providerId, timeout, handle);
        synchronized (body) {
            body.deadline = scheduler.schedule(body::deadlinePassed, timeout.toNanos(), TimeUnit.NANOSECONDS);
        }
        in.setReadListener(body);
    }

    @Override
    public void onDataAvailable() {
        synchronized (this) {
            if (finished) {
                return;
            }
            try {
                while (in.isReady()) {
                    if (reader.readFrom(in) < 0) {
                        return; // the container calls onAllDataRead next
                    }
                }
            } catch (WebhookException e) {
                // Over the limit (413), or a body without a length outgrew the budget (503).
                finish();
                Exchange.reject(response, webhooks, providerId, e);
                end();
            } catch (IOException | RuntimeException e) {
                finish();
                Exchange.unreadable(response, webhooks, providerId, e);
                end();
            }
        }
    }

    @Override
    public void onAllDataRead() {
        RawBody body;
        synchronized (this) {
            if (finished) {
                return;
            }
            finish();
            try {
                body = reader.body();
            } catch (WebhookException e) {
                // Fewer bytes than Content-Length declared.
                Exchange.reject(response, webhooks, providerId, e);
                end();
                return;
            }
        }
        // Outside the lock: the handler may take its time, and the timer has nothing left to do.
        try {
            Exchange.write(response, handle.apply(body));
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Handling a " + providerId + " delivery failed in the servlet adapter", e);
            Exchange.internalError(response);
        } finally {
            end();
        }
    }

    @Override
    public void onError(Throwable failure) {
        synchronized (this) {
            if (finished) {
                return;
            }
            finish();
            // The client went away, the container's idle timeout passed, or the chunking was broken.
            Exchange.unreadable(response, webhooks, providerId, failure);
            end();
        }
    }

    private void deadlinePassed() {
        synchronized (this) {
            if (finished) {
                return;
            }
            finish();
            WebhookException e = Exchange.bodyTimeout(reader, timeout);
            LOG.log(Level.DEBUG, () -> "Webhook request for " + providerId + ": " + e.getMessage());
            Exchange.reject(response, webhooks, providerId, e);
            end();
        }
    }

    /** Marks the read as decided and stops the timer. Call with the lock held. */
    private void finish() {
        finished = true;
        if (deadline != null) {
            deadline.cancel(false);
        }
    }

    /** Gives the bytes back and completes the request. */
    private void end() {
        reader.close();
        try {
            async.complete();
        } catch (IllegalStateException e) {
            // already completed by the container (the connection failed)
            LOG.log(Level.DEBUG, () -> "Async webhook request was already complete: " + e);
        }
    }
}
