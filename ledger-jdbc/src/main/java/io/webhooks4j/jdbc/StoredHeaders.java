package io.webhooks4j.jdbc;

import io.webhooks4j.Headers;
import io.webhooks4j.spi.WebhookJson;
import java.util.List;
import java.util.Map;

/**
 * How {@link JdbcInbox} keeps a delivery's headers in its {@code headers} column: one JSON object, each name (as
 * received) mapped to the array of its values in the order received, for example {@code
 * {"Content-Type":["application/json"],"X-Multi":["a","b"]}}. Written in pure ASCII (every character outside
 * {@code 0x20..0x7e} as a {@code \}{@code uXXXX} escape), so the text is the same in any database character set and
 * any Java string, even one with an unpaired surrogate or a NUL, comes back exactly.
 */
final class StoredHeaders {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private StoredHeaders() {}

    static String encode(Headers headers) {
        StringBuilder out = new StringBuilder(64);
        out.append('{');
        boolean firstName = true;
        for (Map.Entry<String, List<String>> entry : headers.asMap().entrySet()) {
            if (!firstName) {
                out.append(',');
            }
            firstName = false;
            quote(out, entry.getKey());
            out.append(":[");
            boolean firstValue = true;
            for (String value : entry.getValue()) {
                if (!firstValue) {
                    out.append(',');
                }
                firstValue = false;
                quote(out, value);
            }
            out.append(']');
        }
        return out.append('}').toString();
    }

    /**
     * The headers written by {@link #encode}.
     *
     * @throws IllegalArgumentException when {@code json} is not such an object
     */
    static Headers decode(String json) {
        Object parsed;
        try {
            parsed = WebhookJson.read(json, Map.class);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a JSON object of header names to arrays of values", e);
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("not a JSON object of header names to arrays of values");
        }
        Headers.Builder builder = Headers.builder();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String name) || !(entry.getValue() instanceof List<?> values)) {
                throw new IllegalArgumentException("a header is not a name with an array of values");
            }
            for (Object value : values) {
                if (!(value instanceof String text)) {
                    throw new IllegalArgumentException("a header value is not a string");
                }
                builder.add(name, text);
            }
        }
        return builder.build();
    }

    private static void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                out.append(c);
            } else {
                out.append("\\u")
                        .append(HEX[(c >> 12) & 0xf])
                        .append(HEX[(c >> 8) & 0xf])
                        .append(HEX[(c >> 4) & 0xf])
                        .append(HEX[c & 0xf]);
            }
        }
        out.append('"');
    }
}
