package io.webhooks4j.standardwebhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookVerificationException;
import io.webhooks4j.spi.Diagnosis;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The developer-only diagnosis, naming the usual mistakes: a secret without its {@code whsec_} prefix or not base64, clock skew, a
 * re-encoded body, keys of the wrong scheme; never a secret.
 */
class StandardWebhooksDiagnosisTest {
    private static WebhookVerificationException rejection(StandardWebhooksVerifier verifier, WebhookRequest request) {
        return catchThrowableOfType(WebhookVerificationException.class, () -> verifier.verify(request));
    }

    private static StandardWebhooksVerifier verifier(String... keys) {
        return StandardWebhooksProvider.builder()
                .secrets(keys)
                .clock(Fixtures.CLOCK)
                .build()
                .verifier();
    }

    private static WebhookRequest signedBy(String key, RawBody body) {
        return StandardWebhooksSigner.create(key).sign(Fixtures.unsigned(body), Fixtures.NOW);
    }

    /**
     * What the diagnosis of a forged delivery describes. That it is built only when asked for, and what verifying a
     * forged 8 MiB body allocates, is the kit's {@code aForgedDeliveryBuildsItsDiagnosisOnlyWhenAskedFor}.
     */
    @Test
    void aForgedDeliverysDiagnosisDescribesTheSignedContent() throws Exception {
        byte[] bytes = "{\"type\":\"contact.created\",\"data\":{\"id\":\"c_1\",\"name\":\"Zoë\"}}"
                .getBytes(StandardCharsets.UTF_8);
        RawBody body = RawBody.of(bytes);
        WebhookRequest forged = signedBy("whsec_" + Fixtures.base64(Fixtures.bytes(32, 99)), body);
        WebhookVerificationException e = rejection(verifier(Fixtures.SECRET, Fixtures.OTHER_SECRET), forged);

        assertThat(e.reason()).isEqualTo(Reason.NO_MATCHING_SIGNATURE);
        Diagnosis diagnosis = e.diagnosis();
        assertThat(e.diagnosis()).isSameAs(diagnosis);
        assertThat(diagnosis.keysTried()).containsExactly("key-1", "key-2");
        assertThat(diagnosis.clockSkew()).contains(Duration.ZERO);
        String prefix = Fixtures.MESSAGE_ID + "." + Fixtures.NOW.getEpochSecond() + ".";
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(prefix.getBytes(StandardCharsets.UTF_8));
        sha256.update(bytes);
        assertThat(diagnosis.signedContents()).singleElement().satisfies(content -> {
            assertThat(content.description()).isEqualTo("webhook-id.webhook-timestamp.body");
            assertThat(content.length()).isEqualTo(prefix.length() + bytes.length);
            assertThat(content.sha256Hex()).isEqualTo(HexFormat.of().formatHex(sha256.digest()));
            assertThat(content.exactText()).isNull();
        });
    }

    @Test
    void namesASecretWithoutItsPrefix() {
        String bare = Fixtures.OTHER_SECRET.substring("whsec_".length());
        Diagnosis diagnosis = rejection(verifier(bare), signedBy(Fixtures.SECRET, RawBody.ofUtf8("{}")))
                .diagnosis();
        assertThat(diagnosis.likelyCauses()).anyMatch(c -> c.contains("'key-1' has no whsec_ prefix"));
        assertThat(diagnosis.explain()).doesNotContain(bare);
    }

    @Test
    void namesASecretThatIsNotBase64() {
        String plain = "my-shared-secret!";
        Diagnosis diagnosis = rejection(verifier(plain), signedBy(Fixtures.SECRET, RawBody.ofUtf8("{}")))
                .diagnosis();
        assertThat(diagnosis.likelyCauses()).anyMatch(c -> c.contains("'key-1' is not base64"));
        assertThat(diagnosis.explain()).doesNotContain(plain);
    }

    @Test
    void namesAShortSecret() {
        String shortSecret = "whsec_" + Fixtures.base64(Fixtures.bytes(8, 3));
        Diagnosis diagnosis = rejection(verifier(shortSecret), signedBy(Fixtures.SECRET, RawBody.ofUtf8("{}")))
                .diagnosis();
        assertThat(diagnosis.likelyCauses()).anyMatch(c -> c.contains("decodes to 8 bytes"));
    }

    @Test
    void namesClockSkewOfAnOldCapture() {
        WebhookRequest old = StandardWebhooksSigner.create(Fixtures.OTHER_SECRET)
                .sign(Fixtures.unsigned("{}"), Fixtures.NOW.minus(Duration.ofHours(2)));
        Diagnosis diagnosis = rejection(verifier(Fixtures.SECRET), old).diagnosis();
        assertThat(diagnosis.clockSkew()).contains(Duration.ofHours(2));
        assertThat(diagnosis.likelyCauses()).anyMatch(c -> c.contains("7200 s away from this server's clock"));
        // an authentic but old delivery says so, with the key that matched
        WebhookVerificationException tooOld = rejection(
                verifier(Fixtures.SECRET),
                StandardWebhooksSigner.create(Fixtures.SECRET)
                        .sign(Fixtures.unsigned("{}"), Fixtures.NOW.minus(Duration.ofHours(2))));
        assertThat(tooOld.reason()).isEqualTo(Reason.TIMESTAMP_TOO_OLD);
        assertThat(tooOld.diagnosis().keysTried()).containsExactly("key-1");
        assertThat(tooOld.diagnosis().likelyCauses()).anyMatch(c -> c.contains("7200 s old"));
    }

    @Test
    void namesABodyReEncodedOnTheWay() {
        WebhookRequest signed = signedBy(Fixtures.SECRET, RawBody.ofUtf8("{\n  \"type\": \"a.b\"\n}\n"));
        WebhookRequest reencoded = signed.toBuilder()
                .body("\uFEFF{\r\n  \"type\": \"a.b\"\r\n}\r\n")
                .build();
        Diagnosis diagnosis = rejection(verifier(Fixtures.SECRET), reencoded).diagnosis();
        assertThat(diagnosis.likelyCauses())
                .anyMatch(c -> c.contains("byte order mark"))
                .anyMatch(c -> c.contains("CRLF"))
                .anyMatch(c -> c.contains("parsed and re-serialised"));
    }

    @Test
    void namesKeysOfTheWrongScheme() {
        String publicKey = StandardWebhooksVerifier.create(Fixtures.SIGNING_KEY)
                .publicKeys()
                .get(0);
        Diagnosis onlyEd25519 = rejection(verifier(publicKey), signedBy(Fixtures.SECRET, RawBody.ofUtf8("{}")))
                .diagnosis();
        assertThat(onlyEd25519.likelyCauses()).anyMatch(c -> c.contains("only v1 (HMAC-SHA256) signatures"));
        Diagnosis onlyHmac = rejection(verifier(Fixtures.SECRET), signedBy(Fixtures.SIGNING_KEY, RawBody.ofUtf8("{}")))
                .diagnosis();
        assertThat(onlyHmac.likelyCauses()).anyMatch(c -> c.contains("only v1a (Ed25519) signatures"));
        assertThat(onlyHmac.explain()).doesNotContain(Fixtures.SECRET).doesNotContain(Fixtures.SIGNING_KEY);
    }

    @Test
    void namesUndecodableSignatures() {
        WebhookRequest request = signedBy(Fixtures.SECRET, RawBody.ofUtf8("{}")).toBuilder()
                .setHeader("webhook-signature", "v1,not-base64 v1,AAAA")
                .build();
        StandardWebhooksVerifier verifier = StandardWebhooksProvider.builder()
                .secrets(Fixtures.SECRET)
                .clock(Clock.fixed(Fixtures.NOW, ZoneOffset.UTC))
                .build()
                .verifier();
        Diagnosis diagnosis = rejection(verifier, request).diagnosis();
        assertThat(diagnosis.likelyCauses()).anyMatch(c -> c.startsWith("2 v1/v1a value(s)"));
    }
}
