package io.webhooks4j.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookVerificationException;
import io.webhooks4j.spi.Diagnosis;
import io.webhooks4j.spi.WebhookProvider;
import io.webhooks4j.test.TestDeliveries;
import io.webhooks4j.test.kit.WebhookProviderCompatibilityKit;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The provider compatibility kit, for PagerDuty (no timestamp is signed), and PagerDuty's own diagnoses. */
class PagerDutyCompatibilityTest extends WebhookProviderCompatibilityKit {
    /** Values of the signature header that are present but cannot be read. */
    static final List<String> MALFORMED = List.of(
            "garbage",
            "v2=0c0b9495b893a39e70d1fea2fe11fbe0a825f88b9f67846f6cc07dd2bc5476cd",
            "v1=xyz",
            "v1=0c0b9495",
            "v1=DAuUlbiTo55w0f6i/hH74Kgl+IufZ4RvbMB90rxUds0=",
            ",",
            "sha256=0c0b9495b893a39e70d1fea2fe11fbe0a825f88b9f67846f6cc07dd2bc5476cd");

    PagerDutyCompatibilityTest() {
        super(
                new PagerDutyProviderFactory(),
                Fixtures.SECRET,
                Fixtures.OTHER_SECRET,
                PagerDutyHeaders.SIGNATURE,
                MALFORMED);
    }

    private static final PagerDutyWebhookVerifier VERIFIER =
            PagerDutyWebhookVerifier.create(Fixtures.SECRET, Fixtures.OTHER_SECRET);

    /** PagerDuty signs the body only: the webhook id and the subscription are not signed. */
    @Override
    protected List<String> unsignedHeaders() {
        return List.of(PagerDutyHeaders.WEBHOOK_ID, PagerDutyHeaders.SUBSCRIPTION, "User-Agent");
    }

    private static WebhookVerificationException reject(WebhookRequest request) {
        return catchThrowableOfType(WebhookVerificationException.class, () -> VERIFIER.verify(request));
    }

    @Test
    void aForgedSignatureBuildsNoDiagnosisUntilAsked() throws Exception {
        RawBody body = RawBody.ofUtf8("\uFEFF{\"event\":{}}");
        WebhookRequest forged = Fixtures.unsigned(body, "wh-1").toBuilder()
                .header(
                        "X-PagerDuty-Signature",
                        "v1=" + "ab".repeat(32) + ",v1=" + "cd".repeat(32) + ",v1=" + "ef".repeat(32))
                .build();
        WebhookVerificationException e = reject(forged);
        assertThat(e.reason()).isEqualTo(Reason.NO_MATCHING_SIGNATURE);
        assertThat(diagnosisBuilt(e)).as("diagnosis built before anyone asked").isFalse();

        Diagnosis diagnosis = e.diagnosis();
        assertThat(diagnosisBuilt(e)).isTrue();
        assertThat(diagnosis.keysTried()).containsExactly("key-1", "key-2");
        assertThat(diagnosis.signedContents()).singleElement().satisfies(c -> {
            assertThat(c.length()).isEqualTo(body.length());
            assertThat(c.sha256Hex()).isEqualTo(HexFormat.of().formatHex(body.sha256()));
        });
        assertThat(diagnosis.likelyCauses())
                .anyMatch(c -> c.contains("byte order mark"))
                .anyMatch(c -> c.contains("3 signatures"));
        assertThat(diagnosis.explain()).doesNotContain(Fixtures.SECRET);
    }

    @Test
    void anUnreadableHeaderBuildsNoDiagnosisUntilAsked() throws Exception {
        WebhookVerificationException e = reject(Fixtures.goVector("v1=" + "q".repeat(43) + "="));
        assertThat(e.reason()).isEqualTo(Reason.MALFORMED_HEADER);
        assertThat(diagnosisBuilt(e)).isFalse();
        assertThat(e.diagnosis().likelyCauses()).isNotEmpty();
    }

    @Test
    void aTestDeliverySignsWithEveryKeyOfARotation() {
        WebhookRequest both = TestDeliveries.provider("pagerduty")
                .secrets("old_secret_1", "new_secret_2")
                .fixture("incident.triggered")
                .build();
        WebhookProvider<?> onlyNew =
                TestDeliveries.provider("pagerduty").secrets("new_secret_2").providerInstance();
        assertThat(onlyNew.verify(both).keyId()).isEqualTo("key-1");
    }
}
