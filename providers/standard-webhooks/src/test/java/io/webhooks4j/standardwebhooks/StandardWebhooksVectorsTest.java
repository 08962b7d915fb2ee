package io.webhooks4j.standardwebhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.Verification;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookVerificationException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The published test vectors, copied as facts with their sources:
 *
 * <ul>
 *   <li>HMAC ({@code v1}): standard-webhooks/standard-webhooks @ b2fa7b8, {@code libraries/javascript/src/webhook.test.ts}
 *       ("sign function works", "multi sig payload is valid", "verification works with and without signature
 *       prefix", "partial signature throws error", "invalid timestamp throws error", the "missing ..." tests) and
 *       {@code libraries/python/tests/test_webhooks.py} (same secret, id and payload, "invalid signature"); the same
 *       value in svix/svix-webhooks @ 4fc0cfb8b {@code server/svix-server/src/worker.rs}
 *       {@code test_generate_msg_headers_with_signing_key}.
 *   <li>Ed25519 ({@code v1a}): svix/svix-webhooks @ 4fc0cfb8b, {@code server/svix-server/src/worker.rs}
 *       {@code test_asymmetric_key_signing} (secret key, message, signature) and {@code README.md} "Configuring the
 *       keys" (the matching public key); the truncated secret key of {@code src/core/types/mod.rs}
 *       {@code test_endpoint_secret_deserialization} ("Bad SK").
 * </ul>
 */
class StandardWebhooksVectorsTest {
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String MSG_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330;
    private static final String PAYLOAD = "{\"test\": 2432232314}";
    private static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    private static final String OTHER_V1 = "Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=";

    private static final String SVIX_SECRET_KEY =
            "whsk_6Xb/dCcHpPea21PS1N9VY/NZW723CEc77N4rJCubMbfVKIDij2HKpMKkioLlX0dRqSKJp4AJ6p9lMicMFs6Kvg==";
    private static final String SVIX_PUBLIC_KEY = "whpk_1SiA4o9hyqTCpIqC5V9HUakiiaeACeqfZTInDBbOir4=";
    private static final String SVIX_V1A =
            "v1a,hnO3f9T8Ytu9HwrXslvumlUpqtNVqkhqw/enGzPCXe5BdqzCInXqYXFymVJaA7AZdpXwVLPo3mNl8EM+m7TBAg==";

    private static final Clock AT_TIMESTAMP = Clock.fixed(Instant.ofEpochSecond(TIMESTAMP), ZoneOffset.UTC);

    private static StandardWebhooksVerifier verifier(String... keys) {
        return StandardWebhooksVerifier.builder().keys(keys).clock(AT_TIMESTAMP).build();
    }

    private static WebhookRequest delivery(String signature) {
        return WebhookRequest.builder()
                .header("webhook-id", MSG_ID)
                .header("webhook-timestamp", Long.toString(TIMESTAMP))
                .header("webhook-signature", signature)
                .body(PAYLOAD)
                .build();
    }

    @Test
    void signsThePublishedV1Vector() {
        assertThat(StandardWebhooksSigner.create(SECRET).signatureHeader(MSG_ID, TIMESTAMP, RawBody.ofUtf8(PAYLOAD)))
                .isEqualTo(SIGNATURE);
    }

    @Test
    void verifiesThePublishedV1Vector() {
        Verification verification = verifier(SECRET).verify(delivery(SIGNATURE));
        assertThat(verification.keyId()).isEqualTo("key-1");
        assertThat(verification.signedAt()).isEqualTo(Instant.ofEpochSecond(TIMESTAMP));
    }

    @Test
    void acceptsTheSecretWithAndWithoutItsPrefix() {
        assertThat(verifier("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
                        .verify(delivery(SIGNATURE))
                        .keyId())
                .isEqualTo("key-1");
    }

    @Test
    void acceptsTheMultiSignatureVector() {
        String header = "v1," + OTHER_V1 + " v2," + OTHER_V1 + " " + SIGNATURE + " v1," + OTHER_V1;
        assertThat(verifier(SECRET).verify(delivery(header)).keyId()).isEqualTo("key-1");
    }

    @Test
    void readsTheSvixHeaderNames() {
        WebhookRequest svix = WebhookRequest.builder()
                .header("svix-id", MSG_ID)
                .header("svix-timestamp", Long.toString(TIMESTAMP))
                .header("svix-signature", SIGNATURE)
                .body(PAYLOAD)
                .build();
        assertThat(verifier(SECRET).verify(svix).keyId()).isEqualTo("key-1");
    }

    @Test
    void rejectsTheInvalidAndPartialSignatureVectors() {
        for (String header : new String[] {
            "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OA=", // python: last character changed
            "v1,dawfeoifkpqwoekfpqoekf", // javascript: "invalid signature"
            SIGNATURE.substring(0, 8), // javascript: "partial signature"
            "v1,"
        }) {
            assertThatExceptionOfType(WebhookVerificationException.class)
                    .as(header)
                    .isThrownBy(() -> verifier(SECRET).verify(delivery(header)))
                    .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.NO_MATCHING_SIGNATURE));
        }
    }

    @Test
    void rejectsTheInvalidTimestampVector() {
        WebhookRequest request = delivery(SIGNATURE).toBuilder()
                .setHeader("webhook-timestamp", "hello")
                .build();
        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> verifier(SECRET).verify(request))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_HEADER))
                .satisfies(e -> assertThat(e.getMessage()).contains("webhook-timestamp"));
    }

    @Test
    void rejectsTheMissingHeaderVectors() {
        for (String name : new String[] {"webhook-id", "webhook-timestamp", "webhook-signature"}) {
            WebhookRequest request =
                    delivery(SIGNATURE).toBuilder().removeHeader(name).build();
            assertThatExceptionOfType(WebhookVerificationException.class)
                    .as(name)
                    .isThrownBy(() -> verifier(SECRET).verify(request))
                    .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_HEADER))
                    .satisfies(e -> assertThat(e.getMessage()).contains(name));
        }
    }

    @Test
    void rejectsTheVectorOneSecondOutsideTheToleranceOnEitherSide() {
        // The libraries' "old timestamp fails" / "new timestamp fails": 5 minutes and 1 second away.
        for (long offset : new long[] {301, -301}) {
            StandardWebhooksVerifier verifier = StandardWebhooksVerifier.builder()
                    .keys(SECRET)
                    .clock(Clock.fixed(Instant.ofEpochSecond(TIMESTAMP + offset), ZoneOffset.UTC))
                    .build();
            assertThatExceptionOfType(WebhookVerificationException.class)
                    .isThrownBy(() -> verifier.verify(delivery(SIGNATURE)))
                    .satisfies(e -> assertThat(e.reason())
                            .isEqualTo(offset > 0 ? Reason.TIMESTAMP_TOO_OLD : Reason.TIMESTAMP_TOO_NEW));
        }
        for (long offset : new long[] {300, -300}) {
            StandardWebhooksVerifier verifier = StandardWebhooksVerifier.builder()
                    .keys(SECRET)
                    .clock(Clock.fixed(Instant.ofEpochSecond(TIMESTAMP + offset), ZoneOffset.UTC))
                    .build();
            assertThat(verifier.verify(delivery(SIGNATURE)).keyId()).isEqualTo("key-1");
        }
    }

    @Test
    void signsSvixsEd25519VectorByteForByte() {
        // Ed25519 signatures are deterministic, so the JDK's must equal the one svix-server computed.
        assertThat(StandardWebhooksSigner.create(SVIX_SECRET_KEY)
                        .signatureHeader(MSG_ID, TIMESTAMP, RawBody.ofUtf8(PAYLOAD)))
                .isEqualTo(SVIX_V1A);
    }

    @Test
    void verifiesSvixsEd25519VectorWithThePublicKey() {
        Verification verification = verifier(SVIX_PUBLIC_KEY).verify(delivery(SVIX_V1A));
        assertThat(verification.keyId()).isEqualTo("key-1");
    }

    @Test
    void derivesSvixsPublicKeyFromItsSecretKey() {
        assertThat(verifier(SVIX_SECRET_KEY).publicKeys()).containsExactly(SVIX_PUBLIC_KEY);
        // the seed alone (the first 32 bytes) is the same key
        byte[] full = java.util.Base64.getDecoder().decode(SVIX_SECRET_KEY.substring(5));
        String seedOnly = "whsk_" + java.util.Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(full, 32));
        assertThat(verifier(seedOnly).publicKeys()).containsExactly(SVIX_PUBLIC_KEY);
        assertThat(verifier(seedOnly).verify(delivery(SVIX_V1A)).keyId()).isEqualTo("key-1");
    }

    @Test
    void rejectsTheEd25519SignatureUnderAnotherMessage() {
        WebhookRequest other = delivery(SVIX_V1A).toBuilder()
                .setHeader("webhook-id", "msg_p5jXN8AQM9LWM0D4loKWxJeK")
                .build();
        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> verifier(SVIX_PUBLIC_KEY).verify(other))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.NO_MATCHING_SIGNATURE));
    }

    @Test
    void refusesSvixsTruncatedSecretKeyAndAMismatchedPublicHalf() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> verifier(
                        "whsk_6Xb/dCcHpPea21PS1N9VY/NZW723CEc77N4rJCubMbfVKIDij2HKpMKkioLlX0dRqSKJp4AJ6p9lMicMFs6Kv"))
                .withMessageContaining("key-1")
                .withMessageNotContaining("6Xb/");
        // svix-server's mod.rs test_endpoint_secret_validation: the public half changed ("...ioLlaaaaaaaaaaAJ6p...")
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> verifier(
                                "whsk_6Xb/dCcHpPea21PS1N9VY/NZW723CEc77N4rJCubMbfVKIDij2HKpMKkioLlaaaaaaaaaaAJ6p9lMicMFs6Kvg=="))
                .withMessageContaining("public half does not belong to it");
    }

    @Test
    void aPublicKeyCannotSign() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StandardWebhooksSigner.create(SVIX_PUBLIC_KEY))
                .withMessageContaining("whpk_ public keys only verify");
    }

    @Test
    void verifiesAHeaderWithBothSchemesAgainstAMixedKeyring() {
        String header = SIGNATURE + " " + SVIX_V1A;
        assertThat(verifier(SVIX_PUBLIC_KEY, SECRET).verify(delivery(header)).keyId())
                .isEqualTo("key-2");
        assertThat(verifier(SVIX_PUBLIC_KEY).verify(delivery(header)).keyId()).isEqualTo("key-1");
        assertThat(StandardWebhooksSigner.create(SECRET, SVIX_SECRET_KEY)
                        .signatureHeader(MSG_ID, TIMESTAMP, RawBody.ofUtf8(PAYLOAD)))
                .isEqualTo(header);
    }
}
