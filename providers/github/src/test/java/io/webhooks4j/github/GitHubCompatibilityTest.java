package io.webhooks4j.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookVerificationException;
import io.webhooks4j.spi.Diagnosis;
import io.webhooks4j.test.TestDeliveries;
import io.webhooks4j.test.kit.WebhookProviderCompatibilityKit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The provider compatibility kit, for GitHub (no timestamp is signed), and GitHub's own diagnoses. */
class GitHubCompatibilityTest extends WebhookProviderCompatibilityKit {
    /** Values of the signature header that are present but cannot be read. */
    static final List<String> MALFORMED = List.of(
            "garbage",
            "sha1=0123456789abcdef0123456789abcdef01234567",
            "sha256=",
            "sha256=abc123",
            "sha256=" + "zz".repeat(32),
            "sha256=" + "ab".repeat(33),
            "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17");

    GitHubCompatibilityTest() {
        super(
                new GitHubProviderFactory(),
                Fixtures.SECRET,
                Fixtures.OTHER_SECRET,
                GitHubHeaders.SIGNATURE_256,
                MALFORMED);
    }

    private static final GitHubWebhookVerifier VERIFIER =
            GitHubWebhookVerifier.create(Fixtures.SECRET, "ghp_looksLikeAToken0123456789");

    /** GitHub signs the body only: the delivery GUID and the hook id are not signed (issue #15.2). */
    @Override
    protected List<String> unsignedHeaders() {
        return List.of(GitHubHeaders.DELIVERY, GitHubHeaders.HOOK_ID, "User-Agent");
    }

    private static WebhookVerificationException reject(WebhookRequest request) {
        return catchThrowableOfType(WebhookVerificationException.class, () -> VERIFIER.verify(request));
    }

    @Test
    void aForgedSignatureBuildsNoDiagnosisUntilAsked() throws Exception {
        RawBody body = RawBody.ofUtf8("{\"ref\":\"refs/heads/main\"}\r\n");
        WebhookRequest forged = Fixtures.unsigned("push", body).toBuilder()
                .header(GitHubHeaders.SIGNATURE_256, "sha256=" + "ab".repeat(32))
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
            assertThat(c.exactText()).isNull();
        });
        assertThat(diagnosis.likelyCauses())
                .anyMatch(cause -> cause.contains("CRLF"))
                .anyMatch(cause -> cause.contains("'key-2' looks like a GitHub token"));
        assertThat(diagnosis.explain()).doesNotContain(Fixtures.SECRET).doesNotContain("ghp_looksLike");
    }

    @Test
    void malformedAndMissingHeadersBuildNoDiagnosisUntilAsked() throws Exception {
        WebhookRequest unsigned = Fixtures.unsigned("push", Fixtures.body("push"));
        for (String value : new String[] {"sha1=" + "ab".repeat(20), "sha256=zz", "sha256=" + "zz".repeat(32)}) {
            WebhookVerificationException e = reject(unsigned.toBuilder()
                    .header(GitHubHeaders.SIGNATURE_256, value)
                    .build());
            assertThat(e.reason()).as(value).isEqualTo(Reason.MALFORMED_HEADER);
            assertThat(diagnosisBuilt(e)).as(value).isFalse();
        }
        WebhookVerificationException sha1Only = reject(unsigned.toBuilder()
                .header(GitHubHeaders.SIGNATURE_SHA1, "sha1=" + "ab".repeat(20))
                .build());
        assertThat(sha1Only.reason()).isEqualTo(Reason.MISSING_HEADER);
        assertThat(diagnosisBuilt(sha1Only)).isFalse();
        assertThat(sha1Only.diagnosis().likelyCauses()).anyMatch(c -> c.contains("allowLegacySha1(true)"));
    }

    @Test
    void aTestDeliveryCarriesTheHeadersForMockMvcOrAnyClient() {
        Map<String, String> headers = TestDeliveries.headerMap(TestDeliveries.provider("github")
                .secrets(Fixtures.SECRET)
                .fixture("push")
                .build());
        assertThat(headers).containsKeys(GitHubHeaders.SIGNATURE_256, GitHubHeaders.EVENT, "Content-Type");
    }
}
