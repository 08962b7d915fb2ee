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

/** The shared verifier contract for the HMAC scheme ({@code v1}, {@code whsec_} secrets), on a body with non-ASCII. */
class StandardWebhooksProviderVerifierTest extends VerifierTestKit {
    private static final String V1 = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

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
                "v1",
                "g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                "v2," + V1.substring(3),
                "v1=" + V1.substring(3),
                "V1," + V1.substring(3),
                (V1 + " ").repeat(StandardWebhooksVerifier.MAX_SIGNATURES + 1),
                "v0," + "A".repeat(StandardWebhooksVerifier.MAX_SIGNATURE_HEADER_CHARS));
    }

    @Override
    protected String secret() {
        return Fixtures.SECRET;
    }

    @Override
    protected String otherSecret() {
        return Fixtures.OTHER_SECRET;
    }

    @Override
    protected Optional<Duration> timestampTolerance() {
        return Optional.of(Duration.ofMinutes(5));
    }

    @Test
    void acceptsTheMostSignaturesARotatingSenderSends() {
        WebhookRequest signed = signedSample();
        String valid = signed.header("webhook-signature").orElseThrow();
        String decoys = ("v1," + "A".repeat(43) + "= ").repeat(StandardWebhooksVerifier.MAX_SIGNATURES - 1);
        WebhookRequest request = signed.toBuilder()
                .setHeader("webhook-signature", decoys + valid)
                .build();
        assertThat(verify(List.of(secret()), request).keyId()).isEqualTo("key-1");
    }

    @Test
    void rejectsMalformedIdsAndTimestamps() {
        for (String[] header : new String[][] {
            {"webhook-id", "x".repeat(StandardWebhooksVerifier.MAX_ID_LENGTH + 1)},
            {"webhook-id", "msg 1"},
            {"webhook-id", "msg\u00e91"},
            {"webhook-timestamp", "99999999999999999999"},
            {"webhook-timestamp", "-1795780800"},
            {"webhook-timestamp", "+1795780800"},
            {"webhook-timestamp", "1795780800.5"},
            {"webhook-timestamp", "1e9"},
            {"webhook-timestamp", "１７９５７８０８００"}, // full-width digits: Character.isDigit, not [0-9]
        }) {
            WebhookRequest request =
                    signedSample().toBuilder().setHeader(header[0], header[1]).build();
            assertThatExceptionOfType(WebhookVerificationException.class)
                    .as("%s: %s", header[0], header[1])
                    .isThrownBy(() -> verify(List.of(secret()), request))
                    .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_HEADER))
                    .satisfies(e -> assertThat(e.getMessage()).contains(header[0]));
        }
    }

    @Test
    void rejectsAHeaderSentTwice() {
        WebhookRequest signed = signedSample();
        for (String name : List.of("webhook-id", "webhook-timestamp", "webhook-signature")) {
            WebhookRequest twice = signed.toBuilder()
                    .header(name, signed.header(name).orElseThrow())
                    .build();
            assertThatExceptionOfType(WebhookVerificationException.class)
                    .as(name)
                    .isThrownBy(() -> verify(List.of(secret()), twice))
                    .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_HEADER));
        }
    }

    @Test
    void theIdAndTimestampAreSigned() {
        WebhookRequest signed = signedSample();
        for (String[] header : new String[][] {
            {"webhook-id", "msg_someone_elses_id"},
            {"webhook-timestamp", Long.toString(NOW.getEpochSecond() - 1)},
        }) {
            WebhookRequest changed =
                    signed.toBuilder().setHeader(header[0], header[1]).build();
            assertThatExceptionOfType(WebhookVerificationException.class)
                    .as(header[0])
                    .isThrownBy(() -> verify(List.of(secret()), changed))
                    .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.NO_MATCHING_SIGNATURE));
        }
    }

    @Test
    void readsSvixHeadersWhenTheStandardOnesAreIncomplete() {
        WebhookRequest signed = signedSample();
        WebhookRequest svix = WebhookRequest.builder()
                .header("svix-id", signed.header("webhook-id").orElseThrow())
                .header("svix-timestamp", signed.header("webhook-timestamp").orElseThrow())
                .header("svix-signature", signed.header("webhook-signature").orElseThrow())
                .header("webhook-id", "msg_partial") // an incomplete standard family is not read
                .body(signed.body())
                .build();
        assertThat(verify(List.of(secret()), svix).keyId()).isEqualTo("key-1");
        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> verify(
                        List.of(secret()),
                        svix.toBuilder().removeHeader("svix-id").build()))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_HEADER))
                .satisfies(e -> assertThat(e.getMessage()).contains("'webhook-signature'"));
        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> verify(
                        List.of(secret()),
                        svix.toBuilder()
                                .removeHeader("svix-id")
                                .removeHeader("webhook-id")
                                .build()))
                .satisfies(e -> assertThat(e.getMessage()).contains("'svix-id'"));
    }
}
