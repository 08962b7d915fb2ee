package io.webhooks4j.pagerduty;

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

/** Issue #15.4: a rejected delivery builds its diagnosis (a copy and a decode of the body) only when asked. */
class PagerDutyLazyDiagnosisTest {
    private static final PagerDutyWebhookVerifier VERIFIER =
            PagerDutyWebhookVerifier.create(Fixtures.SECRET, Fixtures.OTHER_SECRET);

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
        RawBody body = RawBody.ofUtf8("\uFEFF{\"event\":{}}");
        WebhookRequest forged = Fixtures.unsigned(body, "wh-1").toBuilder()
                .header(
                        "X-PagerDuty-Signature",
                        "v1=" + "ab".repeat(32) + ",v1=" + "cd".repeat(32) + ",v1=" + "ef".repeat(32))
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
        assertThat(built(e)).isFalse();
        assertThat(e.diagnosis().likelyCauses()).isNotEmpty();
    }
}
