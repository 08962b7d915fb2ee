package io.webhooks4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.testkit.DocumentedOutcomes;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random bodies, headers, URLs and methods: every answer is a documented status, nothing escapes. A seeded
 * {@link Random}: a failure names the seed and the try; {@code -Dwebhooks4j.seed=N} replays a run.
 */
class RandomRequestsTest {
    static final String SECRET = "property_secret_42";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);
    static final long SEED = Long.getLong("webhooks4j.seed", 20261201L);

    final TestProvider provider = new TestProvider(Keyring.of(SECRET), CLOCK, Duration.ofMinutes(5), 4096, Set.of());
    final Webhooks webhooks = Webhooks.builder()
            .provider(provider)
            .on(TestProvider.ORDER_PAID, e -> e.payload().path("x").asText())
            .build();

    static String randomString(Random random, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            out.append(
                    kind < 6
                            ? (char) (0x20 + random.nextInt(0x5f)) // printable ASCII
                            : kind < 8 ? (char) random.nextInt(0x20) : (char) random.nextInt(0x10000)); // controls, any
        }
        return out.toString();
    }

    static byte[] randomBody(Random random) {
        switch (random.nextInt(3)) {
            case 0 -> {
                byte[] bytes = new byte[random.nextInt(6001)];
                random.nextBytes(bytes);
                return bytes;
            }
            case 1 -> {
                return ("{\"x\":\"" + randomString(random, 300) + "\"}").getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                String[] odd = {"{}", "[]", "null", "", "{\"x\":", "1e999999", "\"\\ud800\""};
                return odd[random.nextInt(odd.length)].getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    WebhookRequest randomRequest(Random random) {
        String[] methods = {"POST", "POST", "POST", "GET", "PUT", "post"};
        WebhookRequest.Builder builder = WebhookRequest.builder()
                .method(methods[random.nextInt(methods.length)])
                .url("https://example.com/" + randomString(random, 60))
                .body(randomBody(random));
        String type = random.nextBoolean() ? "order.paid" : randomString(random, 20);
        if (!type.isEmpty()) {
            builder.header(TestProvider.EVENT, type);
        }
        builder.header(TestProvider.DELIVERY, Long.toHexString(random.nextLong()));
        for (int i = random.nextInt(4); i > 0; i--) {
            switch (random.nextInt(3)) {
                case 0 -> builder.header(TestProvider.SIGNATURE, randomString(random, 80));
                case 1 ->
                    builder.header(
                            TestProvider.SIGNATURE,
                            "t=" + random.nextInt(Integer.MAX_VALUE) + ",sha256=" + "ab".repeat(32));
                default -> builder.header(TestProvider.SIGNATURE, "t=1,sha256=");
            }
        }
        WebhookRequest request = builder.build();
        return random.nextBoolean() ? provider.sign(request) : request;
    }

    @Test
    void everyAnswerIsDocumented() {
        Random random = new Random(SEED);
        for (int i = 0; i < 2000; i++) {
            WebhookRequest request = randomRequest(random);
            try {
                DocumentedOutcomes.assertDocumented(webhooks.handle("test", request), SECRET);
            } catch (AssertionError e) {
                throw new AssertionError("seed " + SEED + ", try " + i + ": " + e.getMessage(), e);
            }
        }
    }

    @Test
    void unknownProviderIdsAre404() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < 300; i++) {
            String providerId = randomString(random, 12);
            WebhookResponse response =
                    webhooks.handle(providerId.equals("test") ? "x" : providerId, randomRequest(random));
            assertThat(response.status())
                    .as("seed %d, try %d, provider id '%s'", SEED + 1, i, providerId)
                    .isEqualTo(404);
        }
    }
}
