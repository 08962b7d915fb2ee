package io.webhooks4j.twilio.internal;

import io.webhooks4j.WebhookRequest;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * For the diagnosis only: the URL a proxy's forwarded headers describe. Never used to accept a request, since
 * anyone can send these headers.
 */
public final class ForwardedUrl {
    private ForwardedUrl() {}

    public static boolean present(WebhookRequest request) {
        return request.headers().contains("Forwarded")
                || request.headers().names().stream()
                        .anyMatch(n -> n.toLowerCase(Locale.ROOT).startsWith("x-forwarded-"));
    }

    /** The received URL with scheme and host taken from the forwarded headers; null when they name neither. */
    public static @Nullable String rebuild(WebhookRequest request, String url) {
        String proto = first(request, "X-Forwarded-Proto");
        String host = first(request, "X-Forwarded-Host");
        String port = first(request, "X-Forwarded-Port");
        String forwarded = request.header("Forwarded").orElse(null);
        if (forwarded != null) {
            String element = forwarded.split(",", -1)[0];
            for (String pair : element.split(";", -1)) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    continue;
                }
                String name = pair.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                String value = unquote(pair.substring(eq + 1).strip());
                if (name.equals("proto") && proto == null) {
                    proto = value;
                } else if (name.equals("host") && host == null) {
                    host = value;
                }
            }
        }
        if (proto == null && host == null) {
            return null;
        }
        int sep = url.indexOf("://");
        if (sep <= 0) {
            return null;
        }
        int start = sep + 3;
        int end = SignedString.authorityEnd(url, start);
        String scheme = proto != null ? proto.toLowerCase(Locale.ROOT) : url.substring(0, sep);
        String authority = host != null ? host : url.substring(start, end);
        if (port != null && host != null && authority.indexOf(':') < 0) {
            boolean defaultPort =
                    (scheme.equals("https") && port.equals("443")) || (scheme.equals("http") && port.equals("80"));
            if (!defaultPort) {
                authority = authority + ":" + port;
            }
        }
        return scheme + "://" + authority + url.substring(end);
    }

    private static @Nullable String first(WebhookRequest request, String name) {
        String value = request.header(name).orElse(null);
        if (value == null) {
            return null;
        }
        String first = value.split(",", -1)[0].strip();
        return first.isEmpty() ? null : first;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }
}
