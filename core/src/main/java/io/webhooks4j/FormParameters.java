package io.webhooks4j;

import io.webhooks4j.spi.WebhookParseException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The parameters of an {@code application/x-www-form-urlencoded} body, decoded from the raw bytes: in the
 * order sent, repeated names kept, {@code +} as a space, percent escapes decoded as UTF-8 bytes. A segment
 * without {@code =} is a name with an empty value; empty segments ({@code a=1&&b=2}) are skipped.
 */
public final class FormParameters implements Iterable<FormParameter> {
    private static final FormParameters EMPTY = new FormParameters(List.of());

    private final List<FormParameter> parameters;

    private FormParameters(List<FormParameter> parameters) {
        this.parameters = parameters;
    }

    public static FormParameters empty() {
        return EMPTY;
    }

    public static FormParameters of(List<FormParameter> parameters) {
        return parameters.isEmpty() ? EMPTY : new FormParameters(List.copyOf(parameters));
    }

    /**
     * Decodes a form body.
     *
     * @throws WebhookParseException with {@link Reason#MALFORMED_BODY} for a broken percent escape
     */
    public static FormParameters parse(RawBody body) {
        return parse(body.array(), 0, body.length());
    }

    /** Decodes the query part of a URL or any form-encoded string. */
    public static FormParameters parse(String encoded) {
        byte[] bytes = encoded.getBytes(StandardCharsets.UTF_8);
        return parse(bytes, 0, bytes.length);
    }

    private static FormParameters parse(byte[] bytes, int from, int to) {
        if (from >= to) {
            return EMPTY;
        }
        List<FormParameter> out = new ArrayList<>();
        int start = from;
        while (start <= to) {
            int end = indexOf(bytes, (byte) '&', start, to);
            if (end > start) {
                int eq = indexOf(bytes, (byte) '=', start, end);
                String name = decode(bytes, start, eq);
                String value = eq < end ? decode(bytes, eq + 1, end) : "";
                out.add(new FormParameter(name, value));
            }
            start = end + 1;
        }
        return out.isEmpty() ? EMPTY : new FormParameters(Collections.unmodifiableList(out));
    }

    private static int indexOf(byte[] bytes, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return to;
    }

    private static String decode(byte[] bytes, int from, int to) {
        boolean plain = true;
        for (int i = from; i < to && plain; i++) {
            plain = bytes[i] != '%' && bytes[i] != '+';
        }
        if (plain) {
            return new String(bytes, from, to - from, StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b == '+') {
                out.write(' ');
            } else if (b == '%') {
                int hi = i + 2 < to ? Character.digit(bytes[i + 1], 16) : -1;
                int lo = i + 2 < to ? Character.digit(bytes[i + 2], 16) : -1;
                if (hi < 0 || lo < 0) {
                    throw new WebhookParseException(
                            Reason.MALFORMED_BODY,
                            "Malformed percent-escape at byte " + i + " of the form-encoded body");
                }
                out.write((hi << 4) | lo);
                i += 2;
            } else {
                out.write(b);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Every parameter, in the order sent. */
    public List<FormParameter> asList() {
        return parameters;
    }

    /** The first value of {@code name}. */
    public Optional<String> first(String name) {
        for (FormParameter p : parameters) {
            if (p.name().equals(name)) {
                return Optional.of(p.value());
            }
        }
        return Optional.empty();
    }

    /** Every value of {@code name}, in order. */
    public List<String> all(String name) {
        List<String> values = new ArrayList<>(1);
        for (FormParameter p : parameters) {
            if (p.name().equals(name)) {
                values.add(p.value());
            }
        }
        return values;
    }

    public int size() {
        return parameters.size();
    }

    public boolean isEmpty() {
        return parameters.isEmpty();
    }

    @Override
    public Iterator<FormParameter> iterator() {
        return parameters.iterator();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FormParameters other && parameters.equals(other.parameters);
    }

    @Override
    public int hashCode() {
        return parameters.hashCode();
    }

    /** Names only: values may hold personal data. */
    @Override
    public String toString() {
        List<String> names = new ArrayList<>(parameters.size());
        parameters.forEach(p -> names.add(p.name()));
        return "FormParameters" + names;
    }
}
