package io.webhooks4j.twilio.internal;

import io.webhooks4j.FormParameter;
import io.webhooks4j.spi.HmacAlgorithm;
import io.webhooks4j.spi.Secret;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * For diagnoses only: what was signed, with every value replaced by its length and a short fingerprint, so a
 * debug log or {@code verify --explain} never shows a phone number or a message text. The URL's scheme, user
 * name, host, port, path and fragment stay visible (they are what proxies change), as do parameter names and
 * the {@code bodySHA256} hash; passwords show as {@code ***}.
 *
 * <p>A fingerprint is the first 4 bytes (8 hex digits) of HMAC-SHA256 under the first key tried, over a fixed
 * label and the value. Keyed, so nobody reading a log can test guesses (a phone number has too few possible
 * values for a plain hash); stable, so the same value gives the same fingerprint in the receiver's log and in
 * the CLI's {@code verify --explain} run with the same secret, and two variants or two requests can be compared.
 * Reveals nothing about the key: HMAC outputs do not, and the label keeps it apart from any Twilio signature.
 */
public final class Redaction {
    /** Parameters listed before the rest are only counted. */
    static final int MAX_PARAMETERS = 100;

    private static final int MAX_NAME = 64;
    private static final byte[] LABEL = "webhooks4j twilio diagnosis fingerprint\0".getBytes(StandardCharsets.UTF_8);

    private final Secret key;

    public Redaction(Secret key) {
        this.key = key;
    }

    /** {@code [12 chars #1a2b3c4d]}; {@code []} for the empty value. */
    public String value(String value) {
        if (value.isEmpty()) {
            return "[]";
        }
        byte[] v = value.getBytes(StandardCharsets.UTF_8);
        byte[] input = new byte[LABEL.length + v.length];
        System.arraycopy(LABEL, 0, input, 0, LABEL.length);
        System.arraycopy(v, 0, input, LABEL.length, v.length);
        byte[] mac = key.hmac(HmacAlgorithm.SHA256, input);
        return "[" + value.length() + " chars #" + HexFormat.of().formatHex(mac, 0, 4) + "]";
    }

    /** The URL with its password as {@code ***} and each query value redacted (raw, as signed). */
    public String url(String url) {
        String shown = SignedString.redactPassword(url);
        int q = shown.indexOf('?');
        if (q < 0) {
            return shown;
        }
        int hash = shown.indexOf('#', q);
        String query = shown.substring(q + 1, hash < 0 ? shown.length() : hash);
        StringBuilder out = new StringBuilder(shown.length() + 32).append(shown, 0, q + 1);
        String[] segments = query.split("&", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                out.append('&');
            }
            String segment = segments[i];
            int eq = segment.indexOf('=');
            if (eq < 0) {
                out.append(value(segment));
            } else {
                String name = segment.substring(0, eq);
                String value = segment.substring(eq + 1);
                out.append(name(name)).append('=');
                out.append(name.equals(SignedString.BODY_SHA256) ? value : value(value));
            }
        }
        if (hash >= 0) {
            out.append(shown, hash, shown.length());
        }
        return out.toString();
    }

    /** {@code Body=[12 chars #..], From=[12 chars #..]} in signing order, identical duplicates once. */
    public String parameters(@Nullable FormParameter[] sorted) {
        StringBuilder out = new StringBuilder();
        int listed = 0;
        int kept = 0;
        FormParameter previous = null;
        for (FormParameter p : sorted) {
            if (p == null
                    || (previous != null
                            && previous.name().equals(p.name())
                            && previous.value().equals(p.value()))) {
                continue;
            }
            previous = p;
            kept++;
            if (listed < MAX_PARAMETERS) {
                out.append(listed == 0 ? "" : ", ")
                        .append(name(p.name()))
                        .append('=')
                        .append(value(p.value()));
                listed++;
            }
        }
        if (kept > listed) {
            out.append(", ... (").append(kept - listed).append(" more)");
        }
        return out.toString();
    }

    private static String name(String name) {
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME) + "...";
    }
}
