package io.webhooks4j;

import io.webhooks4j.spi.WebhookProvider;
import io.webhooks4j.testkit.VerifierTestKit;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

class TestProviderVerifierTest extends VerifierTestKit {
    @Override
    protected WebhookProvider<?> provider(List<String> secrets, Clock clock) {
        return new TestProvider(Keyring.of(secrets), clock);
    }

    @Override
    protected WebhookRequest unsignedRequest(RawBody body) {
        return WebhookRequest.builder()
                .url("https://example.com/webhooks/test")
                .header("Content-Type", "application/json")
                .header(TestProvider.EVENT, "order.paid")
                .header(TestProvider.DELIVERY, "d-1")
                .body(body)
                .build();
    }

    @Override
    protected RawBody sampleBody() {
        return RawBody.ofUtf8("{\n  \"order\": \"o_1\",\n  \"note\": \"caf\u00e9 \uD83D\uDE80\"\n}\n");
    }

    @Override
    protected String signatureHeader() {
        return TestProvider.SIGNATURE;
    }

    @Override
    protected List<String> malformedSignatureHeaders() {
        return List.of("garbage", "t=abc,sha256=00", "t=1,sha256=xyz", "t=1");
    }

    @Override
    protected String secret() {
        return "test_secret_primary_0123456789";
    }

    @Override
    protected String otherSecret() {
        return "test_secret_rotated_9876543210";
    }

    @Override
    protected Optional<Duration> timestampTolerance() {
        return Optional.of(Duration.ofMinutes(5));
    }
}
