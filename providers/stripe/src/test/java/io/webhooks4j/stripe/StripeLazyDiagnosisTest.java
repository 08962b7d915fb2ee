package io.webhooks4j.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookVerificationException;
import io.webhooks4j.spi.Diagnosis;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * A forged delivery costs about one HMAC per key: the diagnosis (a copy of {@code "<t>.<body>"} and its hash, a
 * UTF-8 decode of the body for the re-encoding hints) is built only when
 * {@link WebhookVerificationException#diagnosis()} is called (issue #15.4). Measured as the bytes the verifying
 * thread allocates, which an eager diagnosis makes at least twice the size of the body.
 */
class StripeLazyDiagnosisTest {
    private static final int BODY_BYTES = 8 * 1024 * 1024;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final StripeWebhookVerifier verifier = StripeProvider.builder()
            .secrets(Fixtures.SECRET, Fixtures.OTHER_SECRET)
            .clock(Fixtures.CLOCK)
            .build()
            .verifier();

    private static RawBody bigBody() {
        byte[] bytes = new byte[BODY_BYTES];
        Arrays.fill(bytes, (byte) 'a');
        return RawBody.of(bytes);
    }

    private static WebhookRequest forged(RawBody body) {
        return StripeProvider.builder()
                .secrets("whsec_someone_elses_secret_0123456789")
                .clock(Fixtures.CLOCK)
                .build()
                .sign(Fixtures.unsigned(body));
    }

    @Test
    void aForgedDeliveryBuildsNoDiagnosisUntilAskedFor() throws Exception {
        WebhookRequest forged = forged(bigBody());
        verifyAndCatch(forged); // loads classes and warms the MACs up, outside the measurement

        long before = THREADS.getCurrentThreadAllocatedBytes();
        WebhookVerificationException e = verifyAndCatch(forged);
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;

        assertThat(e.reason()).isEqualTo(Reason.NO_MATCHING_SIGNATURE);
        assertThat(allocated)
                .as("bytes allocated verifying a forged %d-byte body", BODY_BYTES)
                .isLessThan(BODY_BYTES / 8);

        long beforeDiagnosis = THREADS.getCurrentThreadAllocatedBytes();
        Diagnosis diagnosis = e.diagnosis();
        long allocatedByDiagnosis = THREADS.getCurrentThreadAllocatedBytes() - beforeDiagnosis;

        assertThat(allocatedByDiagnosis).as("the diagnosis is built now").isGreaterThan(BODY_BYTES);
        assertThat(e.diagnosis()).isSameAs(diagnosis);
        assertThat(diagnosis.keysTried()).containsExactly("key-1", "key-2");
        assertThat(diagnosis.clockSkew()).contains(Duration.ZERO);
        String t = String.valueOf(Fixtures.NOW.getEpochSecond());
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update((t + ".").getBytes(StandardCharsets.US_ASCII));
        forged.body().updateDigest(sha256);
        assertThat(diagnosis.signedContents()).singleElement().satisfies(content -> {
            assertThat(content.description()).isEqualTo("t.body");
            assertThat(content.length()).isEqualTo(t.length() + 1 + BODY_BYTES);
            assertThat(content.sha256Hex()).isEqualTo(HexFormat.of().formatHex(sha256.digest()));
        });
    }

    @Test
    void anOldTimestampsDiagnosisIsBuiltOnlyWhenAskedForAndStillExplainsTheAge() {
        WebhookRequest old = StripeProvider.builder()
                .secrets(Fixtures.SECRET)
                .clock(java.time.Clock.fixed(Fixtures.NOW.minusSeconds(3600), java.time.ZoneOffset.UTC))
                .build()
                .sign(Fixtures.unsigned(RawBody.ofUtf8("{}")));

        WebhookVerificationException e = verifyAndCatch(old);

        assertThat(e.reason()).isEqualTo(Reason.TIMESTAMP_TOO_OLD);
        assertThat(e.diagnosis().clockSkew()).contains(Duration.ofSeconds(3600));
        assertThat(e.diagnosis().likelyCauses()).anySatisfy(c -> assertThat(c).contains("3600 s old"));
    }

    private WebhookVerificationException verifyAndCatch(WebhookRequest request) {
        return catchThrowableOfType(WebhookVerificationException.class, () -> verifier.verify(request));
    }
}
