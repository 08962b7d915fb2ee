package io.webhooks4j.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookVerificationException;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue #18: {@code Stripe-Signature} is read in one scan with no substrings and the MAC is fed {@code "<t>."} then
 * the body; every check stays as it was (the number is signed, not its text; the window's edges; any v1).
 */
class StripeSignatureHeaderTest {
    private static final RawBody BODY = Fixtures.body("invoice.paid.json");
    private static final long NOW = Fixtures.NOW.getEpochSecond();

    private static StripeWebhookVerifier verifier() {
        return Fixtures.provider().verifier();
    }

    private static String v1(long t) {
        String header = StripeSigner.create(Fixtures.SECRET).signatureHeader(t, BODY);
        return header.substring(header.indexOf("v1=") + 3);
    }

    private static Reason rejection(String header) {
        try {
            verifier().verify(header, BODY);
        } catch (WebhookVerificationException e) {
            return e.reason();
        }
        throw new AssertionError("accepted: " + header);
    }

    @Test
    void aTimestampWithLeadingZerosIsTheNumberThatWasSigned() {
        assertThat(verifier().verify("t=00" + NOW + ",v1=" + v1(NOW), BODY).signedAt())
                .isEqualTo(Fixtures.NOW);
        assertThat(verifier().verify("t=" + NOW + ",v1=" + v1(NOW), BODY).signedAt())
                .isEqualTo(Fixtures.NOW);
    }

    @Test
    void upperCaseHexAndWhitespaceAroundTheValuesAreRead() {
        assertThat(verifier()
                        .verify(" t = " + NOW + " ,\tv1 = " + v1(NOW).toUpperCase(Locale.ROOT) + " ", BODY)
                        .keyId())
                .isEqualTo("key-1");
    }

    @Test
    void theSignatureOfAnotherTimeOrBodyDoesNotMatch() {
        assertThat(rejection("t=" + (NOW + 1) + ",v1=" + v1(NOW))).isEqualTo(Reason.NO_MATCHING_SIGNATURE);
        String v1 = v1(NOW);
        String flipped = v1.substring(0, 63) + (v1.charAt(63) == '0' ? '1' : '0');
        assertThat(rejection("t=" + NOW + ",v1=" + flipped)).isEqualTo(Reason.NO_MATCHING_SIGNATURE);
        assertThat(rejection("t=" + NOW + ",v1=" + v1(NOW).substring(1))).isEqualTo(Reason.NO_MATCHING_SIGNATURE);
        assertThat(rejection("t=" + NOW + ",v1=" + v1(NOW) + "0")).isEqualTo(Reason.NO_MATCHING_SIGNATURE);
    }

    @Test
    void theWindowsEdgesAreWhereTheyWere() {
        long tolerance = StripeWebhookVerifier.DEFAULT_TOLERANCE.getSeconds();
        long future = StripeWebhookVerifier.DEFAULT_FUTURE_TOLERANCE.getSeconds();
        long oldest = NOW - tolerance;
        long newest = NOW + future;
        assertThat(verifier().verify("t=" + oldest + ",v1=" + v1(oldest), BODY).signedAt())
                .isNotNull();
        assertThat(verifier().verify("t=" + newest + ",v1=" + v1(newest), BODY).signedAt())
                .isNotNull();
        assertThat(rejection("t=" + (oldest - 1) + ",v1=" + v1(oldest - 1))).isEqualTo(Reason.TIMESTAMP_TOO_OLD);
        assertThat(rejection("t=" + (newest + 1) + ",v1=" + v1(newest + 1))).isEqualTo(Reason.TIMESTAMP_TOO_NEW);
        StripeWebhookVerifier strict = StripeProvider.builder()
                .secrets(Fixtures.SECRET)
                .clock(Fixtures.CLOCK)
                .tolerance(Duration.ofSeconds(1))
                .futureTolerance(Duration.ZERO)
                .build()
                .verifier();
        assertThat(strict.verify("t=" + NOW + ",v1=" + v1(NOW), BODY).keyId()).isEqualTo("key-1");
        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> strict.verify("t=" + (NOW + 1) + ",v1=" + v1(NOW + 1), BODY))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.TIMESTAMP_TOO_NEW));
        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> strict.verify("t=" + (NOW - 2) + ",v1=" + v1(NOW - 2), BODY))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.TIMESTAMP_TOO_OLD));
    }

    @Test
    void theSignatureIsCheckedBeforeTheTime() {
        assertThat(rejection("t=1,v1=" + v1(NOW))).isEqualTo(Reason.NO_MATCHING_SIGNATURE);
    }

    @Test
    void aLongHeaderIsReadInLinearTime() {
        String commas = ",".repeat(200_000);
        String names = "x,".repeat(100_000);
        String late = names + "t=" + NOW + "," + "v0=" + "0".repeat(64) + ",".repeat(1000) + "v1=" + v1(NOW);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertThat(rejection(commas)).isEqualTo(Reason.MALFORMED_HEADER);
            assertThat(rejection(names)).isEqualTo(Reason.MALFORMED_HEADER);
            assertThat(verifier().verify(late, BODY).keyId()).isEqualTo("key-1");
        });
    }
}
