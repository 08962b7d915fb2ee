package io.webhooks4j.servlet;

import io.webhooks4j.WebhookException;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Receives webhooks in any Jakarta Servlet 6.0 container and runs them through {@link Webhooks#handle}.
 *
 * <p>Mounted once for every provider, the last path segment names the provider:
 *
 * <pre>{@code
 * context.addServlet("webhooks", new WebhookServlet(webhooks)).addMapping("/webhooks/*");
 * // POST /webhooks/stripe -> webhooks.handle("stripe", request)
 * }</pre>
 *
 * or one servlet per provider, at any path: {@code WebhookServlet.forProvider(webhooks, "stripe")}.
 *
 * <p>For each request: anything but {@code POST}, and an unknown provider, are answered by the core (405,
 * 404) without reading the body. A {@code Content-Length} above the provider's {@link
 * Webhooks#maxBodyBytes(String) limit} is answered 413 before a byte is read; a body without a length
 * (chunked) is read up to the limit and answered 413 one byte past it; a 413 closes the connection. A body
 * that cannot be read (the client disconnected, the container's read timeout passed, broken chunking) is
 * answered {@code 400 unreadable_body} with {@code Connection: close} if the client is still there, and
 * dropped otherwise: never a 500, and no handler runs. The body is read once, as bytes, before anything
 * could parse it; this servlet never calls {@code getParameter}. The {@link WebhookRequest#url() public
 * URL} is found as {@link Options} describes.
 */
public final class WebhookServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final Webhooks webhooks;
    private final Options options;
    private final String fixedProvider;

    /** A servlet for every provider of {@code webhooks}, with the default {@link Options}. */
    public WebhookServlet(Webhooks webhooks) {
        this(webhooks, Options.defaults());
    }

    /** A servlet for every provider of {@code webhooks}: mount it at {@code /<something>/*}. */
    public WebhookServlet(Webhooks webhooks, Options options) {
        this(webhooks, options, null);
    }

    private WebhookServlet(Webhooks webhooks, Options options, String fixedProvider) {
        this.webhooks = Objects.requireNonNull(webhooks, "webhooks");
        this.options = Objects.requireNonNull(options, "options");
        this.fixedProvider = fixedProvider;
    }

    /**
     * A servlet for provider {@code providerId} only, whatever its path.
     *
     * @throws IllegalArgumentException when {@code webhooks} has no such provider
     */
    public static WebhookServlet forProvider(Webhooks webhooks, String providerId) {
        return forProvider(webhooks, providerId, Options.defaults());
    }

    /**
     * A servlet for provider {@code providerId} only, whatever its path.
     *
     * @throws IllegalArgumentException when {@code webhooks} has no such provider
     */
    public static WebhookServlet forProvider(Webhooks webhooks, String providerId, Options options) {
        Objects.requireNonNull(webhooks, "webhooks");
        Objects.requireNonNull(providerId, "providerId");
        if (webhooks.provider(providerId).isEmpty()) {
            throw new IllegalArgumentException("providerId: no webhook provider '" + providerId
                    + "' is registered (registered: " + webhooks.providerIds() + ")");
        }
        return new WebhookServlet(webhooks, options, providerId);
    }

    /** The most of an unwanted body (404, 405) read and discarded to keep the connection open. */
    private static final long DRAIN_LIMIT = 64 * 1024;

    /** Every method comes here: the method check is the core's, not the container's. */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) {
        String providerId = fixedProvider != null ? fixedProvider : providerFromPath(request.getPathInfo());
        if (!"POST".equals(request.getMethod()) || webhooks.provider(providerId).isEmpty()) {
            // 405 or 404 from the core; the body is not kept. A small body is drained so the connection stays
            // usable for the next request; a larger one closes it.
            WebhookResponse answer = webhooks.handle(providerId, Exchange.withoutBody(request, options));
            Exchange.write(response, answer, Exchange.drain(request, DRAIN_LIMIT));
            return;
        }
        WebhookRequest delivery;
        try {
            delivery = Exchange.withBody(request, options, webhooks.maxBodyBytes(providerId));
        } catch (WebhookException e) {
            Exchange.reject(response, webhooks, providerId, e);
            return;
        } catch (IOException e) {
            Exchange.unreadable(response, webhooks, providerId, e);
            return;
        }
        Exchange.write(response, webhooks.handle(providerId, delivery));
    }

    /**
     * {@code /stripe} -> {@code stripe}. Anything else ({@code /stripe/}, {@code /stripe/x}, no path info)
     * names no registered provider and gets the core's 404.
     */
    private static String providerFromPath(String pathInfo) {
        return pathInfo == null || pathInfo.isEmpty() ? "" : pathInfo.substring(1);
    }

    @Override
    public String toString() {
        return "WebhookServlet[" + (fixedProvider != null ? fixedProvider : webhooks.providerIds()) + "]";
    }

    /**
     * How the servlet and the {@link WebhookVerificationFilter} find the public URL of a request, the URL
     * URL-signing providers (Twilio) sign. In order:
     *
     * <ol>
     *   <li><b>A configured public base URL</b> ({@link Builder#publicBaseUrl}): the URL is the base, then
     *       the raw request URI without the context path, then {@code ?} and the raw query string when the
     *       request had one. With base {@code https://hooks.example.com/api} and a request for {@code
     *       /app/webhooks/twilio?x=1} in context {@code /app}, it is {@code
     *       https://hooks.example.com/api/webhooks/twilio?x=1}. Forwarded headers are then ignored.
     *   <li><b>Forwarded headers, only from a trusted proxy</b> ({@link Builder#trustedProxies}): when the
     *       immediate peer ({@code getRemoteAddr()}) is one of the configured addresses or ranges. RFC 7239
     *       {@code Forwarded} wins when it carries {@code proto} or {@code host}: the element used is the one
     *       written by the outermost proxy of the trusted chain (walking from the last element leftwards
     *       while its {@code for} is a trusted proxy). Otherwise {@code X-Forwarded-Proto}, {@code
     *       X-Forwarded-Host} and {@code X-Forwarded-Port}, each by its <em>last</em> value (the one the
     *       trusted peer wrote; configure the proxy to set them, as nginx's {@code proxy_set_header} does).
     *       The port is the forwarded host's port, else {@code X-Forwarded-Port}, else none (the scheme's
     *       default); a missing host is the received {@code Host} without its port. {@code
     *       X-Forwarded-Prefix} replaces the context path. The path and query stay raw.
     *   <li><b>The request as received</b> (the default): scheme, the {@code Host} header as sent (or the
     *       server name and a non-default port), the raw request URI and the raw query string. Forwarded
     *       headers from a peer that is not trusted are ignored.
     * </ol>
     *
     * <p>Immutable and thread-safe.
     */
    public static final class Options {
        private static final Options DEFAULTS = new Options(null, TrustedProxies.none());

        private final String publicBaseUrl;
        private final TrustedProxies trustedProxies;

        private Options(String publicBaseUrl, TrustedProxies trustedProxies) {
            this.publicBaseUrl = publicBaseUrl;
            this.trustedProxies = trustedProxies;
        }

        /** The URL as received, no proxy trusted. */
        public static Options defaults() {
            return DEFAULTS;
        }

        public static Builder builder() {
            return new Builder();
        }

        /** The configured public base URL (without a trailing slash). */
        public Optional<String> publicBaseUrl() {
            return Optional.ofNullable(publicBaseUrl);
        }

        /** The trusted proxies as configured (IPs and CIDR ranges). */
        public List<String> trustedProxies() {
            return trustedProxies.specs();
        }

        /** True when {@code remoteAddress} is a trusted proxy. */
        boolean trusts(String remoteAddress) {
            return trustedProxies.contains(remoteAddress);
        }

        @Override
        public String toString() {
            return "Options[publicBaseUrl=" + publicBaseUrl + ", trustedProxies=" + trustedProxies.specs() + "]";
        }

        /** Builds {@link Options}; validates in {@link #build()}. */
        public static final class Builder {
            private String publicBaseUrl;
            private final List<String> trustedProxies = new ArrayList<>();

            private Builder() {}

            /**
             * The URL the world uses to reach this application's context root, such as {@code
             * https://hooks.example.com} or {@code https://example.com/app}: absolute {@code http} or {@code
             * https}, no query, no fragment. A trailing slash is dropped.
             */
            public Builder publicBaseUrl(String url) {
                this.publicBaseUrl = url;
                return this;
            }

            /**
             * Adds proxies whose forwarded headers are believed: IP literals ({@code 10.0.0.7}, {@code ::1}) and
             * CIDR ranges ({@code 10.0.0.0/8}, {@code fd00::/8}); host names are refused.
             */
            public Builder trustedProxies(String... addressesOrRanges) {
                return trustedProxies(List.of(addressesOrRanges));
            }

            /** Adds proxies whose forwarded headers are believed (see {@link #trustedProxies(String...)}). */
            public Builder trustedProxies(Collection<String> addressesOrRanges) {
                trustedProxies.addAll(addressesOrRanges);
                return this;
            }

            /**
             * @throws IllegalArgumentException naming {@code publicBaseUrl} or {@code trustedProxies} when a
             *     value is invalid, or when both are set (the base URL would make the proxies pointless)
             */
            public Options build() {
                String base = publicBaseUrl == null ? null : validateBaseUrl(publicBaseUrl);
                TrustedProxies proxies = TrustedProxies.of(trustedProxies);
                if (base != null && !proxies.isEmpty()) {
                    throw new IllegalArgumentException("publicBaseUrl and trustedProxies are alternatives: with a "
                            + "public base URL, forwarded headers are never read; set one of them");
                }
                return base == null && proxies.isEmpty() ? DEFAULTS : new Options(base, proxies);
            }

            private static String validateBaseUrl(String url) {
                String trimmed = url.strip();
                URI uri;
                try {
                    uri = new URI(trimmed);
                } catch (URISyntaxException e) {
                    throw new IllegalArgumentException("publicBaseUrl: '" + url + "' is not a URL", e);
                }
                String scheme = uri.getScheme();
                if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
                    throw new IllegalArgumentException(
                            "publicBaseUrl: '" + url + "' must start with http:// or https:// (lower case)");
                }
                if (uri.getRawAuthority() == null || uri.getHost() == null || uri.getRawUserInfo() != null) {
                    throw new IllegalArgumentException(
                            "publicBaseUrl: '" + url + "' must name a host (and no user info)");
                }
                if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                    throw new IllegalArgumentException(
                            "publicBaseUrl: '" + url + "' must not have a query or a fragment");
                }
                while (trimmed.endsWith("/")) {
                    trimmed = trimmed.substring(0, trimmed.length() - 1);
                }
                return trimmed;
            }
        }
    }
}
