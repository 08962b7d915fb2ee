package io.webhooks4j.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.webhooks4j.Keyring;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookVerificationException;
import io.webhooks4j.spi.Secret;
import io.webhooks4j.spi.Verification;
import io.webhooks4j.spi.WebhookParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

class GitHubWebhookVerifierTest {
    // Golden vector from GitHub's docs, "Validating webhook deliveries", section "Testing the webhook payload
    // validation" (https://docs.github.com/en/webhooks/using-webhooks/validating-webhook-deliveries).
    private static final String DOCS_SECRET = "It's a Secret to Everybody";
    private static final String DOCS_BODY = "Hello, World!";
    private static final String DOCS_SIGNATURE =
            "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";

    private final GitHubWebhookVerifier verifier = GitHubWebhookVerifier.create(Fixtures.SECRET);
    /** A provider accepting the legacy SHA-1 header: its verifier and its signer (which sends both headers). */
    private static final GitHubProvider LEGACY = GitHubProvider.builder()
            .secrets(Fixtures.SECRET)
            .allowLegacySha1(true)
            .build();

    private static WebhookRequest withSignature(WebhookRequest request, String header, String value) {
        return request.toBuilder().setHeader(header, value).build();
    }

    private static void assertRejected(GitHubWebhookVerifier verifier, WebhookRequest request, Reason reason) {
        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> verifier.verify(request))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(reason))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(Fixtures.SECRET));
    }

    @Test
    void acceptsGitHubsDocumentedTestVector() {
        WebhookRequest request = withSignature(
                Fixtures.unsigned("ping", RawBody.ofUtf8(DOCS_BODY)), GitHubHeaders.SIGNATURE_256, DOCS_SIGNATURE);
        assertThat(GitHubWebhookVerifier.create(DOCS_SECRET).verify(request).keyId())
                .isEqualTo("key-1");
    }

    @Test
    void signerReproducesGitHubsDocumentedTestVector() {
        assertThat(GitHubSigner.create(DOCS_SECRET).signature256(RawBody.ofUtf8(DOCS_BODY)))
                .isEqualTo(DOCS_SIGNATURE);
    }

    @Test
    void acceptsUppercaseHexSignature() {
        WebhookRequest request = withSignature(
                Fixtures.unsigned("ping", RawBody.ofUtf8(DOCS_BODY)),
                GitHubHeaders.SIGNATURE_256,
                "sha256=" + DOCS_SIGNATURE.substring(7).toUpperCase(java.util.Locale.ROOT));
        assertThat(GitHubWebhookVerifier.create(DOCS_SECRET).verify(request).keyId())
                .isEqualTo("key-1");
    }

    @Test
    void verifiesPayloadWithEmojiAndUppercaseEscapesOnItsRawBytes() {
        RawBody body = Fixtures.body("issue_comment.created");
        assertThat(body.utf8()).contains("\\u001B[32m").contains("\uD83D\uDE80");
        WebhookRequest request = Fixtures.signed("issue_comment.created");
        assertThat(verifier.verify(request).keyId()).isEqualTo("key-1");
    }

    @Test
    void rejectsReserialisedBody() {
        WebhookRequest request = Fixtures.signed("issue_comment.created");
        // What a framework that parsed and re-wrote the JSON would hand over: same data, other bytes.
        String reserialised = request.body().utf8().replace("\\u001B", "\\u001b");
        assertRejected(
                verifier, request.toBuilder().body(RawBody.ofUtf8(reserialised)).build(), Reason.NO_MATCHING_SIGNATURE);
    }

    @Test
    void verifiesFormEncodedHookOverTheRawFormBody() {
        RawBody form = Fixtures.formEncoded(Fixtures.body("push"));
        WebhookRequest request = GitHubSigner.create(Fixtures.SECRET).sign(Fixtures.unsignedForm("push", form));
        assertThat(verifier.verify(request).keyId()).isEqualTo("key-1");
    }

    @Test
    void formHookSignedOverTheDecodedPayloadIsRejectedWithAHint() {
        RawBody json = Fixtures.body("push");
        WebhookRequest request = withSignature(
                Fixtures.unsignedForm("push", Fixtures.formEncoded(json)),
                GitHubHeaders.SIGNATURE_256,
                GitHubSigner.create(Fixtures.SECRET).signature256(json));
        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> verifier.verify(request))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.NO_MATCHING_SIGNATURE))
                .satisfies(e -> assertThat(e.diagnosis().likelyCauses()).anyMatch(c -> c.contains("raw form body")));
    }

    @Test
    void rejectsMissingSignatureHeader() {
        assertRejected(verifier, Fixtures.unsigned("push", Fixtures.body("push")), Reason.MISSING_HEADER);
    }

    @Test
    void rejectsEmptySignatureHeader() {
        assertRejected(
                verifier,
                withSignature(Fixtures.signed("push"), GitHubHeaders.SIGNATURE_256, " "),
                Reason.MISSING_HEADER);
    }

    @Test
    void rejectsSignatureHeaderSentTwice() {
        WebhookRequest signed = Fixtures.signed("push");
        WebhookRequest twice = signed.toBuilder()
                .header(
                        GitHubHeaders.SIGNATURE_256,
                        signed.header(GitHubHeaders.SIGNATURE_256).orElseThrow())
                .build();
        assertRejected(verifier, twice, Reason.MALFORMED_HEADER);
    }

    @Test
    void rejectsWrongPrefixNotHexAndWrongLengthAsMalformed() {
        WebhookRequest signed = Fixtures.signed("push");
        String hex = signed.header(GitHubHeaders.SIGNATURE_256).orElseThrow().substring(7);
        for (String value :
                List.of("sha1=" + hex, "sha512=" + hex, "sha256=" + hex.substring(2) + "xy", "sha256=" + hex + "00")) {
            assertRejected(
                    verifier, withSignature(signed, GitHubHeaders.SIGNATURE_256, value), Reason.MALFORMED_HEADER);
        }
    }

    @Test
    void rejectsTamperedBodyWithDiagnosisNamingKeysButNoSecret() {
        WebhookRequest signed = Fixtures.signed("push");
        WebhookRequest tampered = signed.toBuilder()
                .body(signed.body().utf8().replace("refs/heads/main", "refs/heads/mainx"))
                .build();
        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> GitHubWebhookVerifier.create(Fixtures.OTHER_SECRET, Fixtures.SECRET)
                        .verify(tampered))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.NO_MATCHING_SIGNATURE))
                .satisfies(e -> assertThat(e.diagnosis().keysTried()).containsExactly("key-1", "key-2"))
                .satisfies(e -> assertThat(e.diagnosis().signedContents()).hasSize(1))
                .satisfies(e -> assertThat(e.diagnosis().explain())
                        .doesNotContain(Fixtures.SECRET)
                        .doesNotContain(
                                signed.header(GitHubHeaders.SIGNATURE_256).orElseThrow()));
    }

    @Test
    void diagnosisSaysWhenTheSecretLooksLikeAToken() {
        GitHubWebhookVerifier withToken = GitHubWebhookVerifier.create("ghp_notAWebhookSecret0123456789");
        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> withToken.verify(Fixtures.signed("push")))
                .satisfies(e -> assertThat(e.diagnosis().likelyCauses()).anyMatch(c -> c.contains("GitHub token")));
    }

    @Test
    void authenticDeliveryWithoutEventHeaderIsMissingEventType() {
        WebhookRequest request = GitHubSigner.create(Fixtures.SECRET)
                .sign(Fixtures.unsigned("push", Fixtures.body("push")).toBuilder()
                        .removeHeader(GitHubHeaders.EVENT)
                        .build());
        assertThatExceptionOfType(WebhookParseException.class)
                .isThrownBy(() -> verifier.verify(request))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_EVENT_TYPE));
    }

    @Test
    void forgedDeliveryWithoutEventHeaderIsStillAnAuthenticationFailure() {
        WebhookRequest request =
                withSignature(Fixtures.signed("push"), GitHubHeaders.SIGNATURE_256, "sha256=" + "00".repeat(32))
                        .toBuilder()
                        .removeHeader(GitHubHeaders.EVENT)
                        .build();
        assertRejected(verifier, request, Reason.NO_MATCHING_SIGNATURE);
    }

    @Test
    void legacySha1AloneIsRejectedByDefault() {
        WebhookRequest sha1Only = LEGACY.signer().sign(Fixtures.unsigned("push", Fixtures.body("push"))).toBuilder()
                .removeHeader(GitHubHeaders.SIGNATURE_256)
                .build();
        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> verifier.verify(sha1Only))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_HEADER))
                .satisfies(e -> assertThat(e.getMessage()).contains(GitHubHeaders.SIGNATURE_SHA1))
                .satisfies(e -> assertThat(e.diagnosis().likelyCauses()).anyMatch(c -> c.contains("allowLegacySha1")));
    }

    @Test
    void legacySha1AloneIsAcceptedWhenAllowed() {
        WebhookRequest sha1Only = LEGACY.signer().sign(Fixtures.unsigned("push", Fixtures.body("push"))).toBuilder()
                .removeHeader(GitHubHeaders.SIGNATURE_256)
                .build();
        GitHubWebhookVerifier legacy = LEGACY.verifier();
        assertThat(legacy.verify(sha1Only).keyId()).isEqualTo("key-1");
        assertRejected(
                legacy,
                withSignature(sha1Only, GitHubHeaders.SIGNATURE_SHA1, "sha1=" + "ab".repeat(20)),
                Reason.NO_MATCHING_SIGNATURE);
        assertRejected(
                legacy, withSignature(sha1Only, GitHubHeaders.SIGNATURE_SHA1, "sha1=abcd"), Reason.MALFORMED_HEADER);
    }

    @Test
    void sha256IsPreferredOverAValidSha1WhenBothAreSent() {
        WebhookRequest both = LEGACY.signer().sign(Fixtures.unsigned("push", Fixtures.body("push")));
        assertThat(both.headers().contains(GitHubHeaders.SIGNATURE_SHA1)).isTrue();
        WebhookRequest badSha256 = withSignature(both, GitHubHeaders.SIGNATURE_256, "sha256=" + "00".repeat(32));
        assertRejected(LEGACY.verifier(), badSha256, Reason.NO_MATCHING_SIGNATURE);
    }

    @Test
    void namesTheMatchingKeyOfACustomKeyring() {
        Keyring keyring = Keyring.ofSecrets(
                List.of(Secret.of("2026-q3", Fixtures.OTHER_SECRET), Secret.of("2026-q4", Fixtures.SECRET)));
        Verification verification =
                GitHubProvider.builder().keyring(keyring).build().verifier().verify(Fixtures.signed("push"));
        assertThat(verification.keyId()).isEqualTo("2026-q4");
        assertThat(verification.signedAt()).isNull();
    }

    @Test
    void toStringShowsKeyIdsOnly() {
        assertThat(GitHubWebhookVerifier.create(Fixtures.SECRET).toString())
                .contains("key-1")
                .doesNotContain(Fixtures.SECRET);
        assertThat(GitHubSigner.create(Fixtures.SECRET).toString()).doesNotContain(Fixtures.SECRET);
    }
}
