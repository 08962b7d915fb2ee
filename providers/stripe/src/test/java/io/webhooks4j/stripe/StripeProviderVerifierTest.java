package io.webhooks4j.stripe;

import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.spi.WebhookProvider;
import io.webhooks4j.testkit.VerifierTestKit;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The shared verifier contract, on a pretty-printed fixture with emoji and non-ASCII text. */
class StripeProviderVerifierTest extends VerifierTestKit {
    private static final String HEX = "5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd";

    @Override
    protected WebhookProvider<?> provider(List<String> secrets, Clock clock) {
        return StripeProvider.builder().secrets(secrets).clock(clock).build();
    }

    @Override
    protected WebhookRequest unsignedRequest(RawBody body) {
        return Fixtures.unsigned(body);
    }

    @Override
    protected RawBody sampleBody() {
        return Fixtures.body("payment_intent.succeeded.json");
    }

    @Override
    protected String signatureHeader() {
        return "Stripe-Signature";
    }

    @Override
    protected List<String> malformedSignatureHeaders() {
        return List.of(
                "i'm not even a real signature header",
                "v1=" + HEX,
                "t=1795780800",
                "t=1795780800,v0=" + HEX,
                "t=1795780800,v2=" + HEX,
                "t=not_a_number,v1=" + HEX,
                "t=,v1=" + HEX,
                "t=-1795780800,v1=" + HEX,
                "t=+1795780800,v1=" + HEX,
                "t=99999999999999999999999,v1=" + HEX,
                "t=1795780800,t=1795780801,v1=" + HEX);
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
        return Optional.of(Duration.ofSeconds(300));
    }
}
