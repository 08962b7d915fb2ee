package io.webhooks4j.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.Headers;
import io.webhooks4j.RawBody;
import io.webhooks4j.inbox.NewDelivery;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The resource each provider's delivery is keyed by, and the fallback. */
class RecordKeysTest {
    static NewDelivery of(String provider, String body, Headers headers) {
        return new NewDelivery(
                provider,
                "dedup-1",
                "x",
                null,
                "https://example.com/h",
                headers,
                RawBody.ofUtf8(body),
                "k",
                null,
                Instant.EPOCH);
    }

    static String key(String provider, String body) {
        return RecordKeys.byResource().of(of(provider, body, Headers.empty()));
    }

    @Test
    void keysEachProvidersDeliveryByItsResource() {
        assertThat(
                        key(
                                "stripe",
                                "{\"id\":\"evt_1\",\"data\":{\"previous\":{\"id\":\"no\"},\"object\":{\"object\":\"invoice\",\"id\":\"in_9\"}}}"))
                .isEqualTo("stripe:in_9");
        assertThat(key("stripe", "{\"object\":\"v2.core.event\",\"related_object\":{\"id\":\"mtr_1\"}}"))
                .isEqualTo("stripe:mtr_1");
        assertThat(key("github", "{\"action\":\"opened\",\"sender\":{\"id\":5},\"repository\":{\"id\":1296269}}"))
                .isEqualTo("github:repository/1296269");
        assertThat(key("github", "{\"organization\":{\"id\":7}}")).isEqualTo("github:organization/7");
        assertThat(key("github", "{\"installation\":{\"id\":8}}")).isEqualTo("github:installation/8");
        assertThat(key("shopify", "{\"id\":820982911946154508,\"email\":\"jon@example.com\"}"))
                .isEqualTo("shopify:820982911946154508");
        assertThat(key("pagerduty", "{\"event\":{\"id\":\"01\",\"data\":{\"id\":\"PGR0VU2\",\"type\":\"incident\"}}}"))
                .isEqualTo("pagerduty:PGR0VU2");
        assertThat(key("twilio", "AccountSid=AC1&MessageSid=SM1&CallSid=CA1")).isEqualTo("twilio:CA1");
        assertThat(key("twilio", "AccountSid=AC1&MessageSid=SM1")).isEqualTo("twilio:SM1");
        assertThat(key("openai", "{\"type\":\"x\",\"data\":{\"id\":\"resp_1\"}}"))
                .isEqualTo("openai:resp_1");
    }

    @Test
    void fallsBackToTheDeduplicationKeyWhenNoResourceCanBeRead() {
        assertThat(key("stripe", "{\"data\":{\"object\":{\"id\":{\"nested\":1}}}}"))
                .isEqualTo("stripe:dedup-1");
        assertThat(key("github", "{\"zen\":\"hi\"}")).isEqualTo("github:dedup-1");
        assertThat(key("stripe", "not json")).isEqualTo("stripe:dedup-1");
        assertThat(key("stripe", "{\"data\":{\"object\":{\"id\":")).isEqualTo("stripe:dedup-1");
        assertThat(key("twilio", "[{\"specversion\":\"1.0\"}]")).isEqualTo("twilio:dedup-1");
        assertThat(key("shopify", "")).isEqualTo("shopify:dedup-1");
        assertThat(RecordKeys.byDeliveryKey().of(of("stripe", "{}", Headers.empty())))
                .isEqualTo("stripe:dedup-1");
    }

    @Test
    void hostileValuesOnlyCostTheOrdering() {
        String huge = "x".repeat(100_000);
        assertThat(key("stripe", "{\"data\":{\"object\":{\"id\":\"" + huge + "\"}}}"))
                .as("a key is at most 512 characters")
                .hasSize(512)
                .startsWith("stripe:xxx");
        assertThat(key("stripe", "{\"data\":{\"object\":{\"id\":\"in_\\u0000\\n\"}}}"))
                .isEqualTo("stripe:in_\u0000\n");
        assertThat(key("github", "{\"repository\":{\"id\":1e999999}}")).isEqualTo("github:dedup-1");
        assertThat(key("github", "[" + "[".repeat(10_000) + "]")).isEqualTo("github:dedup-1");
        assertThat(key("pagerduty", "{\"event\":{\"data\":{\"id\":null}}}")).isEqualTo("pagerduty:dedup-1");
        assertThat(key("twilio", "CallSid=%ZZ&CallSid=CA2")).startsWith("twilio:");
    }

    @Test
    void neverReadsAnUnsignedHeader() {
        NewDelivery withHeader = of(
                "shopify",
                "{\"id\":1}",
                Headers.builder()
                        .add("X-Shopify-Shop-Domain", "evil.myshopify.com")
                        .build());
        assertThat(RecordKeys.byResource().of(withHeader)).isEqualTo("shopify:1");
    }
}
