package io.webhooks4j.twilio.internal;

import io.webhooks4j.FormParameter;
import io.webhooks4j.FormParameters;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import org.jspecify.annotations.Nullable;

/**
 * Twilio's signed string and the URL variants a verifier tries, shared by {@code TwilioWebhookVerifier} and
 * {@code TwilioSigner} so both canonicalise the same way.
 *
 * <p>The signed string is the URL exactly as Twilio requested it, followed, for a form body, by each parameter
 * name and value with no separator: names in ascending UTF-16 code-unit order, the values of a repeated name
 * sorted the same way with identical duplicates dropped (as twilio-node and twilio-python do). Query
 * parameters stay inside the URL and are never re-encoded.
 */
public final class SignedString {
    public static final String BODY_SHA256 = "bodySHA256";

    private SignedString() {}

    /** The media type of a form post; Twilio signs its parameters. */
    public static final String FORM = "application/x-www-form-urlencoded";

    /**
     * True when a request with this media type is a form whose parameters are signed: a form post, or no
     * Content-Type at all. Anything else (Twilio sends JSON) is covered by {@code bodySHA256} in the URL; only
     * then is {@code bodySHA256} honoured, and only then are the body's bytes never read as parameters.
     */
    public static boolean isForm(String mediaType) {
        return mediaType.isEmpty() || mediaType.equals(FORM);
    }

    /** {@code url} followed by the sorted parameters. */
    public static String of(String url, FormParameters parameters) {
        return parameters.isEmpty() ? url : new String(signedBytes(url, parameters), StandardCharsets.UTF_8);
    }

    /** Name, then value, in UTF-16 code-unit order: the order of a map of names to sorted sets of values. */
    private static final Comparator<FormParameter> ORDER =
            Comparator.comparing(FormParameter::name).thenComparing(FormParameter::value);

    private static final FormParameter[] NONE = new FormParameter[0];

    /**
     * The parameters' part of the signed string, UTF-8: each name followed by its value, names in ascending
     * code-unit order, the values of a repeated name sorted and identical ones kept once (as twilio-node and
     * -python do). For the diagnosis and the signer; a verifier {@link #update feeds} the same bytes to its MAC
     * without building them.
     */
    public static byte[] parameterSuffix(FormParameters parameters) {
        return signedBytes("", parameters);
    }

    /**
     * {@code url} followed by {@link #parameterSuffix the parameters' part}, as one array of exactly their size
     * (one sort of the parameters' references, no per-parameter strings or byte arrays, no copy of a suffix).
     */
    public static byte[] signedBytes(String url, FormParameters parameters) {
        FormParameter[] order = signingOrder(parameters);
        long size = utf8Length(url);
        for (FormParameter p : order) {
            if (p != null) {
                size += utf8Length(p.name()) + utf8Length(p.value());
            }
        }
        if (size > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("signed string too long: " + size + " bytes");
        }
        byte[] out = new byte[(int) size];
        int at = encode(url, out, 0);
        for (FormParameter p : order) {
            if (p != null) {
                at = encode(p.name(), out, at);
                at = encode(p.value(), out, at);
            }
        }
        return out;
    }

    /** {@code url} and {@code suffix} as one array: the exact bytes signed. */
    public static byte[] concat(String url, byte[] suffix) {
        byte[] url8 = utf8(url);
        byte[] all = Arrays.copyOf(url8, url8.length + suffix.length);
        System.arraycopy(suffix, 0, all, url8.length, suffix.length);
        return all;
    }

    /** The parameters in signing order, identical duplicates still present. */
    public static FormParameter[] sorted(FormParameters parameters) {
        if (parameters.isEmpty()) {
            return NONE;
        }
        FormParameter[] sorted = parameters.asList().toArray(NONE);
        Arrays.sort(sorted, ORDER);
        return sorted;
    }

    /**
     * The parameters in signing order with each identical duplicate replaced by null: what the signed string
     * holds after the URL, for {@link #update}. One sort of the references; the same for every URL variant and
     * key, so a verifier builds it once.
     */
    public static FormParameter[] signingOrder(FormParameters parameters) {
        FormParameter[] sorted = sorted(parameters);
        FormParameter kept = null;
        for (int i = 0; i < sorted.length; i++) {
            FormParameter p = sorted[i];
            if (kept != null && kept.name().equals(p.name()) && kept.value().equals(p.value())) {
                sorted[i] = null;
            } else {
                kept = p;
            }
        }
        return sorted;
    }

    /**
     * A buffer for {@link #update}: the signed string's size when it is small (so one {@code Mac.update} takes it
     * all), at most 2 KiB however large the form.
     */
    public static byte[] buffer(String url, FormParameter[] order) {
        long chars = url.length();
        for (FormParameter p : order) {
            if (p != null) {
                chars += p.name().length() + p.value().length();
            }
        }
        return new byte[(int) Math.min(2048, chars + 8)];
    }

    /**
     * Feeds the signed string, {@code url} then the parameters in {@link #signingOrder signing order}, to {@code
     * mac} as UTF-8 (exactly the bytes of {@link #signedBytes}), through {@code buffer} ({@link #buffer}): the
     * signed string itself is never built, so verifying costs no copy of the form however large it is.
     */
    public static void update(Mac mac, String url, FormParameter[] order, byte[] buffer) {
        int at = feed(url, mac, buffer, 0);
        for (FormParameter p : order) {
            if (p != null) {
                at = feed(p.name(), mac, buffer, at);
                at = feed(p.value(), mac, buffer, at);
            }
        }
        if (at > 0) {
            mac.update(buffer, 0, at);
        }
    }

    /** Writes {@code s} as UTF-8 into {@code buffer} from {@code at}, handing full buffers to {@code mac}. */
    private static int feed(String s, Mac mac, byte[] buffer, int at) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c < 0x80) {
                // a run of ASCII, as most of a form is: a tight loop to the end of the run, the string or the buffer
                if (at == buffer.length) {
                    mac.update(buffer, 0, at);
                    at = 0;
                }
                int stop = Math.min(n, i + (buffer.length - at));
                buffer[at++] = (byte) c;
                i++;
                while (i < stop && (c = s.charAt(i)) < 0x80) {
                    buffer[at++] = (byte) c;
                    i++;
                }
                continue;
            }
            if (at > buffer.length - 4) { // room for the longest encoding of one code point
                mac.update(buffer, 0, at);
                at = 0;
            }
            if (c < 0x800) {
                buffer[at++] = (byte) (0xC0 | (c >> 6));
                buffer[at++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                buffer[at++] = (byte) (0xF0 | (cp >> 18));
                buffer[at++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buffer[at++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buffer[at++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                buffer[at++] = '?';
            } else {
                buffer[at++] = (byte) (0xE0 | (c >> 12));
                buffer[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buffer[at++] = (byte) (0x80 | (c & 0x3F));
            }
            i++;
        }
        return at;
    }

    /** The UTF-8 length of {@code s} as {@link String#getBytes} encodes it (a lone surrogate as {@code ?}). */
    private static int utf8Length(String s) {
        int n = s.length();
        int bytes = n;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                if (c < 0x800) {
                    bytes += 1;
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    bytes += 2; // four bytes for two chars
                    i++;
                } else if (!Character.isSurrogate(c)) {
                    bytes += 2;
                }
            }
        }
        return bytes;
    }

    /** Writes {@code s} as UTF-8 at {@code at}, exactly as {@link #utf8Length} counted; returns the next index. */
    private static int encode(String s, byte[] out, int at) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | (c >> 6));
                out[at++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                out[at++] = (byte) (0xF0 | (cp >> 18));
                out[at++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                out[at++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                out[at++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                out[at++] = '?';
            } else {
                out[at++] = (byte) (0xE0 | (c >> 12));
                out[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[at++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return at;
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The URLs a signature may have been computed over, verbatim first: then the same string with the
     * default port added (when it has none) or its port removed (when it has one). Only the authority part of
     * the string changes; path and query are kept byte for byte.
     */
    public static List<String> urlVariants(String url) {
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

    /**
     * {@code url} without the port of its authority (the one form every variant of {@link #urlVariants} shares);
     * unchanged when it has none or cannot be read.
     */
    public static String withoutPort(String url) {
        Authority authority = Authority.find(url);
        return authority == null || authority.portColon < 0
                ? url
                : url.substring(0, authority.portColon) + url.substring(authority.end);
    }

    /** {@code url} with {@code userInfo@} put in front of its host; null when it cannot be done. */
    public static @Nullable String withUserInfo(String url, String userInfo) {
        Authority authority = Authority.find(url);
        if (authority == null || authority.userInfoEnd >= 0) {
            return null;
        }
        return url.substring(0, authority.start) + userInfo + "@" + url.substring(authority.start);
    }

    /** {@code url} with the password of its user info replaced by {@code ***}, for diagnostics. */
    public static String redactPassword(String url) {
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

    /**
     * The raw value of {@code bodySHA256} when it is the last parameter of the query, as Twilio appends it; null
     * otherwise. One anywhere else is not Twilio's: a URL equal to the signed string of a captured form request
     * whose values hold {@code &bodySHA256=<hash>&...} has it in the middle, followed by the rest of the signed
     * parameters.
     */
    public static @Nullable String trailingBodySha256(String url) {
        int q = url.indexOf('?');
        if (q < 0) {
            return null;
        }
        int hash = url.indexOf('#', q);
        int end = hash < 0 ? url.length() : hash;
        int start = Math.max(q, url.lastIndexOf('&', end - 1)) + 1;
        return url.startsWith(BODY_SHA256 + "=", start) ? url.substring(start + BODY_SHA256.length() + 1, end) : null;
    }

    /** True when the query of {@code url} has a parameter named {@code bodySHA256}. */
    public static boolean hasBodySha256(String url) {
        return bodySha256(url) != null;
    }

    /** The raw value of the first {@code bodySHA256} query parameter, or null. */
    private static @Nullable String bodySha256(String url) {
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
    public static String appendBodySha256(String url, String hex) {
        int hash = url.indexOf('#');
        String base = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        char separator = base.indexOf('?') < 0 ? '?' : (base.endsWith("?") || base.endsWith("&") ? 0 : '&');
        return base + (separator == 0 ? "" : String.valueOf(separator)) + BODY_SHA256 + "=" + hex + fragment;
    }

    /** Where the authority that starts at {@code start} ends: at the first {@code /}, {@code ?} or {@code #}. */
    public static int authorityEnd(String url, int start) {
        for (int i = start; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                return i;
            }
        }
        return url.length();
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

        static @Nullable Authority find(String url) {
            int sep = url.indexOf("://");
            if (sep <= 0) {
                return null;
            }
            String scheme = url.substring(0, sep).toLowerCase(Locale.ROOT);
            int start = sep + 3;
            int end = authorityEnd(url, start);
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
        @Nullable
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
