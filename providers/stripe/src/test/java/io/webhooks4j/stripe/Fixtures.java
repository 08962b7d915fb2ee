package io.webhooks4j.stripe;

import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.test.TestResources;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Our own fixtures (src/test/resources/io/webhooks4j/stripe), signed at test time. */
final class Fixtures {
    static final String SECRET = "whsec_9f8e7d6c5b4a39281706f5e4d3c2b1a0Zz";
    static final String OTHER_SECRET = "whsec_rolled_0a1b2c3d4e5f6a7b8c9d0e1f2a3b";
    static final String URL = "https://shop.example.com/webhooks/stripe";
    static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private Fixtures() {}

    static RawBody body(String name) {
        return TestResources.rawBody(Fixtures.class, name);
    }

    static StripeProvider provider() {
        return StripeProvider.builder().secrets(SECRET).clock(CLOCK).build();
    }

    static WebhookRequest unsigned(RawBody body) {
        return WebhookRequest.builder().url(URL).body(body).build();
    }

    /** {@code body} as Stripe would deliver it now, signed with {@link #SECRET}. */
    static WebhookRequest signed(RawBody body) {
        return provider().sign(unsigned(body));
    }

    static WebhookRequest signed(String fixture) {
        return signed(body(fixture));
    }

    /** Verifies and parses a signed fixture. */
    static StripeEvent<?> parse(String fixture) {
        StripeProvider provider = provider();
        WebhookRequest request = signed(fixture);
        return provider.parse(request, provider.verify(request));
    }
}
