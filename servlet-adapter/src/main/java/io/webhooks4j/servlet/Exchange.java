package io.webhooks4j.servlet;

import io.webhooks4j.Headers;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookException;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
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
     * The whole request with its body, read once and bounded: a {@code Content-Length} above {@code maxBytes}
     * is refused before a byte is read, and reading stops one byte past the limit.
     *
     * @throws WebhookException with {@link Reason#BODY_TOO_LARGE}
     * @throws IOException when the body cannot be read (client gone, read timeout, broken chunking)
     */
    static WebhookRequest withBody(HttpServletRequest request, WebhookServlet.Options options, long maxBytes)
            throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            throw new WebhookException(
                    Reason.BODY_TOO_LARGE,
                    "Content-Length of " + declared + " bytes is larger than the limit of " + maxBytes + " bytes");
        }
        WebhookRequest head = withoutBody(request, options);
        RawBody body;
        try {
            body = RawBody.readFrom(request.getInputStream(), maxBytes);
        } catch (WebhookException | IOException e) {
            throw e;
        } catch (RuntimeException e) {
            // Containers signal some read failures (bad chunking, timeouts) with unchecked exceptions.
            throw new IOException("Reading the request body failed", e);
        }
        return head.toBuilder().body(body).build();
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
     * Reads and discards a body nobody wants (a 404 or 405), at most {@code limit} bytes, so the connection can
     * serve the next request. False when the body was longer or could not be read: then close the connection.
     */
    static boolean drain(HttpServletRequest request, long limit) {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            return false;
        }
        try {
            InputStream in = request.getInputStream();
            byte[] buffer = new byte[8192];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) >= 0) {
                total += n;
                if (total > limit) {
                    return false;
                }
            }
            return true;
        } catch (IOException | IllegalStateException e) {
            return false;
        }
    }

    /** Writes the rejection of {@code e}, reported to the observers through the core. */
    static void reject(HttpServletResponse response, Webhooks webhooks, String providerId, WebhookException e) {
        write(response, webhooks.reject(providerId, e));
    }

    /** 400 {@code unreadable_body} with {@code Connection: close}, when the connection can still take it. */
    static void unreadable(HttpServletResponse response, Webhooks webhooks, String providerId, IOException cause) {
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
