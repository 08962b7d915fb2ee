package io.webhooks4j.standardwebhooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.RawBody;
import io.webhooks4j.Verification;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.Webhooks;
import io.webhooks4j.testkit.DocumentedOutcomes;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * Every value a sender controls, through {@link Webhooks#handle}: the three headers of either family (random,
 * huge, signed, unsigned, many signatures, malformed base64, out-of-range timestamps), and bodies signed with the
 * right key (so the parser sees them), the wrong one, or none. Every answer is documented (401 for what cannot be
 * verified, 400 for an authentic body that cannot be read), never a 500, and no key reaches a response.
 */
class StandardWebhooksHostileInputProperties {
    private final StandardWebhooksProvider openAi = Fixtures.providerWithId("openai", Fixtures.SECRET);
    private final StandardWebhooksProvider anthropic =
            Fixtures.providerWithId("anthropic", Fixtures.SIGNING_KEY, Fixtures.SECRET);
    private final AtomicLong sink = new AtomicLong();
    private final Webhooks webhooks = Webhooks.builder()
            .provider(openAi)
            .provider(anthropic)
            // Handlers written as users should: the fields of a thin payload may be absent (null).
            .on(
                    OpenAiEvents.RESPONSE_COMPLETED,
                    e -> sink.addAndGet(String.valueOf(e.data().id()).length()))
            .on(
                    OpenAiEvents.REALTIME_CALL_INCOMING,
                    e -> sink.addAndGet(e.data().sipHeaders().size()))
            .on(
                    AnthropicEvents.SESSION_STATUS_IDLED,
                    e -> sink.addAndGet(String.valueOf(e.data().id()).length()))
            .on(
                    OpenAiEvents.ANY,
                    e -> sink.addAndGet(
                            e.raw().size() + e.type().length() + e.messageId().length()))
            .on(
                    AnthropicEvents.ANY,
                    e -> sink.addAndGet(String.valueOf(e.timestamp()).length()))
            .build();

    private static final List<String> TYPES = List.of(
            "response.completed", "realtime.call.incoming", "event", "session.status_idled", "unknown.thing", "");

    @Provide
    Arbitrary<String> jsonValues() {
        return Arbitraries.recursive(
                () -> Arbitraries.oneOf(
                        Arbitraries.strings()
                                .ofMaxLength(12)
                                .map(s -> "\"" + s.replace("\\", "").replace("\"", "") + "\""),
                        Arbitraries.longs().map(String::valueOf),
                        Arbitraries.of(
                                "null",
                                "true",
                                "1.5",
                                "-0",
                                "1e400",
                                "1e999999999",
                                "\"2022-11-03T20:26:10.344522Z\"",
                                "\"+999999999-12-31T23:59:59Z\"",
                                "{}",
                                "[]")),
                inner -> Arbitraries.oneOf(
                        Combinators.combine(
                                        Arbitraries.of(
                                                "id",
                                                "type",
                                                "data",
                                                "call_id",
                                                "sip_headers",
                                                "name",
                                                "value",
                                                "timestamp",
                                                "created_at",
                                                "session_id"),
                                        inner)
                                .as((k, v) -> "{\"" + k + "\":" + v + "}"),
                        inner.list().ofMaxSize(3).map(l -> "[" + String.join(",", l) + "]")),
                4);
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        Arbitrary<String> envelope = Combinators.combine(
                        Arbitraries.of(TYPES), jsonValues(), jsonValues(), Arbitraries.of(TYPES))
                .as((type, data, time, innerType) -> "{\"id\":\"evt_1\",\"type\":\"" + type + "\",\"created_at\":"
                        + time + ",\"timestamp\":" + time + ",\"data\":"
                        + (data.startsWith("{\"") ? "{\"type\":\"" + innerType + "\"," + data.substring(1) : data)
                        + "}");
        return Arbitraries.oneOf(
                envelope.map(s -> s.getBytes(StandardCharsets.UTF_8)),
                jsonValues().map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(200),
                Arbitraries.of(
                                "openai.response.completed.json",
                                "openai.realtime.call.incoming.json",
                                "anthropic.session.status_idled.json",
                                "clerk.user.created.json")
                        .map(f -> Fixtures.body(f).toByteArray()));
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().ascii().ofMinLength(200).ofMaxLength(300),
                Arbitraries.strings().withCharRange('!', '~').ofMaxLength(30),
                Arbitraries.just(Fixtures.MESSAGE_ID));
    }

    @Provide
    Arbitrary<String> timestamps() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(25),
                Arbitraries.strings().numeric().ofMaxLength(30),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.of(
                        Long.toString(Fixtures.NOW.getEpochSecond()),
                        "999999999999",
                        "0",
                        "-1",
                        "1e10",
                        "Infinity",
                        "NaN",
                        " " + Fixtures.NOW.getEpochSecond()));
    }

    @Provide
    Arbitrary<String> signatureHeaders() {
        Arbitrary<String> entry = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(20),
                Arbitraries.strings()
                        .withChars("ABCDEFabcdef0123456789+/=")
                        .ofMaxLength(100)
                        .map(s -> "v1," + s),
                Arbitraries.strings()
                        .withChars("ABCDEFabcdef0123456789+/=")
                        .ofMaxLength(100)
                        .map(s -> "v1a," + s),
                Arbitraries.just("v1a," + "A".repeat(86) + "=="),
                Arbitraries.just("v1," + "A".repeat(43) + "="),
                Arbitraries.of("v2,abc", "v1,", "v1a,", ",", "v1,,", "v1 a,b"));
        return Arbitraries.oneOf(
                entry.list().ofMaxSize(5).map(l -> String.join(" ", l)),
                entry.list().ofMinSize(15).ofMaxSize(40).map(l -> String.join(" ", l)),
                Arbitraries.strings().ofMaxLength(5000));
    }

    @Provide
    Arbitrary<WebhookRequest> deliveries() {
        Arbitrary<Integer> mode = Arbitraries.integers().between(0, 5);
        return Combinators.combine(bodies(), ids(), timestamps(), signatureHeaders(), mode)
                .as((body, id, timestamp, signature, m) -> {
                    WebhookRequest unsigned = Fixtures.unsigned(RawBody.of(body));
                    return switch (m) {
                        case 0 -> openAi.sign(unsigned);
                        case 1 -> anthropic.sign(unsigned);
                        case 2 -> Fixtures.provider(Fixtures.OTHER_SECRET).sign(unsigned);
                        case 3 ->
                            unsigned.toBuilder()
                                    .setHeader("webhook-id", id)
                                    .setHeader("webhook-timestamp", timestamp)
                                    .setHeader("webhook-signature", signature)
                                    .build();
                        case 4 ->
                            unsigned.toBuilder()
                                    .removeHeader("webhook-id")
                                    .setHeader("svix-id", id)
                                    .setHeader("svix-timestamp", timestamp)
                                    .setHeader("svix-signature", signature)
                                    .build();
                        default ->
                            openAi.sign(unsigned).toBuilder()
                                    .setHeader(
                                            List.of("webhook-id", "webhook-timestamp", "webhook-signature")
                                                    .get(Math.abs(id.hashCode() % 3)),
                                            id.isEmpty() ? timestamp : id)
                                    .build();
                    };
                });
    }

    @Property(tries = 400)
    void everyAnswerIsDocumented(@ForAll("deliveries") WebhookRequest request) {
        for (String provider : List.of("openai", "anthropic")) {
            DocumentedOutcomes.assertDocumented(
                    webhooks.handle(provider, request),
                    Fixtures.SECRET,
                    Fixtures.OTHER_SECRET,
                    Fixtures.SIGNING_KEY,
                    Fixtures.SECRET.substring("whsec_".length()));
        }
    }

    @Property(tries = 200)
    void theSignerAndTheVerifierAgreeOnEveryIdTimeAndBody(
            @ForAll("printableIds") String id,
            @ForAll @LongRange(min = 0, max = 999_999_999_999L) long epochSeconds,
            @ForAll("bodies") byte[] body) {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(epochSeconds), ZoneOffset.UTC);
        StandardWebhooksVerifier verifier = StandardWebhooksVerifier.builder()
                .keys(Fixtures.SECRET, Fixtures.SIGNING_KEY)
                .clock(clock)
                .build();
        String header = StandardWebhooksSigner.of(verifier).signatureHeader(id, epochSeconds, RawBody.of(body));
        for (String signature : header.split(" ")) {
            Verification verification = verifier.verify(id, Long.toString(epochSeconds), signature, RawBody.of(body));
            assertThat(verification.signedAt()).isEqualTo(Instant.ofEpochSecond(epochSeconds));
        }
    }

    @Provide
    Arbitrary<String> printableIds() {
        return Arbitraries.strings()
                .withCharRange('!', '~')
                .ofMinLength(1)
                .ofMaxLength(StandardWebhooksVerifier.MAX_ID_LENGTH);
    }

    @Example
    void extremeHeadersAreRefusedAs401() {
        WebhookRequest signed = openAi.sign(Fixtures.unsigned(Fixtures.body("openai.response.completed.json")));
        List<String[]> cases = List.of(
                new String[] {"webhook-timestamp", "9".repeat(19)},
                new String[] {"webhook-timestamp", "9".repeat(400)},
                new String[] {"webhook-id", "x".repeat(1_000_000)},
                new String[] {"webhook-signature", ("v1," + "A".repeat(43) + "= ").repeat(10_000)},
                new String[] {"webhook-signature", "v1," + "A".repeat(1_000_000)},
                new String[] {"webhook-signature", ("v1a," + "A".repeat(86) + "== ").repeat(12)});
        for (String[] header : cases) {
            WebhookRequest request =
                    signed.toBuilder().setHeader(header[0], header[1]).build();
            assertThat(webhooks.handle("openai", request).status())
                    .as("%s of %d characters", header[0], header[1].length())
                    .isEqualTo(401);
        }
    }
}
