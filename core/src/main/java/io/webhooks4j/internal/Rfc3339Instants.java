package io.webhooks4j.internal;

import io.webhooks4j.spi.WebhookJson;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The two shapes of time providers send most, read without a {@code DateTimeFormatter} (the JDK's instant parser
 * builds one per call, about 1.75 KB): {@code 2026-11-27T10:15:30Z} and {@code 2026-11-27T10:15:30+01:00}, to whole
 * seconds. Anything else (fractions, other
 * offsets, leap seconds, years outside 1 to 9999, text that is not a time) gives {@code null}, and the caller hands
 * the value to the mapper's own {@code Instant} deserializer, which decides as it always has: this is a fast path,
 * never a second opinion.
 */
public final class Rfc3339Instants {
    private static final long MIN_SECOND = WebhookJson.MIN_INSTANT.getEpochSecond();
    private static final long MAX_SECOND = WebhookJson.MAX_INSTANT.getEpochSecond();
    private static final int UTC_LENGTH = "2026-11-27T10:15:30Z".length();
    private static final int OFFSET_LENGTH = "2026-11-27T10:15:30+01:00".length();
    private static final int[] DAYS_BEFORE_MONTH = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    /** 1969 years of 365 days and their 477 leap days (492 by fours, less 19 centuries, plus 4 by four hundreds). */
    private static final long DAYS_FROM_YEAR_1_TO_1970 = 365L * 1969 + 1969 / 4 - 1969 / 100 + 1969 / 400;

    private Rfc3339Instants() {}

    /** The instant {@code text[offset, offset + length)} names, or {@code null} when it is not one of the shapes. */
    public static @Nullable Instant parse(char[] text, int offset, int length) {
        if (length != UTC_LENGTH && length != OFFSET_LENGTH) {
            return null;
        }
        int year = number(text, offset, 4);
        int month = number(text, offset + 5, 2);
        int day = number(text, offset + 8, 2);
        int hour = number(text, offset + 11, 2);
        int minute = number(text, offset + 14, 2);
        int second = number(text, offset + 17, 2);
        if (year < 1
                || month < 1
                || month > 12
                || day < 1
                || day > lengthOfMonth(year, month)
                || hour < 0
                || hour > 23
                || minute < 0
                || minute > 59
                || second < 0
                || second > 59
                || text[offset + 4] != '-'
                || text[offset + 7] != '-'
                || text[offset + 10] != 'T'
                || text[offset + 13] != ':'
                || text[offset + 16] != ':') {
            return null;
        }
        int offsetSeconds;
        char zone = text[offset + 19];
        if (length == UTC_LENGTH) {
            if (zone != 'Z') {
                return null;
            }
            offsetSeconds = 0;
        } else {
            int offsetHours = number(text, offset + 20, 2);
            int offsetMinutes = number(text, offset + 23, 2);
            if ((zone != '+' && zone != '-')
                    || text[offset + 22] != ':'
                    || offsetHours < 0
                    || offsetHours > 17
                    || offsetMinutes < 0
                    || offsetMinutes > 59
                    || (zone == '-' && offsetHours == 0 && offsetMinutes == 0)) {
                return null;
            }
            offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (zone == '-' ? -1 : 1);
        }
        long seconds = epochDay(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
        if (seconds < MIN_SECOND || seconds > MAX_SECOND) {
            return null;
        }
        return Instant.ofEpochSecond(seconds);
    }

    /** The decimal number of {@code digits} ASCII digits at {@code at}, or -1 when one of them is not a digit. */
    private static int number(char[] text, int at, int digits) {
        int value = 0;
        for (int i = at; i < at + digits; i++) {
            int digit = text[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static boolean isLeap(int year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /**
     * Days from 1970-01-01 to the given date of the proleptic Gregorian calendar (year 1 or later): whole years of
     * 365 days plus their leap days, then the days of the months before {@code month}, then the day.
     */
    public static long epochDay(int year, int month, int day) {
        long y = year - 1L;
        long daysBeforeYear = 365 * y + y / 4 - y / 100 + y / 400; // since 0001-01-01
        long dayOfYear = DAYS_BEFORE_MONTH[month - 1] + (month > 2 && isLeap(year) ? 1 : 0) + day - 1;
        return daysBeforeYear + dayOfYear - DAYS_FROM_YEAR_1_TO_1970;
    }
}
