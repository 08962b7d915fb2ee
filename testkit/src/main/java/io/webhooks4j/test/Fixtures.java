package io.webhooks4j.test;

import io.webhooks4j.Headers;
import io.webhooks4j.RawBody;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in fixtures: realistic deliveries for every provider, at least one per typed event family, written
 * for webhooks4j (not copied from the providers). Listed in {@code io/webhooks4j/test/fixtures/index.tsv}:
 * provider, name, body file, header file (or {@code -}), description and, optionally, aliases.
 *
 * <p>A fixture's name is the event type its provider parses it into ({@code invoice.paid},
 * {@code message.incoming}), with a suffix for a second fixture of one type ({@code
 * message.incoming.whatsapp}). Twilio's fixtures were renamed to match {@code TwilioEvents}; their old names
 * ({@code incoming-message}, {@code message-status}, ...) still work as aliases in {@link #find} and {@link
 * #get}.
 */
public final class Fixtures {
    private static final String ROOT = "/io/webhooks4j/test/fixtures/";
    private static final Map<String, Fixture> ALIASES = new HashMap<>();
    private static final List<Fixture> ALL = load();

    private Fixtures() {}

    /** Every fixture, in index order. */
    public static List<Fixture> all() {
        return ALL;
    }

    /** The fixtures of {@code provider}. */
    public static List<Fixture> of(String provider) {
        List<Fixture> out = new ArrayList<>();
        for (Fixture f : ALL) {
            if (f.provider().equals(provider)) {
                out.add(f);
            }
        }
        return out;
    }

    /** The fixture {@code name} (or one of its aliases) of {@code provider}. */
    public static Optional<Fixture> find(String provider, String name) {
        for (Fixture f : ALL) {
            if (f.provider().equals(provider) && f.name().equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.ofNullable(ALIASES.get(provider + "\t" + name));
    }

    /** The older names {@code fixture} can also be found by (empty for most). */
    public static List<String> aliasesOf(Fixture fixture) {
        List<String> out = new ArrayList<>();
        ALIASES.forEach((key, f) -> {
            if (f.equals(fixture)) {
                out.add(key.substring(key.indexOf('\t') + 1));
            }
        });
        Collections.sort(out);
        return out;
    }

    /**
     * The fixture {@code name} of {@code provider}.
     *
     * @throws IllegalArgumentException listing the fixtures there are
     */
    public static Fixture get(String provider, String name) {
        return find(provider, name).orElseThrow(() -> {
            List<String> names = new ArrayList<>();
            of(provider).forEach(f -> names.add(f.name()));
            return new IllegalArgumentException(
                    "No fixture '" + name + "' for provider '" + provider + "'; there are: " + names);
        });
    }

    private static List<Fixture> load() {
        List<Fixture> out = new ArrayList<>();
        try (InputStream index = Fixtures.class.getResourceAsStream(ROOT + "index.tsv")) {
            if (index == null) {
                return List.of();
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length < 5) {
                    throw new IllegalStateException("Bad fixture index line: " + line);
                }
                RawBody body = RawBody.of(resource(cols[2]));
                Headers headers = "-".equals(cols[3])
                        ? Headers.empty()
                        : parseHeaders(new String(resource(cols[3]), StandardCharsets.UTF_8));
                Fixture fixture = new Fixture(cols[0], cols[1], cols[4], headers, body);
                out.add(fixture);
                if (cols.length > 5) {
                    for (String alias : cols[5].split(",")) {
                        if (!alias.isBlank()) {
                            ALIASES.put(cols[0] + "\t" + alias.strip(), fixture);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableList(out);
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = Fixtures.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalStateException("Missing fixture file " + ROOT + path);
            }
            return in.readAllBytes();
        }
    }

    /** Parses {@code Name: value} lines. */
    static Headers parseHeaders(String text) {
        Headers.Builder headers = Headers.builder();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("Not a 'Name: value' header line: " + line);
            }
            headers.add(
                    line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
        return headers.build();
    }
}
