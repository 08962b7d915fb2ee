package io.webhooks4j.servlet;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The public URL of a request, the one a sender such as Twilio signs. See {@link WebhookServlet.Options} for
 * the three ways it is found; this class implements them. From a trusted proxy, only the configured header
 * family is read, and {@code X-Forwarded-Prefix} only when it is enabled. Nothing is decoded and re-encoded: the path is the
 * raw request URI and the query the raw query string.
 */
final class PublicUrl {
    /** A host (name, IPv4 or bracketed IPv6) with an optional port, and nothing else. */
    private static final Pattern AUTHORITY =
            Pattern.compile("(\\[[0-9A-Fa-f:.]+(%[A-Za-z0-9._~-]+)?\\]|[A-Za-z0-9._~-]+)(:\\d{1,5})?");

    private static final Pattern PORT = Pattern.compile("\\d{1,5}");

    private PublicUrl() {}

    static String of(HttpServletRequest request, WebhookServlet.Options options) {
        String query = request.getQueryString();
        String querySuffix = query == null ? "" : "?" + query;
        String base = options.publicBaseUrl().orElse(null);
        if (base != null) {
            return base + pathAfterContext(request) + querySuffix;
        }
        if (options.trustsAnyProxy() && options.trusts(request.getRemoteAddr())) {
            String forwarded = forwardedOrigin(request, options);
            String prefix = options.forwardedPrefix() ? forwardedPrefix(request) : null;
            if (forwarded != null || prefix != null) {
                String origin = forwarded != null ? forwarded : request.getScheme() + "://" + authority(request);
                String path = prefix != null ? prefix + pathAfterContext(request) : request.getRequestURI();
                return origin + path + querySuffix;
            }
        }
        return request.getScheme() + "://" + authority(request) + request.getRequestURI() + querySuffix;
    }

    /**
     * The host named by {@code url} (as built by {@link #of}), lower case, without port or brackets.
     */
    static String host(String url) {
        int start = url.indexOf("://");
        start = start < 0 ? 0 : start + 3;
        int end = start;
        while (end < url.length() && url.charAt(end) != '/' && url.charAt(end) != '?' && url.charAt(end) != '#') {
            end++;
        }
        return WebhookServlet.Options.normalizeHost(hostPart(url.substring(start, end)));
    }

    /**
     * The raw request URI without the context path's segments: the context path may be spelled differently
     * (encoded) in the raw URI, but it always has the same number of segments.
     */
    static String pathAfterContext(HttpServletRequest request) {
        String raw = request.getRequestURI();
        String context = request.getContextPath();
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        int segments = 0;
        if (context != null) {
            for (int i = 0; i < context.length(); i++) {
                if (context.charAt(i) == '/') {
                    segments++;
                }
            }
        }
        int position = 0;
        for (int k = 0; k < segments; k++) {
            int next = raw.indexOf('/', position + 1);
            if (next < 0) {
                return "";
            }
            position = next;
        }
        return raw.substring(position);
    }

    /**
     * The host and port as the client sent them in {@code Host} when they agree with what the container
     * resolved (so a container-level forwarded customiser still wins); otherwise the server name, with the
     * port unless it is the scheme's default.
     */
    static String authority(HttpServletRequest request) {
        String serverName = request.getServerName();
        int serverPort = request.getServerPort();
        String scheme = request.getScheme();
        String host = request.getHeader("Host");
        if (host != null && AUTHORITY.matcher(host).matches()) {
            String hostName = hostPart(host);
            int hostPort = portPart(host, defaultPort(scheme));
            if (sameHost(hostName, serverName) && (serverPort <= 0 || hostPort == serverPort)) {
                return host;
            }
        }
        String name = serverName.indexOf(':') >= 0 && !serverName.startsWith("[") ? "[" + serverName + "]" : serverName;
        return serverPort <= 0 || serverPort == defaultPort(scheme) ? name : name + ":" + serverPort;
    }

    private static boolean sameHost(String a, @Nullable String b) {
        if (b == null) {
            return false;
        }
        return strip(a).equalsIgnoreCase(strip(b));
    }

    private static String strip(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static String hostPart(String authority) {
        int close = authority.lastIndexOf(']');
        int colon = authority.lastIndexOf(':');
        return colon > close ? authority.substring(0, colon) : authority;
    }

    /** The port in {@code authority}, or {@code otherwise} when it has none. */
    private static int portPart(String authority, int otherwise) {
        int close = authority.lastIndexOf(']');
        int colon = authority.lastIndexOf(':');
        if (colon > close && colon < authority.length() - 1) {
            return Integer.parseInt(authority.substring(colon + 1));
        }
        return otherwise;
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : "http".equalsIgnoreCase(scheme) ? 80 : -1;
    }

    /**
     * {@code scheme://host[:port]} from the configured family: {@code Forwarded} (when its element has a proto
     * or host) or {@code X-Forwarded-Proto|Host|Port}; {@code null} when the proxy sent none of them.
     */
    private static @Nullable String forwardedOrigin(HttpServletRequest request, WebhookServlet.Options options) {
        String proto = null;
        String host = null;
        String port = null;
        boolean found;
        if (options.forwardedHeaders() == WebhookServlet.Options.ForwardedHeaders.FORWARDED) {
            // Only RFC 7239: X-Forwarded-* are ignored, whoever wrote them.
            ForwardedElement element = ForwardedElement.outermostTrusted(values(request, "Forwarded"), options);
            found = element != null && (element.proto != null || element.host != null);
            if (found) {
                proto = element.proto;
                host = element.host;
            }
        } else {
            // Only X-Forwarded-*: a Forwarded header (perhaps the client's, passed on) is ignored.
            proto = last(values(request, "X-Forwarded-Proto"));
            host = last(values(request, "X-Forwarded-Host"));
            port = last(values(request, "X-Forwarded-Port"));
            found = proto != null || host != null || port != null;
        }
        if (!found) {
            return null;
        }
        String scheme = proto != null ? proto.toLowerCase(Locale.ROOT) : request.getScheme();
        if (!scheme.equals("http") && !scheme.equals("https")) {
            scheme = request.getScheme();
        }
        if (host == null || !AUTHORITY.matcher(host).matches()) {
            String received = request.getHeader("Host");
            host = received != null && AUTHORITY.matcher(received).matches()
                    ? hostPart(received)
                    : hostPart(authority(request));
        }
        String authority = host;
        boolean hasPort = host.lastIndexOf(':') > host.lastIndexOf(']');
        if (!hasPort && port != null && PORT.matcher(port).matches()) {
            int p = Integer.parseInt(port);
            if (p != defaultPort(scheme)) {
                authority = host + ":" + p;
            }
        }
        return scheme + "://" + authority;
    }

    /** {@code X-Forwarded-Prefix} (the last value, without a trailing slash), or {@code null}. */
    private static @Nullable String forwardedPrefix(HttpServletRequest request) {
        String prefix = last(values(request, "X-Forwarded-Prefix"));
        if (prefix == null || !prefix.startsWith("/")) {
            return null;
        }
        for (int i = 0; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            if (c <= ' ' || c == '?' || c == '#' || c == '\\' || c >= 0x7F) {
                return null;
            }
        }
        while (prefix.endsWith("/")) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        return prefix;
    }

    /** Every value of every field {@code name}, split at commas. */
    private static List<String> values(HttpServletRequest request, String name) {
        List<String> out = new ArrayList<>(1);
        Enumeration<String> fields = request.getHeaders(name);
        if (fields == null) {
            return out;
        }
        while (fields.hasMoreElements()) {
            String field = fields.nextElement();
            if (field != null) {
                out.add(field);
            }
        }
        return out;
    }

    /** The last comma-separated value of the fields, trimmed: the one the nearest (trusted) proxy wrote. */
    private static @Nullable String last(List<String> fields) {
        for (int i = fields.size() - 1; i >= 0; i--) {
            String[] parts = fields.get(i).split(",", -1);
            for (int j = parts.length - 1; j >= 0; j--) {
                String value = parts[j].strip();
                if (!value.isEmpty()) {
                    return value;
                }
            }
        }
        return null;
    }

    /** One element of an RFC 7239 {@code Forwarded} header. */
    private record ForwardedElement(
            @Nullable String forNode,
            @Nullable String proto,
            @Nullable String host) {
        /**
         * The element written by the outermost proxy of the trusted chain: walking from the last element
         * (written by our immediate, trusted peer) leftwards while the element's {@code for} is itself a
         * trusted proxy.
         */
        static @Nullable ForwardedElement outermostTrusted(List<String> fields, WebhookServlet.Options options) {
            List<ForwardedElement> elements = new ArrayList<>();
            for (String field : fields) {
                for (String element : split(field, ',')) {
                    if (!element.isBlank()) {
                        elements.add(parse(element));
                    }
                }
            }
            if (elements.isEmpty()) {
                return null;
            }
            int index = elements.size() - 1;
            while (index > 0 && options.trusts(elements.get(index).forNode)) {
                index--;
            }
            return elements.get(index);
        }

        private static ForwardedElement parse(String element) {
            String forNode = null;
            String proto = null;
            String host = null;
            for (String pair : split(element, ';')) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    continue;
                }
                String key = pair.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                String value = unquote(pair.substring(eq + 1).strip());
                switch (key) {
                    case "for" -> forNode = nodeAddress(value);
                    case "proto" -> proto = value;
                    case "host" -> host = value;
                    default -> {
                        // "by" and extensions are not needed for the URL
                    }
                }
            }
            return new ForwardedElement(forNode, proto, host);
        }

        /** The address of a node ({@code "[2001:db8::1]:4711"}, {@code 192.0.2.60:8080}, {@code unknown}). */
        private static String nodeAddress(String node) {
            if (node.startsWith("[")) {
                int close = node.indexOf(']');
                return close > 0 ? node.substring(1, close) : node;
            }
            int colon = node.indexOf(':');
            return colon >= 0 && node.indexOf(':', colon + 1) < 0 ? node.substring(0, colon) : node;
        }

        private static String unquote(String value) {
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                StringBuilder out = new StringBuilder(value.length());
                for (int i = 1; i < value.length() - 1; i++) {
                    char c = value.charAt(i);
                    if (c == '\\' && i + 1 < value.length() - 1) {
                        c = value.charAt(++i);
                    }
                    out.append(c);
                }
                return out.toString();
            }
            return value;
        }

        /** Splits at {@code separator} outside quoted strings. */
        private static List<String> split(String text, char separator) {
            List<String> out = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted && c == '\\' && i + 1 < text.length()) {
                    current.append(c).append(text.charAt(++i));
                    continue;
                }
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == separator && !quoted) {
                    out.add(current.toString());
                    current.setLength(0);
                    continue;
                }
                current.append(c);
            }
            out.add(current.toString());
            return out;
        }
    }
}
