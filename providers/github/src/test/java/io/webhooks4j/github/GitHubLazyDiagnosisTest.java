package io.webhooks4j.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookVerificationException;
import io.webhooks4j.spi.Diagnosis;
import java.lang.reflect.Field;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Issue #15.4: a forged delivery must cost about one HMAC. The diagnosis (a copy and a decode of the whole body)
 * is built only when someone asks for it.
 */
class GitHubLazyDiagnosisTest {
    private static final GitHubWebhookVerifier VERIFIER =
            GitHubWebhookVerifier.create(Fixtures.SECRET, "ghp_looksLikeAToken0123456789");

    /** Whether the exception already holds a built diagnosis (white-box: the field the lazy constructor leaves null). */
    static boolean built(WebhookVerificationException e) throws ReflectiveOperationException {
        Field field = WebhookVerificationException.class.getDeclaredField("diagnosis");
        field.setAccessible(true);
        return field.get(e) != null;
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
        assertThat(built(e)).as("diagnosis built before anyone asked").isFalse();

        Diagnosis diagnosis = e.diagnosis();
        assertThat(built(e)).isTrue();
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
            assertThat(built(e)).as(value).isFalse();
        }
        WebhookVerificationException sha1Only = reject(unsigned.toBuilder()
                .header(GitHubHeaders.SIGNATURE_SHA1, "sha1=" + "ab".repeat(20))
                .build());
        assertThat(sha1Only.reason()).isEqualTo(Reason.MISSING_HEADER);
        assertThat(built(sha1Only)).isFalse();
        assertThat(sha1Only.diagnosis().likelyCauses()).anyMatch(c -> c.contains("allowLegacySha1(true)"));
    }
}
