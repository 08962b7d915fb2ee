package io.webhooks4j.standardwebhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import io.webhooks4j.RawBody;
import io.webhooks4j.Verification;
import io.webhooks4j.WebhookRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Interoperability with the specification's official Java library, {@code com.standardwebhooks:standardwebhooks:1.2.0}
 * (standard-webhooks/standard-webhooks {@code libraries/java}): it signs, we verify; we sign, it verifies. It
 * implements the symmetric scheme ({@code v1}) only, so that is the scheme checked here; {@code v1a} is checked
 * against svix-server's vector in {@link StandardWebhooksVectorsTest}.
 */
class StandardWebhooksInteropTest {
    private static final List<String> PAYLOADS = List.of(
            "{\"test\": 2432232314}",
            "{\"type\":\"user.created\",\"data\":{\"name\":\"Zoë 😀 \\u001B\"}}",
            "{\n  \"type\": \"contact.created\",\n  \"data\": {}\n}\n",
            "");
    private static final List<String> SECRETS =
            List.of(Fixtures.SECRET, "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

    @Test
    void weVerifyWhatTheOfficialLibrarySigns() throws Exception {
        long timestamp = 1795780800L;
        StandardWebhooksVerifier verifier = StandardWebhooksVerifier.builder()
                .keys(Fixtures.OTHER_SECRET, SECRETS.get(0))
                .clock(Clock.fixed(Instant.ofEpochSecond(timestamp), ZoneOffset.UTC))
                .build();
        for (String secret : SECRETS) {
            StandardWebhooksVerifier single = StandardWebhooksVerifier.builder()
                    .keys(secret)
                    .clock(Clock.fixed(Instant.ofEpochSecond(timestamp), ZoneOffset.UTC))
                    .build();
            for (String payload : PAYLOADS) {
                String signature = new Webhook(secret).sign(Fixtures.MESSAGE_ID, timestamp, payload);
                WebhookRequest request = WebhookRequest.builder()
                        .header("webhook-id", Fixtures.MESSAGE_ID)
                        .header("webhook-timestamp", Long.toString(timestamp))
                        .header("webhook-signature", signature)
                        .body(payload)
                        .build();
                Verification verification = single.verify(request);
                assertThat(verification.keyId()).isEqualTo("key-1");
                assertThat(verification.signedAt()).isEqualTo(Instant.ofEpochSecond(timestamp));
            }
        }
        String signature = new Webhook(SECRETS.get(0)).sign("msg_2", timestamp, PAYLOADS.get(1));
        assertThat(verifier.verify("msg_2", Long.toString(timestamp), signature, RawBody.ofUtf8(PAYLOADS.get(1)))
                        .keyId())
                .isEqualTo("key-2");
    }

    @Test
    void theOfficialLibraryVerifiesWhatWeSign() throws Exception {
        // The library checks the timestamp against the system clock, so this signs at the system clock's time.
        for (String secret : SECRETS) {
            StandardWebhooksProvider provider = StandardWebhooksProvider.create(secret);
            for (String payload : PAYLOADS) {
                WebhookRequest signed = provider.sign(Fixtures.unsigned(payload));
                new Webhook(secret).verify(payload, signed.headers().asMap());
            }
        }
    }

    @Test
    void theOfficialLibraryAcceptsOurRotationHeaderAndRejectsATamperedBody() throws Exception {
        StandardWebhooksProvider provider = StandardWebhooksProvider.create(Fixtures.OTHER_SECRET, Fixtures.SECRET);
        WebhookRequest signed = provider.sign(Fixtures.unsigned(PAYLOADS.get(1)));
        assertThat(signed.header("webhook-signature").orElseThrow().split(" ")).hasSize(2);
        new Webhook(Fixtures.SECRET).verify(PAYLOADS.get(1), signed.headers().asMap());
        new Webhook(Fixtures.OTHER_SECRET)
                .verify(PAYLOADS.get(1), signed.headers().asMap());
        Map<String, List<String>> headers = signed.headers().asMap();
        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> new Webhook(Fixtures.SECRET).verify(PAYLOADS.get(1) + " ", headers));
    }

    @Test
    void weAndTheLibraryComputeTheSameSignature() throws Exception {
        for (String secret : SECRETS) {
            for (String payload : PAYLOADS) {
                assertThat(StandardWebhooksSigner.create(secret)
                                .signatureHeader("msg_x", 1700000000L, RawBody.ofUtf8(payload)))
                        .isEqualTo(new Webhook(secret).sign("msg_x", 1700000000L, payload));
            }
        }
    }
}
