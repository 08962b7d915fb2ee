package io.webhooks4j.standardwebhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookProvider;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookVerificationException;
import io.webhooks4j.testkit.VerifierTestKit;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shared verifier contract for the Ed25519 scheme ({@code v1a}): {@code whsk_} secret keys sign, their public halves verify. */
class StandardWebhooksEd25519VerifierTest extends VerifierTestKit {
    private static final String V1 =
            "v1a,hnO3f9T8Ytu9HwrXslvumlUpqtNVqkhqw/enGzPCXe5BdqzCInXqYXFymVJaA7AZdpXwVLPo3mNl8EM+m7TBAg==";

    @Override
    protected WebhookProvider<?> provider(List<String> secrets, Clock clock) {
        return StandardWebhooksProvider.builder().keys(secrets).clock(clock).build();
    }

    @Override
    protected WebhookRequest unsignedRequest(RawBody body) {
        return Fixtures.unsigned(body);
    }

    @Override
    protected RawBody sampleBody() {
        return Fixtures.body("clerk.user.created.json");
    }

    @Override
    protected String signatureHeader() {
        return "webhook-signature";
    }

    @Override
    protected List<String> malformedSignatureHeaders() {
        return List.of(
                "i'm not even a real signature header",
                "v1a",
                "g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                "v2," + V1.substring(4),
                "v1a=" + V1.substring(4),
                "V1A," + V1.substring(4),
                (V1 + " ").repeat(StandardWebhooksVerifier.MAX_SIGNATURES + 1),
                "v0," + "A".repeat(StandardWebhooksVerifier.MAX_SIGNATURE_HEADER_CHARS));
    }

    @Override
    protected String secret() {
        return Fixtures.SIGNING_KEY;
    }

    @Override
    protected String otherSecret() {
        return Fixtures.OTHER_SIGNING_KEY;
    }

    @Override
    protected Optional<Duration> timestampTolerance() {
        return Optional.of(Duration.ofMinutes(5));
    }

    @Test
    void verifiesWithThePublicKeyAlone() {
        String publicKey =
                StandardWebhooksVerifier.create(secret()).publicKeys().get(0);
        assertThat(publicKey).startsWith("whpk_");
        WebhookRequest signed = signedSample();
        assertThat(signed.header("webhook-signature").orElseThrow()).startsWith("v1a,");
        assertThat(verify(List.of(publicKey), signed).keyId()).isEqualTo("key-1");
        assertThat(provider(List.of(publicKey), clockAt(NOW)).toString()).contains("ed25519_public");
    }

    @Test
    void boundsTheEd25519ChecksOfAForgedHeader() {
        WebhookRequest signed = signedSample();
        String valid = signed.header("webhook-signature").orElseThrow();
        String forged = ("v1a," + "A".repeat(86) + "== ").repeat(StandardWebhooksVerifier.MAX_ED25519_VERIFICATIONS);
        WebhookRequest request = signed.toBuilder()
                .setHeader("webhook-signature", forged + valid)
                .build();
        // the valid signature comes after as many forged ones as are checked: it is not reached
        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> verify(List.of(secret()), request))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.NO_MATCHING_SIGNATURE))
                .satisfies(e -> assertThat(e.diagnosis().likelyCauses())
                        .anyMatch(c -> c.contains("1 Ed25519 check(s) were not made")));
        String fewer = ("v1a," + "A".repeat(86) + "== ").repeat(StandardWebhooksVerifier.MAX_ED25519_VERIFICATIONS - 1);
        assertThat(verify(
                                List.of(secret()),
                                signed.toBuilder()
                                        .setHeader("webhook-signature", fewer + valid)
                                        .build())
                        .keyId())
                .isEqualTo("key-1");
    }
}
