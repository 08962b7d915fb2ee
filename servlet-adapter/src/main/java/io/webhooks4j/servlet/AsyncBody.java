package io.webhooks4j.servlet;

import io.webhooks4j.WebhookResponse;
import io.webhooks4j.spi.Reception;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Moves one body into its {@link Reception} with Servlet non-blocking IO: the request goes async, the container
 * calls {@link #onDataAvailable()} when bytes have arrived, and the reception reads what is there while the
 * stream {@code isReady()}. No thread waits for a slow sender. At the end of the body, {@link
 * Reception#finish()} runs the pipeline on the container thread that delivered it; a read that fails is {@link
 * Reception#failed}, and a timer on {@code scheduler} ends a body still arriving at the deadline with {@link
 * Reception#timedOut()}. Every answer is the reception's; this class writes it, closes the reception (its bytes go
 * back to the budget) and completes the request.
 *
 * <p>The container serialises its callbacks; the timer runs on another thread, so every step takes this object's
 * lock, and whichever decides first (end of body, failure, deadline) is the one that asks the reception.
 */
final class AsyncBody implements ReadListener {
    private static final System.Logger LOG = System.getLogger(AsyncBody.class.getName());

    private final AsyncContext async;
    private final ServletInputStream in;
    private final Reception reception;
    private final HttpServletResponse response;
    private @Nullable ScheduledFuture<?> deadline;
    private boolean decided;

    private AsyncBody(AsyncContext async, ServletInputStream in, Reception reception, HttpServletResponse response) {
        this.async = async;
        this.in = in;
        this.reception = reception;
        this.response = response;
    }

    /** Starts reading; returns at once (the servlet's {@code service} then returns too). */
    static void start(
            HttpServletRequest request,
            HttpServletResponse response,
            ServletInputStream in,
            Reception reception,
            Duration timeout,
            ScheduledExecutorService scheduler) {
        AsyncContext async = request.startAsync(request, response);
        // The body deadline is ours (the timer below); the handler's time after it is not limited here.
        async.setTimeout(0);
        AsyncBody body = new AsyncBody(async, in, reception, response);
        synchronized (body) {
            body.deadline = scheduler.schedule(body::deadlinePassed, timeout.toNanos(), TimeUnit.NANOSECONDS);
        }
        in.setReadListener(body);
    }

    @Override
    public void onDataAvailable() {
        synchronized (this) {
            if (decided) {
                return;
            }
            try {
                while (in.isReady()) {
                    if (reception.readFrom(in) < 0) {
                        if (reception.answer().isPresent()) {
                            // Reading must stop: over the limit (413), or a body without a length outgrew the
                            // budget (503).
                            end(reception.finish(), true);
                        }
                        return; // otherwise the body is complete: the container calls onAllDataRead next
                    }
                }
            } catch (Exception e) {
                end(Exchange.unreadable(reception, e), true);
            }
        }
    }

    @Override
    public void onAllDataRead() {
        synchronized (this) {
            if (decided) {
                return;
            }
            decide();
        }
        // Outside the lock: the handlers may take their time, and the timer has nothing left to do.
        WebhookResponse answer = null;
        try {
            answer = reception.finish();
        } catch (RuntimeException e) {
            // Never for anything a sender can send: the core answers its own defects and the handlers'.
            LOG.log(
                    Level.ERROR,
                    "Webhooks failed on a " + reception.providerId() + " delivery instead of answering it",
                    e);
        } finally {
            if (answer != null) {
                Exchange.write(response, answer, false);
            } else {
                failedWithoutAnswer();
            }
            complete();
        }
    }

    @Override
    public void onError(Throwable failure) {
        synchronized (this) {
            if (decided) {
                return;
            }
            // The client went away, the container's idle timeout passed, or the chunking was broken.
            end(Exchange.unreadable(reception, failure), true);
        }
    }

    private void deadlinePassed() {
        synchronized (this) {
            if (decided) {
                return;
            }
            LOG.log(Level.DEBUG, () -> "Webhook request for " + reception.providerId() + ": body deadline passed");
            end(reception.timedOut(), true);
        }
    }

    /** Marks the read as decided and stops the timer. Call with the lock held. */
    private void decide() {
        decided = true;
        if (deadline != null) {
            deadline.cancel(false);
        }
    }

    /** Decides, writes the reception's answer to a body not read to its end, completes. Call with the lock held. */
    private void end(WebhookResponse answer, boolean closeConnection) {
        decide();
        Exchange.write(response, answer, closeConnection);
        complete();
    }

    /** The answer a servlet container gives an exception that escapes it: a bare 500. */
    private void failedWithoutAnswer() {
        if (!response.isCommitted()) {
            try {
                response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            } catch (Exception e) {
                LOG.log(Level.DEBUG, () -> "Could not send the error response: " + e);
            }
        }
    }

    /** Gives the reception's bytes back and completes the request. */
    private void complete() {
        reception.close();
        try {
            async.complete();
        } catch (IllegalStateException e) {
            // already completed by the container (the connection failed)
            LOG.log(Level.DEBUG, () -> "Async webhook request was already complete: " + e);
        }
    }
}
