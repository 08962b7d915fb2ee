package io.webhooks4j.cli;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The TIME and DURATION arguments of the {@code inbox} commands, and how times are shown.
 *
 * <p>A DURATION is a sequence of a number and a unit ({@code ms}, {@code s}, {@code m}, {@code h}, {@code d},
 * {@code w}: {@code 30m}, {@code 2h}, {@code 7d}, {@code 1h30m}) or ISO-8601 ({@code PT2H}). A TIME is an ISO-8601
 * instant ({@code 2026-12-01T10:00:00Z}), a date and time with an offset ({@code 2026-12-01T11:00:00+01:00}), a date
 * (its midnight UTC), or a DURATION meaning that long ago.
 */
final class InboxTimes {
    private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h|d|w)");

    static final String DURATION_HELP = "a duration: 30s, 30m, 2h, 7d, 1h30m, or ISO-8601 such as PT2H";
    static final String TIME_HELP =
            "an ISO-8601 instant (2026-12-01T10:00:00Z, or with an offset), a date (midnight UTC), or a duration ago"
                    + " (30m, 2h, 7d)";

    private InboxTimes() {}

    /**
     * Parses a DURATION given to {@code option}.
     *
     * @throws Main.UsageException naming the option and the accepted forms when {@code text} is not one, or negative
     */
    static Duration duration(String option, String text) {
        Duration parsed = parseDuration(text);
        if (parsed == null) {
            throw new Main.UsageException(option + ": '" + text + "' is not " + DURATION_HELP);
        }
        return parsed;
    }

    /** The duration {@code text} stands for, or {@code null} when it is not one (negative ones are not). */
    static @Nullable Duration parseDuration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return null;
        }
        try {
            if (t.startsWith("p")) {
                Duration d = Duration.parse(t.toUpperCase(Locale.ROOT));
                return d.isNegative() ? null : d;
            }
            Matcher m = PART.matcher(t);
            Duration total = Duration.ZERO;
            int at = 0;
            while (at < t.length()) {
                if (!m.find(at) || m.start() != at) {
                    return null;
                }
                long n = Long.parseLong(m.group(1));
                Duration part =
                        switch (m.group(2)) {
                            case "ms" -> Duration.ofMillis(n);
                            case "s" -> Duration.ofSeconds(n);
                            case "m" -> Duration.ofMinutes(n);
                            case "h" -> Duration.ofHours(n);
                            case "d" -> Duration.ofDays(n);
                            default -> Duration.ofDays(Math.multiplyExact(n, 7));
                        };
                total = total.plus(part);
                at = m.end();
            }
            return total;
        } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    /**
     * Parses a TIME given to {@code option}; a duration is that long before {@code now}.
     *
     * @throws Main.UsageException naming the option and the accepted forms when {@code text} is not one
     */
    static Instant time(String option, String text, Instant now) {
        String t = text.strip();
        try {
            return Instant.parse(t);
        } catch (DateTimeException e) {
            // not an instant with Z; try the other forms
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeException e) {
            // not with an offset either
        }
        try {
            return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeException e) {
            // not a date
        }
        Duration ago = parseDuration(t);
        if (ago != null) {
            try {
                return now.minus(ago);
            } catch (DateTimeException | ArithmeticException e) {
                throw new Main.UsageException(option + ": '" + text + "' reaches back before any time there is");
            }
        }
        if (t.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
            throw new Main.UsageException(option + ": '" + text + "' has no time zone: add Z (UTC) or an offset,"
                    + " e.g. 2026-12-01T10:00:00Z");
        }
        throw new Main.UsageException(option + ": '" + text + "' is not " + TIME_HELP);
    }

    /** An instant as shown: ISO-8601 in UTC to the second; {@code -} for none. */
    static String show(@Nullable Instant instant) {
        return instant == null ? "-" : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** A duration as a person reads it: {@code 42 s}, {@code 5 min}, {@code 3 h 20 min}, {@code 2 d 4 h}. */
    static String human(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 120) {
            return s + " s";
        }
        long m = s / 60;
        if (m < 120) {
            return m + " min";
        }
        long h = m / 60;
        if (h < 48) {
            return h + " h" + (m % 60 == 0 ? "" : " " + (m % 60) + " min");
        }
        return (h / 24) + " d" + (h % 24 == 0 ? "" : " " + (h % 24) + " h");
    }
}
