package io.webhooks4j.servlet;

import io.webhooks4j.BodyReader;
import io.webhooks4j.Headers;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookException;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reading a servlet request into a {@link WebhookRequest} and writing answers, shared by servlet and filter. */
final class Exchange {
    private static final System.Logger LOG = System.getLogger(Exchange.class.getName());

    private Exchange() {}

    /** Method, public URL and headers, with an empty body: for requests whose body is never read. */
    static WebhookRequest withoutBody(HttpServletRequest request, WebhookServlet.Options options) {
        return WebhookRequest.builder()
                .method(request.getMethod())
                .url(PublicUrl.of(request, options))
                .headers(headers(request))
                .build();
    }

    /**
     * Method, public URL and headers of a delivery to {@code providerId}, before its body is read. For a
     * provider that signs the URL, the URL's host must be one of the {@linkplain
     * WebhookServlet.Options#allowedHosts() allowed hosts} when any are configured.
     *
     * @throws WebhookException with {@link Reason#HOST_NOT_ALLOWED}
     */
    static WebhookRequest head(
            HttpServletRequest request, WebhookServlet.Options options, Webhooks webhooks, String providerId) {
        String url = PublicUrl.of(request, options);
        boolean signsUrl = webhooks.provider(providerId).map(p -> p.signsUrl()).orElse(false);
        if (signsUrl && !options.allowsHost(PublicUrl.host(url))) {
            LOG.log(Level.DEBUG, () -> "Webhook request for " + providerId + " names a host outside allowedHosts");
            throw new WebhookException(
                    Reason.HOST_NOT_ALLOWED,
                    "The request names a host that is not one of the configured allowedHosts, so the URL the"
                            + " signature covers cannot be trusted");
        }
        return WebhookRequest.builder()
                .method(request.getMethod())
                .url(url)
                .headers(headers(request))
                .build();
    }

    /**
     * The request's body stream, refused when something before the webhook endpoint already consumed the body
     * (a filter calling {@code getParameterMap()} or {@code getReader()}, a framework reading form data), as
     * far as the container tells: the reader was taken, or the stream is finished before a byte was read
     * although {@code Content-Length} announced some.
     *
     * @throws WebhookException with {@link Reason#BODY_INCOMPLETE}
     */
    static ServletInputStream bodyStream(HttpServletRequest request) throws IOException {
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
     * Reads the body with blocking reads (the filter, or a servlet the container does not let go async): the
     * deadline is checked after every read, so a sender that keeps dripping is cut off at the deadline plus
     * one gap between its bytes; a sender that stops sending is cut off by the container's read (idle)
     * timeout.
     *
     * @throws WebhookException with {@link Reason#BODY_TOO_LARGE}, {@link Reason#RECEIVER_BUSY}, {@link
     *     Reason#BODY_TIMEOUT} or {@link Reason#BODY_INCOMPLETE}
     * @throws IOException when the body cannot be read (client gone, read timeout, broken chunking)
     */
    static RawBody readBlocking(InputStream in, BodyReader reader, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (reader.readFrom(in) >= 0) {
                if (System.nanoTime() - deadline > 0) {
                    throw bodyTimeout(reader, timeout);
                }
            }
        } catch (WebhookException | IOException e) {
            throw e;
        } catch (RuntimeException e) {
            // Containers signal some read failures (bad chunking, timeouts) with unchecked exceptions.
            throw new IOException("Reading the request body failed", e);
        }
        return reader.body();
    }

    static WebhookException bodyTimeout(BodyReader reader, Duration timeout) {
        long declared = reader.declaredLength();
        return new WebhookException(
                Reason.BODY_TIMEOUT,
                "The body did not arrive within the deadline of " + seconds(timeout) + " (" + reader.bytesRead()
                        + " of " + (declared < 0 ? "an unknown number of" : String.valueOf(declared))
                        + " bytes arrived)");
    }

    private static String seconds(Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
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

    /** Writes the pipeline's answer; a 413 also closes the connection. */
    static void write(HttpServletResponse response, WebhookResponse answer) {
        write(response, answer, true);
    }

    /** Writes the pipeline's answer; closes the connection after a 413 or when the body was not drained. */
    static void write(HttpServletResponse response, WebhookResponse answer, boolean bodyConsumed) {
        Map<String, String> headers = new LinkedHashMap<>(answer.headers());
        if (answer.status() == 413 || !bodyConsumed) {
            headers.put("Connection", "close");
        }
        write(response, answer.status(), headers, answer.body());
    }

    /**
     * Writes the rejection of {@code e}, reported to the observers through the core, for a delivery whose body
     * was not (or not completely) read: with {@code Connection: close}.
     */
    static void reject(HttpServletResponse response, Webhooks webhooks, String providerId, WebhookException e) {
        write(response, webhooks.reject(providerId, e), false);
    }

    /** 400 {@code unreadable_body} with {@code Connection: close}, when the connection can still take it. */
    static void unreadable(HttpServletResponse response, Webhooks webhooks, String providerId, Throwable cause) {
        LOG.log(Level.DEBUG, () -> "Webhook request body could not be read: " + cause);
        WebhookResponse answer = webhooks.reject(
                providerId,
                new WebhookException(Reason.UNREADABLE_BODY, "The request body could not be read completely", cause));
        Map<String, String> headers = new LinkedHashMap<>(answer.headers());
        headers.put("Connection", "close");
        write(response, answer.status(), headers, answer.body());
    }

    /** 500 when a provider's verifier or parser is defective (the filter; the servlet gets it from the core). */
    static void internalError(HttpServletResponse response) {
        write(response, WebhookResponse.internalError());
    }

    private static void write(HttpServletResponse response, int status, Map<String, String> headers, byte[] body) {
        if (response.isCommitted()) {
            return;
        }
        try {
            response.resetBuffer();
            response.setStatus(status);
            headers.forEach(response::setHeader);
            response.setContentLength(body.length);
            if (body.length > 0) {
                OutputStream out = response.getOutputStream();
                out.write(body);
                out.flush();
            }
        } catch (IOException | IllegalStateException e) {
            // The client has gone (or the container already failed the exchange): nothing left to tell it.
            LOG.log(Level.DEBUG, () -> "Could not write the webhook response (" + status + "): " + e);
        }
    }
}
