package io.webhooks4j.servlet;

import io.webhooks4j.WebhookEvent;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.spi.Reception;
import io.webhooks4j.spi.RequestHead;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Verifies webhooks in front of your own servlets or controllers. For the configured paths only, it passes the
 * request through the core's one door as {@link WebhookServlet} does ({@link Webhooks#receive(String,
 * RequestHead)}: the core decides every status), reads the body once into the {@link Reception} (bounded as the
 * servlet's is), calls {@link Reception#verify()}, and on success passes the request on with:
 *
 * <ul>
 *   <li>the typed, verified event in the request attribute {@link #EVENT_ATTRIBUTE};
 *   <li>the verified bytes still readable: {@code getInputStream()}, {@code getReader()} (the request's
 *       charset, UTF-8 when none) and {@code getParameter*} (query string, then the form body decoded from the
 *       verified bytes) all work on them, and the stream and the reader each start at the first byte.
 * </ul>
 *
 * <p>On failure it writes the reception's answer (401, 400, 405, 408, 413, 503, ... with a JSON body {@code
 * {"error":"<reason code>","message":"..."}}) and the chain does not run. It verifies and parses only: it runs
 * no handlers and does not de-duplicate deliveries (your code does what it wants with the event). The
 * reception stays open while the chain runs (its bytes are the ones your code reads) and is closed when the
 * chain returns. Other paths, and dispatches other than {@code REQUEST}, pass through untouched.
 *
 * <pre>{@code
 * WebhookVerificationFilter filter = WebhookVerificationFilter.builder(webhooks)
 *     .path("/hooks/stripe", "stripe")
 *     .path("/hooks/twilio", "twilio")
 *     .build();
 * servletContext.addFilter("webhooks", filter)
 *     .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/hooks/*");
 * }</pre>
 *
 * <p>A path matches the request's path within the application ({@code getServletPath() + getPathInfo()},
 * decoded and normalised by the container, the same path it routes with) when it is equal or continues with
 * {@code /}: {@code /hooks/stripe} covers {@code /hooks/stripe} and {@code /hooks/stripe/eu}, not {@code
 * /hooks/stripe-old}. The longest matching path wins.
 */
public final class WebhookVerificationFilter implements Filter {
    /** The request attribute holding the verified {@link WebhookEvent}. */
    public static final String EVENT_ATTRIBUTE = "io.webhooks4j.event";

    private static final System.Logger LOG = System.getLogger(WebhookVerificationFilter.class.getName());

    private final Webhooks webhooks;
    private final WebhookServlet.Options options;
    /** Longest path first. */
    private final List<Map.Entry<String, String>> paths;
    /** The ids of the providers whose signature covers the URL. */
    private final Set<String> urlSigning;

    private WebhookVerificationFilter(Builder b) {
        this.webhooks = b.webhooks;
        this.options = b.options;
        this.urlSigning = WebhookServlet.urlSigning(b.webhooks);
        this.paths = b.paths.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(
                                (Map.Entry<String, String> e) -> e.getKey().length())
                        .reversed())
                .toList();
    }

    /** Starts a filter for {@code webhooks}; add at least one {@link Builder#path(String, String)}. */
    public static Builder builder(Webhooks webhooks) {
        return new Builder(webhooks);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest request)
                || !(res instanceof HttpServletResponse response)
                || request.getDispatcherType() != DispatcherType.REQUEST) {
            chain.doFilter(req, res);
            return;
        }
        String providerId = providerFor(request);
        if (providerId == null) {
            chain.doFilter(req, res);
            return;
        }
        // The same door as the servlet's: every status is the reception's. It stays open while the chain runs,
        // since the verified bytes it holds are in use; closing it gives them back to the budget.
        try (Reception reception = webhooks.receive(providerId, Exchange.head(request, options))) {
            ServletInputStream in = Exchange.openBody(request, reception, options, urlSigning.contains(providerId));
            if (in == null) {
                // Answered before reading (404, 405, 413 by length, 503 busy, 401 host, 400 consumed body).
                rejected(response, reception.finish(), Exchange.hasBody(request));
                return;
            }
            if (!Exchange.readBlocking(in, reception, options.bodyTimeout())) {
                // Over the limit, busy, past the deadline or unreadable: the rest of the body is never read.
                rejected(response, reception.finish(), true);
                return;
            }
            Reception.Verified verified = reception.verify();
            WebhookResponse refusal = verified.refusal();
            if (refusal != null) {
                // The body was read completely: the connection may serve the next request.
                rejected(response, refusal, false);
                return;
            }
            WebhookRequest delivery = Objects.requireNonNull(verified.request(), "verified request");
            VerifiedRequest wrapped = new VerifiedRequest(request, delivery, urlSigning.contains(providerId));
            wrapped.setAttribute(EVENT_ATTRIBUTE, Objects.requireNonNull(verified.event(), "verified event"));
            chain.doFilter(wrapped, response);
        }
    }

    private static void rejected(HttpServletResponse response, WebhookResponse answer, boolean closeConnection) {
        LOG.log(Level.DEBUG, () -> "Rejected webhook request: " + answer);
        Exchange.write(response, answer, closeConnection);
    }

    /** Logs one WARN when a URL-signing provider's public URL is pinned by neither base URL nor allowed hosts. */
    @Override
    public void init(FilterConfig config) {
        List<String> urlSigning = paths.stream()
                .filter(e ->
                        webhooks.provider(e.getValue()).map(p -> p.signsUrl()).orElse(false))
                .map(e -> e.getKey() + " -> " + e.getValue())
                .toList();
        WebhookServlet.warnIfHostDecidesUrl(
                LOG,
                webhooks,
                options,
                paths.stream().map(Map.Entry::getValue).toList(),
                "WebhookVerificationFilter (paths " + urlSigning + ")");
    }

    /** The provider configured for the request's path, or {@code null}. */
    private @Nullable String providerFor(HttpServletRequest request) {
        String servletPath = request.getServletPath();
        String pathInfo = request.getPathInfo();
        String path = (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
        for (Map.Entry<String, String> entry : paths) {
            String prefix = entry.getKey();
            if (path.startsWith(prefix)
                    && (path.length() == prefix.length()
                            || prefix.endsWith("/")
                            || path.charAt(prefix.length()) == '/')) {
                return entry.getValue();
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "WebhookVerificationFilter" + paths;
    }

    /** Builds a {@link WebhookVerificationFilter}; validates in {@link #build()}. */
    public static final class Builder {
        private final Webhooks webhooks;
        private final Map<String, String> paths = new LinkedHashMap<>();
        private WebhookServlet.Options options = WebhookServlet.Options.defaults();

        private Builder(Webhooks webhooks) {
            this.webhooks = Objects.requireNonNull(webhooks, "webhooks");
        }

        /**
         * Verifies requests to {@code path} (and below it) as deliveries of {@code providerId}.
         *
         * @param path a path within the application, starting with {@code /}, such as {@code /hooks/stripe}
         */
        public Builder path(String path, String providerId) {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(providerId, "providerId");
            if (!path.startsWith("/")) {
                throw new IllegalArgumentException("path: '" + path + "' must start with /");
            }
            String normalized = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            if (paths.putIfAbsent(normalized, providerId) != null) {
                throw new IllegalArgumentException("path: '" + path + "' is configured twice");
            }
            return this;
        }

        /** How to find the public URL (proxies, public base URL); the request as received by default. */
        public Builder options(WebhookServlet.Options options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * @throws IllegalStateException when no path is configured or a path names a provider {@code webhooks}
         *     does not have
         */
        public WebhookVerificationFilter build() {
            if (paths.isEmpty()) {
                throw new IllegalStateException("paths: configure at least one path with path(path, providerId)");
            }
            paths.forEach((path, provider) -> {
                if (webhooks.provider(provider).isEmpty()) {
                    throw new IllegalStateException("paths: '" + path + "' names provider '" + provider
                            + "', which is not registered (registered: " + webhooks.providerIds() + ")");
                }
            });
            return new WebhookVerificationFilter(this);
        }
    }
}
