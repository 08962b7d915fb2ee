package io.webhooks4j.spi;

import io.webhooks4j.Reason;
import io.webhooks4j.WebhookVerificationException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The window a signed timestamp must fall in, for providers that sign one (Stripe, Standard Webhooks): at most
 * {@code tolerance} old and at most {@code futureTolerance} ahead. Checked after the signature matched, so the
 * rejection can say which key matched; its diagnosis (keys tried up to that one, the clock skew, the likely
 * cause) is built only when asked for.
 *
 * @param tolerance how old a signed timestamp may be
 * @param futureTolerance how far ahead of this clock it may be
 */
public record TimestampWindow(Duration tolerance, Duration futureTolerance) {
    public TimestampWindow {
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(futureTolerance, "futureTolerance");
    }

    /**
     * Refuses a signed timestamp outside the window.
     *
     * @param timestamp the timestamp as the sender wrote it (seconds), for the message
     * @param age how long ago it was signed by this verifier's clock (negative: in the future)
     * @param header the header that carries the timestamp, for the message
     * @param keyIds the ids of the keys in the order they were tried
     * @param matchedId the id of the key whose signature matched
     * @throws WebhookVerificationException with {@link Reason#TIMESTAMP_TOO_OLD} or {@link Reason#TIMESTAMP_TOO_NEW}
     */
    public void check(long timestamp, Duration age, String header, List<String> keyIds, String matchedId) {
        if (age.compareTo(tolerance) > 0) {
            throw new WebhookVerificationException(
                    Reason.TIMESTAMP_TOO_OLD,
                    "Timestamp " + timestamp + " in header '" + header + "' is outside the tolerance of " + tolerance,
                    () -> diagnosis(keyIds, matchedId, age)
                            .likelyCause("the delivery is " + age.getSeconds() + " s old: it was held up on the way, "
                                    + "replayed, or this server's clock is ahead (check NTP)")
                            .build());
        }
        if (age.negated().compareTo(futureTolerance) > 0) {
            throw new WebhookVerificationException(
                    Reason.TIMESTAMP_TOO_NEW,
                    "Timestamp " + timestamp + " in header '" + header + "' is further in the future than "
                            + futureTolerance,
                    () -> diagnosis(keyIds, matchedId, age)
                            .likelyCause(
                                    "the delivery is signed " + age.negated().getSeconds()
                                            + " s in the future: this server's clock is behind (check NTP)")
                            .build());
        }
    }

    /** The keys tried up to and including the one that matched, and the skew. */
    private static Diagnosis.Builder diagnosis(List<String> keyIds, String matchedId, Duration age) {
        Diagnosis.Builder diagnosis = Diagnosis.builder();
        for (String id : keyIds) {
            diagnosis.keyTried(id);
            if (id.equals(matchedId)) {
                break;
            }
        }
        return diagnosis.clockSkew(age);
    }
}
