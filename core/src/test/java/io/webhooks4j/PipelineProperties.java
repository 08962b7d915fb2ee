package io.webhooks4j;

import io.webhooks4j.testkit.DocumentedOutcomes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random bodies, headers, URLs and methods: every answer is a documented status, nothing escapes. */
class PipelineProperties {
    static final String SECRET = "property_secret_42";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);
    final TestProvider provider = new TestProvider(Keyring.of(SECRET), CLOCK, Duration.ofMinutes(5), 4096, Set.of());
    final Webhooks webhooks = Webhooks.builder()
            .provider(provider)
            .on(TestProvider.ORDER_PAID, e -> e.payload().path("x").asText())
            .build();

    @Provide
    Arbitrary<WebhookRequest> randomRequests() {
        Arbitrary<String> method = Arbitraries.of("POST", "POST", "POST", "GET", "PUT", "post");
        Arbitrary<String> url = Arbitraries.strings().ofMaxLength(60).map(s -> "https://example.com/" + s);
        Arbitrary<byte[]> body = Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(6000),
                Arbitraries.strings().ofMaxLength(300).map(s -> ("{\"x\":\"" + s + "\"}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                Arbitraries.of("{}", "[]", "null", "", "{\"x\":", "1e999999", "\"\\ud800\"")
                        .map(String::getBytes));
        Arbitrary<String> headerValue = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(80),
                Arbitraries.strings().numeric().ofMaxLength(20).map(t -> "t=" + t + ",sha256=" + "ab".repeat(32)),
                Arbitraries.just("t=1,sha256="));
        Arbitrary<List<String>> signatures = headerValue.list().ofMaxSize(3);
        Arbitrary<String> type =
                Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(20), Arbitraries.just("order.paid"));
        Arbitrary<Boolean> signIt = Arbitraries.of(true, false);
        return Combinators.combine(method, url, body, signatures, type, signIt).as((m, u, b, sigs, t, sign) -> {
            WebhookRequest.Builder builder =
                    WebhookRequest.builder().method(m).url(u).body(b);
            if (!t.isEmpty()) {
                builder.header(TestProvider.EVENT, t);
            }
            builder.header(TestProvider.DELIVERY, Integer.toHexString(java.util.Arrays.hashCode(b)));
            sigs.forEach(s -> builder.header(TestProvider.SIGNATURE, s));
            WebhookRequest request = builder.build();
            return sign ? provider.sign(request) : request;
        });
    }

    @Property(tries = 2000)
    void everyAnswerIsDocumented(@ForAll("randomRequests") WebhookRequest request) {
        DocumentedOutcomes.assertDocumented(webhooks.handle("test", request), SECRET);
    }

    @Property(tries = 300)
    void unknownProviderIdsAre404(@ForAll("randomRequests") WebhookRequest request, @ForAll String providerId) {
        WebhookResponse response = webhooks.handle(providerId.equals("test") ? "x" : providerId, request);
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
    }
}
