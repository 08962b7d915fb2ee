package io.webhooks4j.spi;

import io.webhooks4j.Headers;
import io.webhooks4j.Webhooks;
import java.util.Objects;

/**
 * What an adapter knows of a request before reading its body: method, public URL, headers and the declared
 * {@code Content-Length}. The one thing an adapter builds; {@link Webhooks#receive(String, RequestHead)} decides
 * everything else.
 *
 * @param method the HTTP method, as sent (case matters: {@code post} is not {@code POST})
 * @param url the full public URL, verbatim (as the adapter reconstructed it); empty when unknown
 * @param headers the headers as received
 * @param contentLength the declared {@code Content-Length}, or {@code -1} when the body is chunked
 */
public record RequestHead(String method, String url, Headers headers, long contentLength) {
    public RequestHead {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(headers, "headers");
        if (contentLength < -1) {
            throw new IllegalArgumentException("contentLength must be -1 (unknown) or more, was " + contentLength);
        }
    }

    /** A POST to {@code url}. */
    public static RequestHead post(String url, Headers headers, long contentLength) {
        return new RequestHead("POST", url, headers, contentLength);
    }

    /** No header values: they may hold personal data. */
    @Override
    public String toString() {
        return "RequestHead[" + method + " " + contentLength + " bytes]";
    }
}
