package io.webhooks4j.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.webhooks4j.Keyring;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookVerificationException;
import io.webhooks4j.spi.Verification;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every reason the verifier gives, rotation, and the header variants of the "bad input" list. */
class PagerDutyWebhookVerifierTest {
    private static final String ZEROS = "v1=" + "0".repeat(64);

    private final PagerDutyWebhookVerifier verifier = PagerDutyWebhookVerifier.create(Fixtures.GO_SECRET);

    @Test
    void signerSendsOneSignaturePerSecretDuringRotation() {
        String header = PagerDutySigner.create(Fixtures.OTHER_SECRET, Fixtures.GO_SECRET)
                .signatureHeader(RawBody.ofUtf8(Fixtures.GO_BODY));

        assertThat(header.split(",")).hasSize(2).allMatch(entry -> entry.matches("v1=[0-9a-f]{64}"));
        assertThat(header).endsWith("," + Fixtures.GO_SIGNATURE).doesNotContain(" ");
    }

    @Test
    void acceptsEitherSignatureOfARotation() {
        WebhookRequest rotating = Fixtures.goVector(PagerDutySigner.create(Fixtures.OTHER_SECRET, Fixtures.GO_SECRET)
                .signatureHeader(RawBody.ofUtf8(Fixtures.GO_BODY)));

        assertThat(PagerDutyWebhookVerifier.create(Fixtures.GO_SECRET)
                        .verify(rotating)
                        .keyId())
                .isEqualTo("key-1");
        assertThat(PagerDutyWebhookVerifier.create(Fixtures.OTHER_SECRET)
                        .verify(rotating)
                        .keyId())
                .isEqualTo("key-1");
        Verification named = PagerDutyProvider.builder()
                .keyring(Keyring.builder()
                        .add("2026-05", Fixtures.SECRET)
                        .add("2026-11", Fixtures.GO_SECRET)
                        .build())
                .build()
                .verifier()
                .verify(rotating);
        assertThat(named.keyId()).isEqualTo("2026-11");
        assertThat(named.signedAt()).isNull();
    }

    @Test
    void acceptsTheMatchingSignatureWhereverItIsInTheList() {
        assertThat(verifier.verify(Fixtures.goVector(ZEROS + "," + Fixtures.GO_SIGNATURE + "," + ZEROS))
                        .keyId())
                .isEqualTo("key-1");
    }

    @Test
    void acceptsUpperCaseHexAsGoPagerDutyDoes() {
        // go-pagerduty hex-decodes the value, so case does not matter; PagerDuty's JS/Python examples compare strings
        String upper = "v1=" + Fixtures.GO_SIGNATURE.substring(3).toUpperCase(Locale.ROOT);
        assertThat(verifier.verify(Fixtures.goVector(upper)).keyId()).isEqualTo("key-1");
    }

    @Test
    void ignoresUnknownVersionsNextToAV1Signature() {
        String header = "v2=" + "ab".repeat(40) + "," + Fixtures.GO_SIGNATURE + ",v0=abc";
        assertThat(verifier.verify(Fixtures.goVector(header)).keyId()).isEqualTo("key-1");
    }

    @Test
    void rejectsHeaderWithOnlyAV2SignatureAsMalformed() {
        // go-pagerduty: no v1 entry -> ErrMalformedHeader
        String v2 = "v2=" + Fixtures.GO_SIGNATURE.substring(3);
        assertRejected(Fixtures.goVector(v2), Reason.MALFORMED_HEADER)
                .satisfies(e ->
                        assertThat(e.diagnosis().likelyCauses()).anyMatch(cause -> cause.contains("other than v1")));
    }

    @Test
    void rejectsSpaceAfterTheCommaAsGoPagerDutyDoes() {
        // go-pagerduty splits on ',' and requires the 'v1=' prefix without trimming, so " v1=<right>" is skipped
        // and only the zeros entry is compared; PagerDuty never sends spaces ("a single string without any new lines").
        WebhookRequest spaced = Fixtures.goVector(ZEROS + ", " + Fixtures.GO_SIGNATURE);
        assertRejected(spaced, Reason.NO_MATCHING_SIGNATURE)
                .satisfies(e -> assertThat(e.diagnosis().likelyCauses()).anyMatch(cause -> cause.contains("spaces")));
    }

    @Test
    void rejectsASingleSpacedSignatureAsMalformed() {
        assertRejected(Fixtures.goVector("v1= " + Fixtures.GO_SIGNATURE.substring(3)), Reason.MALFORMED_HEADER);
    }

    @Test
    void rejectsBase64SignatureAndSaysSo() {
        WebhookRequest base64 = Fixtures.goVector("v1=DAuUlbiTo55w0f6i/hH74Kgl+IufZ4RvbMB90rxUds0=");
        assertRejected(base64, Reason.MALFORMED_HEADER)
                .satisfies(e -> assertThat(e.diagnosis().likelyCauses()).anyMatch(cause -> cause.contains("base64")));
    }

    @Test
    void rejectsSignatureHeaderSentTwice() {
        WebhookRequest twice = Fixtures.goVector(Fixtures.GO_SIGNATURE).toBuilder()
                .header("X-PagerDuty-Signature", Fixtures.GO_SIGNATURE)
                .build();
        assertRejected(twice, Reason.MALFORMED_HEADER);
    }

    @Test
    void rejectsEmptySignatureHeaderAsMissing() {
        assertRejected(Fixtures.goVector(""), Reason.MISSING_HEADER);
    }

    @Test
    void rejectsEmptyBodyBeforeLookingAtTheSignatures() {
        WebhookRequest empty =
                Fixtures.goVector("garbage").toBuilder().body(RawBody.empty()).build();
        assertRejected(empty, Reason.EMPTY_BODY);
    }

    @Test
    void rejectsTamperedBody() {
        WebhookRequest tampered = Fixtures.goVector(Fixtures.GO_SIGNATURE).toBuilder()
                .body(Fixtures.GO_BODY.replace("\"urgency\":\"high\"", "\"urgency\":\"low\""))
                .build();
        assertRejected(tampered, Reason.NO_MATCHING_SIGNATURE);
    }

    @Test
    void rejectsBodyReencodedWithCrlfAndSaysSo() {
        RawBody pretty = Fixtures.body("incident.triggered");
        WebhookRequest signed = Fixtures.signed(pretty, "wh-1");
        WebhookRequest crlf =
                signed.toBuilder().body(pretty.utf8().replace("\n", "\r\n")).build();
        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(
                        () -> PagerDutyWebhookVerifier.create(Fixtures.SECRET).verify(crlf))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.NO_MATCHING_SIGNATURE))
                .satisfies(e -> assertThat(e.diagnosis().likelyCauses()).anyMatch(cause -> cause.contains("CRLF")));
    }

    @Test
    void wrongSecretDiagnosisSuggestsAMissingRotatedSecretAndHoldsNoSignature() {
        WebhookRequest rotating = Fixtures.goVector(PagerDutySigner.create(Fixtures.OTHER_SECRET, Fixtures.SECRET)
                .signatureHeader(RawBody.ofUtf8(Fixtures.GO_BODY)));
        assertRejected(rotating, Reason.NO_MATCHING_SIGNATURE).satisfies(e -> {
            assertThat(e.diagnosis().keysTried()).containsExactly("key-1");
            assertThat(e.diagnosis().likelyCauses()).anyMatch(cause -> cause.contains("rotated"));
            assertThat(e.diagnosis().signedContents()).singleElement().satisfies(content -> {
                assertThat(content.length()).isEqualTo(Fixtures.GO_BODY.length());
                assertThat(content.exactText()).isNull();
            });
            String explained = e.diagnosis().explain() + e.getMessage();
            assertThat(explained)
                    .doesNotContain(Fixtures.GO_SIGNATURE.substring(3))
                    .doesNotContain(Fixtures.GO_SECRET);
        });
    }

    @Test
    void verifierAndSignerToStringsShowKeyIdsOnly() {
        assertThat(PagerDutyWebhookVerifier.create(Fixtures.SECRET, Fixtures.OTHER_SECRET)
                        .toString())
                .isEqualTo("PagerDutyWebhookVerifier[Keyring[key-1, key-2]]");
        assertThat(PagerDutySigner.create(Fixtures.SECRET).toString()).doesNotContain(Fixtures.SECRET);
    }

    @Test
    void signerAddsTheHeadersPagerDutyAlwaysSendsWithAStableWebhookId() {
        WebhookRequest bare = WebhookRequest.builder()
                .url(Fixtures.URL)
                .body(Fixtures.body("incident.resolved"))
                .build();
        PagerDutySigner signer = PagerDutySigner.create(Fixtures.SECRET);
        WebhookRequest first = signer.sign(bare);
        WebhookRequest again = signer.sign(bare);

        assertThat(first.header("Content-Type")).contains("application/json");
        assertThat(first.header("User-Agent")).contains("PagerDuty-Webhook/V3.0");
        assertThat(first.header("X-Webhook-Id")).isPresent().isEqualTo(again.header("X-Webhook-Id"));
        assertThat(first.header("X-Webhook-Subscription")).isEmpty();
        assertThat(PagerDutyWebhookVerifier.create(Fixtures.SECRET)
                        .verify(first)
                        .keyId())
                .isEqualTo("key-1");
    }

    private org.assertj.core.api.ThrowableAssertAlternative<WebhookVerificationException> assertRejected(
            WebhookRequest request, Reason reason) {
        return assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> verifier.verify(request))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(reason))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(Fixtures.GO_SECRET));
    }
}
