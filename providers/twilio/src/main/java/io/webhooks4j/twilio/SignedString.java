package io.webhooks4j.twilio;

import io.webhooks4j.FormParameter;
import io.webhooks4j.FormParameters;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Twilio's signed string and the URL variants a verifier tries, shared by {@link TwilioWebhookVerifier} and
 * {@link TwilioSigner} so both canonicalise the same way.
 *
 * <p>The signed string is the URL exactly as Twilio requested it, followed, for a form body, by each parameter
 * name and value with no separator: names in ascending UTF-16 code-unit order, the values of a repeated name
 * sorted the same way with identical duplicates dropped (as twilio-node and twilio-python do). Query
 * parameters stay inside the URL and are never re-encoded.
 */
final class SignedString {
    static final String BODY_SHA256 = "bodySHA256";

    private SignedString() {}

    /** {@code url} followed by the sorted parameters. */
    static String of(String url, FormParameters parameters) {
        return parameters.isEmpty() ? url : url + parameterSuffix(parameters);
    }

    /**
     * The parameters' part of the signed string: each name followed by its value, names in ascending code-unit
     * order, the values of a repeated name sorted and identical ones kept once (as twilio-node and -python do).
     * The same for every URL variant, so a verifier builds it once.
     */
    static String parameterSuffix(FormParameters parameters) {
        if (parameters.isEmpty()) {
            return "";
        }
        Map<String, TreeSet<String>> sorted = new TreeMap<>();
        int length = 0;
        for (FormParameter p : parameters) {
            sorted.computeIfAbsent(p.name(), n -> new TreeSet<>()).add(p.value());
            length += p.name().length() + p.value().length();
        }
        StringBuilder out = new StringBuilder(length);
        sorted.forEach(
                (name, values) -> values.forEach(value -> out.append(name).append(value)));
        return out.toString();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The URLs a signature may have been computed over, verbatim first: then the same string with the
     * default port added (when it has none) or its port removed (when it has one). Only the authority part of
     * the string changes; path and query are kept byte for byte.
     */
    static List<String> urlVariants(String url) {
        List<String> variants = new ArrayList<>(2);
        variants.add(url);
        Authority authority = Authority.find(url);
        if (authority != null) {
            String toggled = authority.portToggled();
            if (toggled != null && !toggled.equals(url)) {
                variants.add(toggled);
            }
        }
        return variants;
    }

    /** {@code url} with {@code userInfo@} put in front of its host; null when it cannot be done. */
    static String withUserInfo(String url, String userInfo) {
        Authority authority = Authority.find(url);
        if (authority == null || authority.userInfoEnd >= 0) {
            return null;
        }
        return url.substring(0, authority.start) + userInfo + "@" + url.substring(authority.start);
    }

    /** True when the URL's authority carries {@code user:password@}. */
    static boolean hasPassword(String url) {
        Authority authority = Authority.find(url);
        return authority != null
                && authority.userInfoEnd >= 0
                && url.substring(authority.start, authority.userInfoEnd).indexOf(':') >= 0;
    }

    /** {@code url} with the password of its user info replaced by {@code ***}, for diagnostics. */
    static String redactPassword(String url) {
        Authority authority = Authority.find(url);
        if (authority == null || authority.userInfoEnd < 0) {
            return url;
        }
        String userInfo = url.substring(authority.start, authority.userInfoEnd);
        int colon = userInfo.indexOf(':');
        if (colon < 0) {
            return url;
        }
        return url.substring(0, authority.start + colon + 1) + "***" + url.substring(authority.userInfoEnd);
    }

    /** True when the query of {@code url} has a parameter named {@code bodySHA256}. */
    static boolean hasBodySha256(String url) {
        return bodySha256(url) != null;
    }

    /** The raw value of the first {@code bodySHA256} query parameter, or null. */
    static String bodySha256(String url) {
        int q = url.indexOf('?');
        if (q < 0) {
            return null;
        }
        int end = url.indexOf('#', q);
        String query = url.substring(q + 1, end < 0 ? url.length() : end);
        for (String segment : query.split("&", -1)) {
            if (segment.startsWith(BODY_SHA256 + "=")) {
                return segment.substring(BODY_SHA256.length() + 1);
            }
        }
        return null;
    }

    /** {@code url} with {@code bodySHA256=<hex>} appended to its query. */
    static String appendBodySha256(String url, String hex) {
        int hash = url.indexOf('#');
        String base = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        char separator = base.indexOf('?') < 0 ? '?' : (base.endsWith("?") || base.endsWith("&") ? 0 : '&');
        return base + (separator == 0 ? "" : String.valueOf(separator)) + BODY_SHA256 + "=" + hex + fragment;
    }

    /** Where the authority of an absolute http(s) URL lies in the string. */
    private static final class Authority {
        final String url;
        final String scheme;
        final int start;
        final int end;
        final int userInfoEnd; // index of '@', or -1
        final int portColon; // index of the ':' before the port, or -1

        private Authority(String url, String scheme, int start, int end, int userInfoEnd, int portColon) {
            this.url = url;
            this.scheme = scheme;
            this.start = start;
            this.end = end;
            this.userInfoEnd = userInfoEnd;
            this.portColon = portColon;
        }

        static Authority find(String url) {
            int sep = url.indexOf("://");
            if (sep <= 0) {
                return null;
            }
            String scheme = url.substring(0, sep).toLowerCase(Locale.ROOT);
            int start = sep + 3;
            int end = url.length();
            for (int i = start; i < url.length(); i++) {
                char c = url.charAt(i);
                if (c == '/' || c == '?' || c == '#') {
                    end = i;
                    break;
                }
            }
            int at = url.lastIndexOf('@', end - 1);
            int userInfoEnd = at >= start ? at : -1;
            int hostStart = userInfoEnd >= 0 ? userInfoEnd + 1 : start;
            int portColon = -1;
            int colon = url.lastIndexOf(':', end - 1);
            int bracket = url.lastIndexOf(']', end - 1);
            if (colon >= hostStart && colon > bracket) {
                for (int i = colon + 1; i < end; i++) {
                    if (url.charAt(i) < '0' || url.charAt(i) > '9') {
                        return null; // not a port: leave the URL alone
                    }
                }
                portColon = colon;
            }
            if (hostStart >= end && portColon < 0) {
                return null;
            }
            return new Authority(url, scheme, start, end, userInfoEnd, portColon);
        }

        /** The URL with its port removed, or with the scheme's default port added; null when neither applies. */
        String portToggled() {
            if (portColon >= 0) {
                return url.substring(0, portColon) + url.substring(end);
            }
            String port =
                    switch (scheme) {
                        case "https" -> "443";
                        case "http" -> "80";
                        default -> null;
                    };
            return port == null ? null : url.substring(0, end) + ":" + port + url.substring(end);
        }
    }
}
