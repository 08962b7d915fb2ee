package io.webhooks4j.standardwebhooks;

import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.test.TestResources;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

/** Keys, clock and bodies shared by the tests; every key here is made up for the tests. */
final class Fixtures {
    /** 32 random bytes, base64, behind whsec_. */
    static final String SECRET = "whsec_" + base64(bytes(32, 7));

    static final String OTHER_SECRET = "whsec_" + base64(bytes(32, 11));
    /** An Ed25519 secret key given as its 32-byte seed. */
    static final String SIGNING_KEY = "whsk_" + base64(bytes(32, 13));

    static final String OTHER_SIGNING_KEY = "whsk_" + base64(bytes(32, 17));

    static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String MESSAGE_ID = "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W";

    private Fixtures() {}

    static byte[] bytes(int n, int seed) {
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            out[i] = (byte) (seed * 31 + i * 17 + (i * i) % 251);
        }
        return out;
    }

    static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static StandardWebhooksProvider provider(String... keys) {
        return StandardWebhooksProvider.builder().secrets(keys).clock(CLOCK).build();
    }

    static StandardWebhooksProvider providerWithId(String id, String... keys) {
        return StandardWebhooksProvider.builder(id).secrets(keys).clock(CLOCK).build();
    }

    /** An unsigned delivery of {@code body} with message id {@link #MESSAGE_ID}. */
    static WebhookRequest unsigned(RawBody body) {
        return WebhookRequest.builder()
                .url("https://example.com/webhooks/standard-webhooks")
                .header("webhook-id", MESSAGE_ID)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Svix-Webhooks/1.0")
                .body(body)
                .build();
    }

    static WebhookRequest unsigned(String json) {
        return unsigned(RawBody.ofUtf8(json));
    }

    /** A test resource under io/webhooks4j/standardwebhooks/, byte for byte. */
    static RawBody body(String name) {
        return TestResources.rawBody(Fixtures.class, name);
    }
}
