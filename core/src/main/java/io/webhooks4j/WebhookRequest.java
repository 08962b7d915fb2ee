package io.webhooks4j;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One delivery as it arrived: method, full public URL, headers and the exact body bytes. Immutable and
 * framework-free: a servlet, Spring, a test, AWS Lambda or Vert.x can build one.
 *
 * <p>The URL is kept verbatim (scheme, host, port, path and query exactly as the sender requested them)
 * because some providers (Twilio) sign it. Behind a proxy, build it from the public URL, not the one the
 * proxy forwarded to.
 */
public final class WebhookRequest {
    private final String method;
    private final String url;
    private final Headers headers;
    private final RawBody body;
    private volatile FormParameters formParameters;

    private WebhookRequest(Builder b) {
        this.method = b.method;
        this.url = b.url;
        this.headers = b.headers.build();
        this.body = b.body;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A POST to {@code url} with {@code headers} and {@code body}. */
    public static WebhookRequest post(String url, Headers headers, RawBody body) {
        return builder().url(url).headers(headers).body(body).build();
    }

    /** The HTTP method, as received (methods are case-sensitive: {@code post} is not POST). */
    public String method() {
        return method;
    }

    /** The full public URL, verbatim; empty string when unknown. */
    public String url() {
        return url;
    }

    public Headers headers() {
        return headers;
    }

    /** Shortcut for {@code headers().first(name)}. */
    public Optional<String> header(String name) {
        return headers.first(name);
    }

    /** The exact body bytes received. */
    public RawBody body() {
        return body;
    }

    /** The media type of the body, lower case and without parameters; empty when not sent. */
    public String mediaType() {
        String contentType = headers.first("Content-Type").orElse("");
        int semicolon = contentType.indexOf(';');
        return (semicolon >= 0 ? contentType.substring(0, semicolon) : contentType)
                .trim()
                .toLowerCase(Locale.ROOT);
    }

    /**
     * The body decoded as {@code application/x-www-form-urlencoded}, parsed from the raw bytes on first use
     * (whatever the Content-Type says: the provider decides whether to ask).
     *
     * @throws io.webhooks4j.spi.WebhookParseException for a broken percent escape
     */
    public FormParameters formParameters() {
        FormParameters parsed = formParameters;
        if (parsed == null) {
            parsed = FormParameters.parse(body);
            formParameters = parsed;
        }
        return parsed;
    }

    /** A builder holding this request's values, to derive a changed copy. */
    public Builder toBuilder() {
        return builder().method(method).url(url).headers(headers).body(body);
    }

    /** Method, URL without its query, header names and body length; never header values or the body. */
    @Override
    public String toString() {
        int q = url.indexOf('?');
        return "WebhookRequest[" + method + " " + (q >= 0 ? url.substring(0, q) + "?..." : url) + ", " + headers + ", "
                + body + "]";
    }

    /** Builds a {@link WebhookRequest}; method defaults to POST, body to empty. */
    public static final class Builder {
        private String method = "POST";
        private String url = "";
        private Headers.Builder headers = Headers.builder();
        private RawBody body = RawBody.empty();

        private Builder() {}

        public Builder method(String method) {
            this.method = Objects.requireNonNull(method, "method");
            return this;
        }

        public Builder url(String url) {
            this.url = Objects.requireNonNull(url, "url");
            return this;
        }

        /** Replaces all headers. */
        public Builder headers(Headers headers) {
            this.headers = Objects.requireNonNull(headers, "headers").toBuilder();
            return this;
        }

        /** Adds a header value. */
        public Builder header(String name, String value) {
            headers.add(name, value);
            return this;
        }

        /** Replaces every value of a header. */
        public Builder setHeader(String name, String value) {
            headers.set(name, value);
            return this;
        }

        public Builder removeHeader(String name) {
            headers.remove(name);
            return this;
        }

        /**
         * Sets header {@code name} to {@code value} unless it already has a value (in any case of its name): what a
         * signer does for the headers a provider always sends, so a test's own value wins.
         */
        public Builder headerIfAbsent(String name, String value) {
            Objects.requireNonNull(value, () -> "value of header '" + name + "'");
            return headerIfAbsent(name, () -> value);
        }

        /** As {@link #headerIfAbsent(String, String)}, computing the value only when the header is absent. */
        public Builder headerIfAbsent(String name, Supplier<String> value) {
            Objects.requireNonNull(name, "header name");
            Objects.requireNonNull(value, "value");
            if (!headers.contains(name)) {
                headers.add(name, value.get());
            }
            return this;
        }

        public Builder body(RawBody body) {
            this.body = Objects.requireNonNull(body, "body");
            return this;
        }

        /** Copies {@code bytes}. */
        public Builder body(byte[] bytes) {
            return body(RawBody.of(bytes));
        }

        public Builder body(String utf8) {
            return body(RawBody.ofUtf8(utf8));
        }

        public WebhookRequest build() {
            return new WebhookRequest(this);
        }
    }
}
