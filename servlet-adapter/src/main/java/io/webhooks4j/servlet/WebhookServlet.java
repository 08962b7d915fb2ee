package io.webhooks4j.servlet;

import io.webhooks4j.WebhookRequest;
import io.webhooks4j.Webhooks;
import io.webhooks4j.spi.Reception;
import io.webhooks4j.spi.RequestHead;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Receives webhooks in any Jakarta Servlet 6.0 container and runs them through the core pipeline.
 *
 * <p>Mounted once for every provider, the last path segment names the provider:
 *
 * <pre>{@code
 * context.addServlet("webhooks", new WebhookServlet(webhooks)).addMapping("/webhooks/*");
 * // POST /webhooks/stripe -> webhooks.receive("stripe", head)
 * }</pre>
 *
 * or one servlet per provider, at any path: {@code WebhookServlet.forProvider(webhooks, "stripe")}.
 *
 * <p>For each request the servlet builds one {@link RequestHead} (method, the {@linkplain WebhookRequest#url()
 * public URL} as {@link Options} describes, every header, {@code Content-Length}) and makes one call, {@link
 * Webhooks#receive(String, RequestHead)}; from then on it only moves bytes into the {@link Reception} and writes
 * the reception's answer. The core decides every status: 405 for anything but {@code POST}, 404 for an unknown
 * provider, 413 for a {@code Content-Length} above the provider's limit (or a chunked body one byte past it), 503
 * {@code receiver_busy} with {@code Retry-After} when the budget of body bytes in flight is full, and everything
 * after the body. Two conditions only the container can see are reported to the reception, which answers them:
 * a public URL outside {@link Options#allowedHosts()} (401 {@code host_not_allowed}, before the body is read) and
 * a body consumed before the servlet (a filter that called {@code getParameterMap()}: 400 {@code
 * body_incomplete}). Reading uses Servlet non-blocking IO ({@code startAsync} and a {@code ReadListener}), so a
 * slow sender holds no thread; a body that has not arrived within {@link Options#bodyTimeout()} is {@link
 * Reception#timedOut() timed out} (408 {@code body_timeout}), and one that cannot be read (the client
 * disconnected, the container's idle timeout passed, broken chunking) is {@link Reception#failed failed} (400
 * {@code unreadable_body}, if the client is still there): never a 500, and no handler runs. An answer given
 * before the body was read to its end closes the connection. The body is read once, as bytes, before anything
 * could parse it; this servlet never calls {@code getParameter}. Without async support from the container it
 * falls back to blocking reads into the same reception, with the same deadline checked after each read, and
 * logs one WARN.
 */
public final class WebhookServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final Webhooks webhooks;
    private final Options options;
    /** The one provider of a {@link #forProvider} servlet; {@code null}: the path names it. */
    private final @Nullable String fixedProvider;
    /** The ids of the providers whose signature covers the URL, for {@link Options#allowedHosts()}. */
    private final Set<String> urlSigning;

    /** A servlet for every provider of {@code webhooks}, with the default {@link Options}. */
    public WebhookServlet(Webhooks webhooks) {
        this(webhooks, Options.defaults());
    }

    /** A servlet for every provider of {@code webhooks}: mount it at {@code /<something>/*}. */
    public WebhookServlet(Webhooks webhooks, Options options) {
        this(webhooks, options, null);
    }

    private WebhookServlet(Webhooks webhooks, Options options, @Nullable String fixedProvider) {
        this.webhooks = Objects.requireNonNull(webhooks, "webhooks");
        this.options = Objects.requireNonNull(options, "options");
        this.fixedProvider = fixedProvider;
        this.urlSigning = urlSigning(webhooks);
    }

    /** The ids of {@code webhooks}' providers that sign the request URL. */
    static Set<String> urlSigning(Webhooks webhooks) {
        return webhooks.providerIds().stream()
                .filter(id -> webhooks.provider(id).map(p -> p.signsUrl()).orElse(false))
                .collect(Collectors.toUnmodifiableSet());
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

    private static final System.Logger LOG = System.getLogger(WebhookServlet.class.getName());

    /** Ends body reads at their deadline; created at {@link #init()}, stopped at {@link #destroy()}. */
    private transient volatile @Nullable ScheduledExecutorService deadlines;

    private transient volatile boolean warnedBlocking;

    /** Starts the body-deadline timer and logs one WARN when a URL-signing provider's URL is not pinned. */
    @Override
    public void init() {
        scheduler();
        warnIfHostDecidesUrl(
                LOG,
                webhooks,
                options,
                fixedProvider != null ? List.of(fixedProvider) : List.copyOf(webhooks.providerIds()),
                "WebhookServlet");
    }

    @Override
    public void destroy() {
        ScheduledExecutorService timer;
        synchronized (this) {
            timer = deadlines;
            deadlines = null;
        }
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** The timer; one volatile read per request once created (no lock on the request path). */
    private ScheduledExecutorService scheduler() {
        ScheduledExecutorService timer = deadlines;
        return timer != null ? timer : createScheduler();
    }

    private synchronized ScheduledExecutorService createScheduler() {
        ScheduledExecutorService existing = deadlines;
        if (existing != null) {
            return existing;
        }
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "webhooks4j-body-deadline");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        deadlines = timer;
        return timer;
    }

    /** One WARN naming the URL-signing providers whose verified URL the sender's Host decides. */
    static void warnIfHostDecidesUrl(
            System.Logger log, Webhooks webhooks, Options options, Collection<String> providerIds, String what) {
        if (!options.hostDecidesUrl()) {
            return;
        }
        List<String> urlSigning = providerIds.stream()
                .filter(id -> webhooks.provider(id).map(p -> p.signsUrl()).orElse(false))
                .distinct()
                .toList();
        if (!urlSigning.isEmpty()) {
            log.log(
                    System.Logger.Level.WARNING,
                    what + ": provider(s) " + urlSigning + " sign the request URL, and neither publicBaseUrl nor"
                            + " allowedHosts is configured, so the Host header (or a trusted proxy's forwarded"
                            + " host) decides which URL is verified: a signature made for another host of the same"
                            + " account is accepted. Set WebhookServlet.Options publicBaseUrl or allowedHosts.");
        }
    }

    /**
     * Every method comes here: one {@link RequestHead}, one {@link Webhooks#receive} call, and then only bytes
     * move. The method check, the provider lookup, the length check and every status are the core's.
     */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) {
        String providerId = fixedProvider != null ? fixedProvider : providerFromPath(request.getPathInfo());
        Reception reception = webhooks.receive(providerId, Exchange.head(request, options));
        ServletInputStream in = Exchange.openBody(request, reception, options, urlSigning.contains(providerId));
        if (in == null) {
            // Answered before reading (404, 405, 413 by length, 503 busy, 401 host, 400 consumed body): the body
            // is not read, so a connection that may still carry one is closed.
            try (reception) {
                Exchange.write(response, reception.finish(), Exchange.hasBody(request));
            }
            return;
        }
        if (request.isAsyncSupported()) {
            try {
                AsyncBody.start(request, response, in, reception, options.bodyTimeout(), scheduler());
            } catch (RuntimeException e) {
                reception.close();
                throw e;
            }
            return;
        }
        if (!warnedBlocking) {
            warnedBlocking = true;
            LOG.log(
                    System.Logger.Level.WARNING,
                    "WebhookServlet runs without async support (asyncSupported is off for it or a filter in front"
                            + " of it): bodies are read with blocking reads, so a slow sender holds a thread for up"
                            + " to bodyTimeout (" + options.bodyTimeout() + ") plus the connector's idle timeout");
        }
        try (reception) {
            boolean readToEnd = Exchange.readBlocking(in, reception, options.bodyTimeout());
            Exchange.write(response, reception.finish(), !readToEnd);
        }
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
     * How the servlet and the {@link WebhookVerificationFilter} read bodies and find the public URL of a
     * request, the URL URL-signing providers (Twilio) sign.
     *
     * <p><b>Body deadline</b> ({@link Builder#bodyTimeout}, default {@link #DEFAULT_BODY_TIMEOUT}): the whole
     * body must arrive within it, counted from the moment the servlet starts reading; otherwise the answer is
     * 408 {@code body_timeout} with {@code Connection: close}.
     *
     * <p><b>Public URL</b>, in order:
     *
     * <ol>
     *   <li><b>A configured public base URL</b> ({@link Builder#publicBaseUrl}): the URL is the base, then
     *       the raw request URI without the context path, then {@code ?} and the raw query string when the
     *       request had one. With base {@code https://hooks.example.com/api} and a request for {@code
     *       /app/webhooks/twilio?x=1} in context {@code /app}, it is {@code
     *       https://hooks.example.com/api/webhooks/twilio?x=1}. Forwarded headers are then ignored.
     *   <li><b>Forwarded headers, only from a trusted proxy</b> ({@link Builder#trustedProxies}): when the
     *       immediate peer ({@code getRemoteAddr()}) is one of the configured addresses or ranges, and only
     *       the header family configured with {@link Builder#forwardedHeaders} (the other family is ignored,
     *       whoever wrote it). {@link ForwardedHeaders#X_FORWARDED} (the default): {@code X-Forwarded-Proto},
     *       {@code X-Forwarded-Host} and {@code X-Forwarded-Port}, each by its <em>last</em> value (the one
     *       the trusted peer wrote; configure the proxy to set them, as nginx's {@code proxy_set_header}
     *       does). {@link ForwardedHeaders#FORWARDED}: the RFC 7239 element written by the outermost proxy of
     *       the trusted chain (walking from the last element leftwards while its {@code for} is a trusted
     *       proxy). The port is the forwarded host's port, else {@code X-Forwarded-Port}, else none (the
     *       scheme's default); a missing host is the received {@code Host} without its port. {@code
     *       X-Forwarded-Prefix} replaces the context path only when {@link Builder#forwardedPrefix(boolean)}
     *       is on (your proxy must then set it). The path and query stay raw.
     *   <li><b>The request as received</b> (the default): scheme, the {@code Host} header as sent (or the
     *       server name and a non-default port), the raw request URI and the raw query string.
     * </ol>
     *
     * <p><b>Allowed hosts</b> ({@link Builder#allowedHosts}): for providers that sign the URL ({@link
     * io.webhooks4j.spi.WebhookProvider#signsUrl()}), a request whose public URL names another host is answered
     * 401 {@code host_not_allowed} before its body is read. Without a public base URL or allowed hosts, the
     * {@code Host} header (or the proxy's forwarded host) decides which URL is verified, so a signature made
     * for another host of the same account passes; the servlet and the filter log one WARN at start then.
     *
     * <p>Immutable and thread-safe.
     */
    public static final class Options {
        /** The default body deadline: the longest time a provider waits for an answer (Twilio, 15 s). */
        public static final Duration DEFAULT_BODY_TIMEOUT = Duration.ofSeconds(15);

        private static final Options DEFAULTS = new Builder().build();

        /** Which forwarded headers of a trusted proxy give the scheme and host. */
        public enum ForwardedHeaders {
            /** {@code X-Forwarded-Proto}, {@code X-Forwarded-Host}, {@code X-Forwarded-Port} (the default). */
            X_FORWARDED,
            /** RFC 7239 {@code Forwarded}. */
            FORWARDED
        }

        private final @Nullable String publicBaseUrl;
        private final TrustedProxies trustedProxies;
        private final ForwardedHeaders forwardedHeaders;
        private final boolean forwardedPrefix;
        private final Set<String> allowedHosts;
        private final Duration bodyTimeout;

        private Options(
                Builder b, @Nullable String publicBaseUrl, TrustedProxies trustedProxies, Set<String> allowedHosts) {
            this.publicBaseUrl = publicBaseUrl;
            this.trustedProxies = trustedProxies;
            this.forwardedHeaders = b.forwardedHeaders == null ? ForwardedHeaders.X_FORWARDED : b.forwardedHeaders;
            this.forwardedPrefix = b.forwardedPrefix;
            this.allowedHosts = allowedHosts;
            this.bodyTimeout = b.bodyTimeout;
        }

        /** The URL as received, no proxy trusted, no host allow-list, the default body deadline. */
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

        /** The forwarded header family read from trusted proxies. */
        public ForwardedHeaders forwardedHeaders() {
            return forwardedHeaders;
        }

        /** True when a trusted proxy's {@code X-Forwarded-Prefix} replaces the context path. */
        public boolean forwardedPrefix() {
            return forwardedPrefix;
        }

        /** The hosts a URL-signing provider's deliveries may name (lower case); empty: any. */
        public Set<String> allowedHosts() {
            return allowedHosts;
        }

        /** The time the whole body has to arrive in. */
        public Duration bodyTimeout() {
            return bodyTimeout;
        }

        /** True when {@code remoteAddress} is a trusted proxy. */
        /** False when no proxy is trusted (the common case): the remote address need not be asked for. */
        boolean trustsAnyProxy() {
            return !trustedProxies.isEmpty();
        }

        boolean trusts(String remoteAddress) {
            return trustedProxies.contains(remoteAddress);
        }

        /** True when {@code host} (a host name or IP, without port or brackets) may be named. */
        boolean allowsHost(String host) {
            return allowedHosts.isEmpty() || allowedHosts.contains(normalizeHost(host));
        }

        /** True when nothing pins the URL a URL-signing provider verifies: the sender's Host decides. */
        boolean hostDecidesUrl() {
            return publicBaseUrl == null && allowedHosts.isEmpty();
        }

        static String normalizeHost(String host) {
            String h = host.strip().toLowerCase(Locale.ROOT);
            if (h.startsWith("[") && h.endsWith("]")) {
                h = h.substring(1, h.length() - 1);
            }
            return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
        }

        @Override
        public String toString() {
            return "Options[publicBaseUrl=" + publicBaseUrl + ", trustedProxies=" + trustedProxies.specs()
                    + ", forwardedHeaders=" + forwardedHeaders + ", forwardedPrefix=" + forwardedPrefix
                    + ", allowedHosts=" + allowedHosts + ", bodyTimeout=" + bodyTimeout + "]";
        }

        /** Builds {@link Options}; validates in {@link #build()}. */
        public static final class Builder {
            private @Nullable String publicBaseUrl;
            private final List<String> trustedProxies = new ArrayList<>();
            private @Nullable ForwardedHeaders forwardedHeaders;
            private boolean forwardedPrefix;
            private final List<String> allowedHosts = new ArrayList<>();
            private Duration bodyTimeout = DEFAULT_BODY_TIMEOUT;

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
             * The header family the trusted proxies write (default {@link ForwardedHeaders#X_FORWARDED}); the
             * other family is never read, so a client's own header that the proxy passes on cannot win.
             */
            public Builder forwardedHeaders(ForwardedHeaders family) {
                this.forwardedHeaders = Objects.requireNonNull(family, "forwardedHeaders");
                return this;
            }

            /**
             * Whether a trusted proxy's {@code X-Forwarded-Prefix} replaces the context path (default off).
             * Turn it on only when the proxy sets it itself: a proxy that passes the client's on lets the
             * client choose the path that is verified.
             */
            public Builder forwardedPrefix(boolean honoured) {
                this.forwardedPrefix = honoured;
                return this;
            }

            /**
             * Adds the host names (or IP literals) the deliveries of URL-signing providers may name, compared
             * without case and port; anything else is answered 401 {@code host_not_allowed}.
             */
            public Builder allowedHosts(String... hosts) {
                return allowedHosts(List.of(hosts));
            }

            /** Adds allowed hosts (see {@link #allowedHosts(String...)}). */
            public Builder allowedHosts(Collection<String> hosts) {
                allowedHosts.addAll(hosts);
                return this;
            }

            /**
             * The time the whole body has to arrive in (default {@link #DEFAULT_BODY_TIMEOUT}); a slower sender
             * is answered 408 {@code body_timeout} and the connection closed.
             */
            public Builder bodyTimeout(Duration timeout) {
                this.bodyTimeout = Objects.requireNonNull(timeout, "bodyTimeout");
                return this;
            }

            /**
             * @throws IllegalArgumentException naming the field when a value is invalid, when both {@code
             *     publicBaseUrl} and {@code trustedProxies} are set (the base URL would make the proxies
             *     pointless), when {@code forwardedHeaders} or {@code forwardedPrefix} is set without {@code
             *     trustedProxies}, or when the public base URL's host is not among the {@code allowedHosts}
             */
            public Options build() {
                String base = publicBaseUrl == null ? null : validateBaseUrl(publicBaseUrl);
                TrustedProxies proxies = TrustedProxies.of(trustedProxies);
                if (base != null && !proxies.isEmpty()) {
                    throw new IllegalArgumentException("publicBaseUrl and trustedProxies are alternatives: with a "
                            + "public base URL, forwarded headers are never read; set one of them");
                }
                if (proxies.isEmpty() && (forwardedHeaders != null || forwardedPrefix)) {
                    throw new IllegalArgumentException((forwardedPrefix ? "forwardedPrefix" : "forwardedHeaders")
                            + " has no effect without trustedProxies: forwarded headers are read only from them");
                }
                if (bodyTimeout.isNegative() || bodyTimeout.isZero()) {
                    throw new IllegalArgumentException("bodyTimeout must be positive, was " + bodyTimeout);
                }
                Set<String> hosts = new LinkedHashSet<>();
                for (String host : allowedHosts) {
                    hosts.add(validateHost(host));
                }
                if (base != null && !hosts.isEmpty()) {
                    String baseHost = normalizeHost(URI.create(base).getHost());
                    if (!hosts.contains(baseHost)) {
                        throw new IllegalArgumentException("allowedHosts " + hosts + " does not contain the host of"
                                + " publicBaseUrl '" + base + "'");
                    }
                }
                return new Options(this, base, proxies, Collections.unmodifiableSet(hosts));
            }

            private static String validateHost(String host) {
                if (host == null || host.isBlank()) {
                    throw new IllegalArgumentException("allowedHosts: an entry is empty");
                }
                String normalized = normalizeHost(host);
                if (!normalized.matches("[a-z0-9._~-]+|[0-9a-f:.]+")) {
                    throw new IllegalArgumentException(
                            "allowedHosts: '" + host + "' is not a host name or IP address (no scheme, port or path)");
                }
                return normalized;
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
