package io.webhooks4j.servlet;

import io.webhooks4j.Headers;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookException;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.spi.Reception;
import io.webhooks4j.spi.RequestHead;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Enumeration;
import org.jspecify.annotations.Nullable;

/**
 * What the servlet and the filter share: a servlet request's head for {@link
 * io.webhooks4j.Webhooks#receive(String, RequestHead)}, the two conditions only the container can see, the
 * blocking read, and writing the reception's answer. Nothing here decides a status: every answer comes from
 * the {@link Reception}.
 */
final class Exchange {
    private static final System.Logger LOG = System.getLogger(Exchange.class.getName());

    private Exchange() {}

    /** Method, public URL (as {@link PublicUrl} finds it), every header, and the declared length. */
    static RequestHead head(HttpServletRequest request, WebhookServlet.Options options) {
        return new RequestHead(
                request.getMethod(),
                PublicUrl.of(request, options),
                headers(request),
                Math.max(-1, request.getContentLengthLong()));
    }

    /**
     * Checks what only the container can see, then opens the body stream: for a provider that signs the URL,
     * the public URL must name one of the {@linkplain WebhookServlet.Options#allowedHosts() allowed hosts}
     * (else 401 {@code host_not_allowed}); the body must not have been consumed before the webhook endpoint
     * (else 400 {@code body_incomplete}). Both are reported through {@link Reception#reject}, so the core
     * answers them like every other rejection.
     *
     * @return the stream to read, or {@code null} when the reception has its answer (one due before reading,
     *     or one of these refusals): {@link Reception#finish()} gives it
     */
    static @Nullable ServletInputStream openBody(
            HttpServletRequest request, Reception reception, WebhookServlet.Options options, boolean signsUrl) {
        if (reception.answer().isPresent()) {
            return null;
        }
        if (signsUrl && !options.allowsHost(PublicUrl.host(reception.head().url()))) {
            LOG.log(
                    Level.DEBUG,
                    () -> "Webhook request for " + reception.providerId() + " names a host outside allowedHosts");
            reception.reject(new WebhookException(
                    Reason.HOST_NOT_ALLOWED,
                    "The request names a host that is not one of the configured allowedHosts, so the URL the"
                            + " signature covers cannot be trusted"));
            return null;
        }
        try {
            return bodyStream(request);
        } catch (WebhookException e) {
            reception.reject(e);
            return null;
        } catch (IOException e) {
            unreadable(reception, e);
            return null;
        }
    }

    /**
     * The request's body stream, refused when something before the webhook endpoint already consumed the body
     * (a filter calling {@code getParameterMap()} or {@code getReader()}, a framework reading form data), as
     * far as the container tells: the reader was taken, or the stream is finished before a byte was read
     * although {@code Content-Length} announced some.
     *
     * @throws WebhookException with {@link Reason#BODY_INCOMPLETE}
     */
    private static ServletInputStream bodyStream(HttpServletRequest request) throws IOException {
        ServletInputStream in;
        try {
            in = request.getInputStream();
        } catch (IllegalStateException e) {
            throw new WebhookException(
                    Reason.BODY_INCOMPLETE,
                    "The body was already read through getReader() before the webhook endpoint (by a filter or"
                            + " framework in front of it); the endpoint must be the first to read it");
        }
        long declared = request.getContentLengthLong();
        if (declared > 0 && in.isFinished()) {
            throw new WebhookException(
                    Reason.BODY_INCOMPLETE,
                    "The body was consumed before the webhook endpoint read it (Content-Length declared " + declared
                            + " bytes, none were left): a filter or framework in front of it called getParameter,"
                            + " getParameterMap or getInputStream; the endpoint must be the first to read it");
        }
        return in;
    }

    /**
     * Feeds the body to {@code reception} with blocking reads (the filter, or a servlet the container does not
     * let go async): the deadline is checked after every read, so a sender that keeps dripping is cut off at
     * the deadline plus one gap between its bytes; a sender that stops sending is cut off by the container's
     * read (idle) timeout.
     *
     * @return true when the body was read to its end; false when the reception has its answer instead (over
     *     the limit, receiver busy, deadline passed, unreadable body): {@link Reception#finish()} gives it
     */
    static boolean readBlocking(InputStream in, Reception reception, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (reception.readFrom(in) >= 0) {
                if (System.nanoTime() - deadline > 0) {
                    reception.timedOut();
                    return false;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Containers signal some read failures (bad chunking, timeouts) with unchecked exceptions.
            unreadable(reception, e);
            return false;
        }
        return reception.answer().isEmpty();
    }

    /** Reports a failed read (the client went away, the idle timeout passed, broken chunking) to the reception. */
    static WebhookResponse unreadable(Reception reception, Throwable cause) {
        LOG.log(Level.DEBUG, () -> "Webhook request body could not be read: " + cause);
        return reception.failed(
                cause instanceof IOException io ? io : new IOException("Reading the request body failed", cause));
    }

    /** Every value of every header, in the order the container gives them. */
    static Headers headers(HttpServletRequest request) {
        Headers.Builder builder = Headers.builder();
        Enumeration<String> names = request.getHeaderNames();
        if (names == null) {
            return builder.build();
        }
        while (names.hasMoreElements()) {
            String name = names.nextElement();
            Enumeration<String> values = request.getHeaders(name);
            while (values != null && values.hasMoreElements()) {
                String value = values.nextElement();
                if (value != null) {
                    builder.add(name, value);
                }
            }
        }
        return builder.build();
    }

    /**
     * True when the request may still carry body bytes nobody read: it declared some, or is chunked. An answer
     * given before such a body was read to its end closes the connection, so it is not left waiting for them.
     */
    static boolean hasBody(HttpServletRequest request) {
        long declared = request.getContentLengthLong();
        return declared > 0 || (declared < 0 && request.getHeader("Transfer-Encoding") != null);
    }

    /**
     * Writes the reception's answer as it is (status, headers, body); with {@code Connection: close} when
     * {@code closeConnection}.
     */
    static void write(HttpServletResponse response, WebhookResponse answer, boolean closeConnection) {
        if (response.isCommitted()) {
            return;
        }
        byte[] body = answer.body();
        try {
            response.resetBuffer();
            response.setStatus(answer.status());
            answer.headers().forEach(response::setHeader);
            if (closeConnection) {
                response.setHeader("Connection", "close");
            }
            response.setContentLength(body.length);
            if (body.length > 0) {
                OutputStream out = response.getOutputStream();
                out.write(body);
                out.flush();
            }
        } catch (IOException | IllegalStateException e) {
            // The client has gone (or the container already failed the exchange): nothing left to tell it.
            LOG.log(Level.DEBUG, () -> "Could not write the webhook response (" + answer.status() + "): " + e);
        }
    }
}
