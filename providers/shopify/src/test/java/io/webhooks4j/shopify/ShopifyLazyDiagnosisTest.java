package io.webhooks4j.shopify;

import static io.webhooks4j.shopify.ShopifyFixtures.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookVerificationException;
import io.webhooks4j.spi.Diagnosis;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * A forged delivery costs about one HMAC per key: the diagnosis (a copy and a hash of the body, a UTF-8 decode for
 * the re-encoding hints) is built only when {@link WebhookVerificationException#diagnosis()} is called (issue
 * #15.4). Measured as the bytes the verifying thread allocates, which an eager diagnosis makes at least the
 * size of the body.
 */
class ShopifyLazyDiagnosisTest {
    private static final int BODY_BYTES = 8 * 1024 * 1024;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final ShopifyWebhookVerifier verifier = ShopifyWebhookVerifier.create(SECRET, "shpss_second_key_0123");

    private static WebhookRequest forged(RawBody body) {
        return ShopifySigner.create("someone else's secret")
                .sign(ShopifyFixtures.unsigned("orders/create", body).build());
    }

    private static RawBody bigBody() {
        byte[] bytes = new byte[BODY_BYTES];
        Arrays.fill(bytes, (byte) 'a');
        bytes[0] = '"';
        bytes[bytes.length - 1] = '"';
        return RawBody.of(bytes);
    }

    @Test
    void aForgedDeliveryBuildsNoDiagnosisUntilAskedFor() {
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
        assertThat(diagnosis.signedContents()).singleElement().satisfies(content -> {
            assertThat(content.length()).isEqualTo(BODY_BYTES);
            assertThat(content.sha256Hex())
                    .isEqualTo(HexFormat.of().formatHex(forged.body().sha256()));
        });
    }

    @Test
    void theLazyDiagnosisStillNamesAnAccessTokenUsedAsSecretWithoutShowingIt() {
        ShopifyWebhookVerifier withToken = ShopifyWebhookVerifier.create("shpat_0123456789abcdef0123456789abcdef");
        WebhookRequest forged = forged(RawBody.ofUtf8("{\"id\": 1}"));

        WebhookVerificationException e =
                catchThrowableOfType(WebhookVerificationException.class, () -> withToken.verify(forged));

        assertThat(e.diagnosis().likelyCauses()).anySatisfy(c -> assertThat(c).contains("access token"));
        assertThat(e.diagnosis().explain()).doesNotContain("shpat_0123456789abcdef");
    }

    private WebhookVerificationException verifyAndCatch(WebhookRequest request) {
        return catchThrowableOfType(WebhookVerificationException.class, () -> verifier.verify(request));
    }
}
