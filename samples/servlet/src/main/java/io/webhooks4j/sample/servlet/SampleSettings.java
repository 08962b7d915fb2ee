package io.webhooks4j.sample.servlet;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything the sample receiver is configured with, read once from the environment (and two system properties the
 * build sets) by {@link #from}: tests build one of their own, so no environment variable of theirs leaks in.
 *
 * @param host the interface to listen on ({@code HOST}, default {@code 127.0.0.1})
 * @param port the port ({@code PORT}, default 8080; 0 picks a free one)
 * @param publicBaseUrl the URL Twilio calls ({@code PUBLIC_BASE_URL}), or {@code null}
 * @param secrets each provider's secret, or its development value
 * @param inboxUrl the inbox's JDBC URL ({@code WEBHOOKS_INBOX_URL}), or {@code null} for the H2 file under {@code
 *     inboxDir}
 * @param inboxUser the database user ({@code WEBHOOKS_INBOX_USER}), or {@code null}
 * @param inboxPassword the database password ({@code WEBHOOKS_INBOX_PASSWORD}), or {@code null}
 * @param initialBackoff the wait after a delivery's first failed attempt ({@code WEBHOOKS_INBOX_INITIAL_BACKOFF},
 *     default 2 s; it doubles with each further failure, up to an hour)
 * @param failFirst how many of each delivery's first attempts every handler fails on purpose ({@code
 *     SAMPLE_FAIL_FIRST}, default 0)
 * @param deliveriesDir where the printed test deliveries' bodies are written (the sample's {@code
 *     target/sample-deliveries})
 * @param inboxDir where the H2 inbox database lives (the sample's {@code target/inbox})
 */
record SampleSettings(
        String host,
        int port,
        String publicBaseUrl,
        Map<String, String> secrets,
        String inboxUrl,
        String inboxUser,
        String inboxPassword,
        Duration initialBackoff,
        int failFirst,
        Path deliveriesDir,
        Path inboxDir) {
    /** The interface listened on unless {@code HOST} says otherwise: loopback only. */
    static final String DEFAULT_HOST = "127.0.0.1";

    /** The wait after a first failure unless {@code WEBHOOKS_INBOX_INITIAL_BACKOFF} says otherwise: short, for a demo. */
    static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofSeconds(2);

    /** Where the test deliveries' bodies go (exec:java sets the module's {@code target/sample-deliveries}). */
    static final String DELIVERIES_DIR_PROPERTY = "webhooks4j.sample.dir";

    /** Where the H2 inbox database goes (exec:java sets the module's {@code target/inbox}). */
    static final String INBOX_DIR_PROPERTY = "webhooks4j.sample.inbox.dir";

    static final String INBOX_URL = "WEBHOOKS_INBOX_URL";
    static final String INBOX_USER = "WEBHOOKS_INBOX_USER";
    static final String INBOX_PASSWORD = "WEBHOOKS_INBOX_PASSWORD";
    static final String INITIAL_BACKOFF = "WEBHOOKS_INBOX_INITIAL_BACKOFF";
    static final String FAIL_FIRST = "SAMPLE_FAIL_FIRST";

    private static final Pattern DURATION_PART = Pattern.compile("(\\d+)(ms|s|m|h)");

    SampleSettings {
        Objects.requireNonNull(host, "host");
        secrets = Map.copyOf(secrets);
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(deliveriesDir, "deliveriesDir");
        Objects.requireNonNull(inboxDir, "inboxDir");
    }

    /**
     * The settings {@code env} (environment variables) and {@code properties} (system properties) give.
     *
     * @throws IllegalArgumentException with a message for the person starting the sample, naming the variable and
     *     an example, when a value is not valid
     */
    static SampleSettings from(Function<String, String> env, Function<String, String> properties) {
        String portText = orDefault(env.apply("PORT"), "8080");
        int port;
        try {
            port = Integer.parseInt(portText.strip());
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(
                    "PORT=" + portText + " is not a port number (0-65535); for example: PORT=8081");
        }
        String backoffText = env.apply(INITIAL_BACKOFF);
        Duration backoff = DEFAULT_INITIAL_BACKOFF;
        if (backoffText != null && !backoffText.isBlank()) {
            backoff = parseDuration(backoffText);
            if (backoff == null || backoff.isZero()) {
                throw new IllegalArgumentException(INITIAL_BACKOFF + "=" + backoffText
                        + " is not a positive duration (500ms, 1s, 2m, 1h, or ISO-8601 such as PT1S); for example: "
                        + INITIAL_BACKOFF + "=1s");
            }
        }
        String failText = env.apply(FAIL_FIRST);
        int failFirst = 0;
        if (failText != null && !failText.isBlank()) {
            try {
                failFirst = Integer.parseInt(failText.strip());
            } catch (NumberFormatException e) {
                failFirst = -1;
            }
            if (failFirst < 0) {
                throw new IllegalArgumentException(FAIL_FIRST + "=" + failText
                        + " is not a number of attempts (0 or more); for example: " + FAIL_FIRST + "=1");
            }
        }
        String inboxUrl = blankToNull(env.apply(INBOX_URL));
        if (inboxUrl != null && !inboxUrl.startsWith("jdbc:postgresql:") && !inboxUrl.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException(INBOX_URL + " must be a PostgreSQL or H2 JDBC URL (the sample has those"
                    + " two drivers); for example: " + INBOX_URL + "=jdbc:postgresql://localhost:5432/postgres");
        }
        return new SampleSettings(
                orDefault(env.apply("HOST"), DEFAULT_HOST),
                port,
                blankToNull(env.apply("PUBLIC_BASE_URL")),
                SampleReceiver.secrets(env),
                inboxUrl,
                blankToNull(env.apply(INBOX_USER)),
                env.apply(INBOX_PASSWORD),
                backoff,
                failFirst,
                directory(properties.apply(DELIVERIES_DIR_PROPERTY), "sample-deliveries"),
                directory(properties.apply(INBOX_DIR_PROPERTY), "inbox"));
    }

    /**
     * Defaults for a test: port 0 (a free one), development secrets, the H2 inbox under {@code dir}, a short
     * backoff, no failures on purpose.
     */
    static SampleSettings forTest(Path dir) {
        Map<String, String> secrets = new LinkedHashMap<>(SampleReceiver.secrets(name -> null));
        return new SampleSettings(
                DEFAULT_HOST,
                0,
                null,
                secrets,
                null,
                null,
                null,
                Duration.ofMillis(500),
                0,
                dir.resolve("sample-deliveries"),
                dir.resolve("inbox"));
    }

    SampleSettings withFailFirst(int failFirst) {
        return new SampleSettings(
                host,
                port,
                publicBaseUrl,
                secrets,
                inboxUrl,
                inboxUser,
                inboxPassword,
                initialBackoff,
                failFirst,
                deliveriesDir,
                inboxDir);
    }

    SampleSettings withInitialBackoff(Duration initialBackoff) {
        return new SampleSettings(
                host,
                port,
                publicBaseUrl,
                secrets,
                inboxUrl,
                inboxUser,
                inboxPassword,
                initialBackoff,
                failFirst,
                deliveriesDir,
                inboxDir);
    }

    SampleSettings withPort(int port) {
        return new SampleSettings(
                host,
                port,
                publicBaseUrl,
                secrets,
                inboxUrl,
                inboxUser,
                inboxPassword,
                initialBackoff,
                failFirst,
                deliveriesDir,
                inboxDir);
    }

    SampleSettings withInbox(String url, String user, String password) {
        return new SampleSettings(
                host,
                port,
                publicBaseUrl,
                secrets,
                url,
                user,
                password,
                initialBackoff,
                failFirst,
                deliveriesDir,
                inboxDir);
    }

    /** True when the inbox is the sample's own H2 file (no {@code WEBHOOKS_INBOX_URL}). */
    boolean ownH2File() {
        return inboxUrl == null;
    }

    /** The H2 file database's path without its {@code .mv.db} suffix. */
    Path h2File() {
        return inboxDir.resolve("webhooks4j");
    }

    /**
     * The JDBC URL of the inbox: {@code WEBHOOKS_INBOX_URL}, or the sample's H2 file with {@code AUTO_SERVER=TRUE},
     * so that the CLI can open it while the sample runs (H2 locks its file to one process otherwise).
     */
    String jdbcUrl() {
        return inboxUrl != null ? inboxUrl : "jdbc:h2:file:" + h2File() + ";AUTO_SERVER=TRUE";
    }

    /**
     * The JDBC URL as it may be printed: a password in it ({@code password=...}, {@code user:password@}) replaced by
     * ***. ({@code WEBHOOKS_INBOX_PASSWORD} is not part of the URL, so it is never printed.)
     */
    String shownJdbcUrl() {
        return jdbcUrl()
                .replaceAll("(?i)(password\\s*=\\s*)[^;&\\s]*", "$1***")
                .replaceAll("(//[^/@:\\s]*:)[^/@\\s]*@", "$1***@");
    }

    /** No secret, no password: the settings that are safe to print. */
    @Override
    public String toString() {
        return "SampleSettings[" + host + ":" + port + ", inbox " + shownJdbcUrl() + ", backoff " + initialBackoff
                + ", failFirst " + failFirst + "]";
    }

    /** {@code 500ms}, {@code 1s}, {@code 2m}, {@code 1h}, {@code 1m30s}, a number of seconds, or ISO-8601. */
    static Duration parseDuration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("p")) {
                Duration d = Duration.parse(t.toUpperCase(Locale.ROOT));
                return d.isNegative() ? null : d;
            }
            if (t.matches("\\d+")) {
                return Duration.ofSeconds(Long.parseLong(t));
            }
            Matcher m = DURATION_PART.matcher(t);
            Duration total = Duration.ZERO;
            int at = 0;
            while (at < t.length()) {
                if (!m.find(at) || m.start() != at) {
                    return null;
                }
                long n = Long.parseLong(m.group(1));
                total = total.plus(
                        switch (m.group(2)) {
                            case "ms" -> Duration.ofMillis(n);
                            case "s" -> Duration.ofSeconds(n);
                            case "m" -> Duration.ofMinutes(n);
                            default -> Duration.ofHours(n);
                        });
                at = m.end();
            }
            return at == 0 ? null : total;
        } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    private static Path directory(String configured, String name) {
        return configured == null || configured.isBlank()
                ? Path.of("target", name).toAbsolutePath()
                : Path.of(configured).toAbsolutePath();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
