package io.webhooks4j.standardwebhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import io.webhooks4j.standardwebhooks.event.AnthropicResource;
import io.webhooks4j.standardwebhooks.event.OpenAiResource;
import io.webhooks4j.standardwebhooks.internal.Base64Text;
import io.webhooks4j.standardwebhooks.internal.DeclaredEventTypes;
import io.webhooks4j.standardwebhooks.internal.StandardWebhooksSignatures;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Issue #18 for Standard Webhooks: the envelope is read member by member and {@code data} bound straight from the
 * bytes (buffered when the type comes after it), the bytes are kept and {@code raw()} parses them on demand, and
 * the verifier reads its headers in place.
 */
class StandardWebhooksOnePassTest {
    private static final StandardWebhooksProvider STANDARD = Fixtures.provider(Fixtures.SECRET);
    private static final StandardWebhooksProvider OPENAI = Fixtures.providerWithId("openai", Fixtures.SECRET);
    private static final StandardWebhooksProvider ANTHROPIC = Fixtures.providerWithId("anthropic", Fixtures.SECRET);

    private static StandardWebhookEvent<?> parse(StandardWebhooksProvider provider, RawBody body) {
        WebhookRequest request = provider.sign(Fixtures.unsigned(body));
        return provider.parse(request, provider.verify(request));
    }

    private static StandardWebhookEvent<?> parse(StandardWebhooksProvider provider, String body) {
        return parse(provider, RawBody.ofUtf8(body));
    }

    /** What the tree path made of {@code body}: the data bound from the tree of the whole body. */
    private static Object treeData(StandardWebhooksProvider provider, String type, RawBody body) {
        JsonNode root = WebhookJson.readTree(body);
        JsonNode data = root.get("data");
        if (data == null || data.isNull()) {
            data = root;
        }
        Class<?> payloadType =
                DeclaredEventTypes.payloadType(provider.id(), type).orElse(JsonNode.class);
        return payloadType == JsonNode.class ? data : WebhookJson.convert(data, payloadType);
    }

    private static final List<Object[]> FIXTURES = List.of(
            new Object[] {OPENAI, "openai.response.completed.json"},
            new Object[] {OPENAI, "openai.realtime.call.incoming.json"},
            new Object[] {ANTHROPIC, "anthropic.session.status_idled.json"},
            new Object[] {STANDARD, "clerk.user.created.json"},
            new Object[] {STANDARD, "spec.contact.created.json"},
            new Object[] {Fixtures.providerWithId("anthropic", Fixtures.SECRET), "spec.contact.created.json"});

    // ---- the typed data equals what the tree path gave ----

    @Test
    void theTypedDataOfEveryFixtureIsWhatTheTreePathGave() {
        for (Object[] fixture : FIXTURES) {
            StandardWebhooksProvider provider = (StandardWebhooksProvider) fixture[0];
            RawBody body = Fixtures.body((String) fixture[1]);
            StandardWebhookEvent<?> event = parse(provider, body);
            assertThat(event.data()).as("%s", fixture[1]).isEqualTo(treeData(provider, event.type(), body));
            JsonNode root = WebhookJson.readTree(body);
            assertThat(event.eventId())
                    .as("%s", fixture[1])
                    .isEqualTo(root.path("id").isString() ? root.get("id").asString() : null);
        }
    }

    @Test
    void theBytesAreKeptAndRawParsesThemOnEachCall() {
        RawBody body = Fixtures.body("openai.response.completed.json");
        WebhookRequest request = OPENAI.sign(Fixtures.unsigned(body));
        StandardWebhookEvent<?> event = OPENAI.parse(request, OPENAI.verify(request));
        assertThat(event.json()).isSameAs(request.body());
        JsonNode raw = event.raw();
        assertThat(raw).isEqualTo(WebhookJson.readTree(body));
        assertThat(event.raw()).isEqualTo(raw).isNotSameAs(raw);
        assertThat(event.dataNode()).isEqualTo(raw.get("data"));
        // the rendering leaves the bytes out, and shows data as sent
        JsonNode rendered = WebhookJson.readTree(WebhookJson.write(event));
        assertThat(rendered.has("json")).isFalse();
        assertThat(rendered.has("raw")).isFalse();
        assertThat(rendered.get("data")).isEqualTo(raw.get("data"));
    }

    record Thin(
            @JsonProperty("id") String id,
            @JsonProperty("object") String object) {}

    @Test
    void payloadAsBindsTheDataMemberOrTheWholeSquashedBody() {
        RawBody body = Fixtures.body("openai.response.completed.json");
        StandardWebhookEvent<?> event = parse(OPENAI, body);
        JsonNode data = WebhookJson.readTree(body).get("data");
        assertThat(event.payloadAs(Thin.class)).isEqualTo(WebhookJson.convert(data, Thin.class));
        assertThat(event.payloadAs(JsonNode.class)).isEqualTo(data);
        assertThat(event.payloadAs(Map.class)).isEqualTo(WebhookJson.convert(data, Map.class));

        StandardWebhookEvent<?> squashed =
                parse(STANDARD, "{\"type\":\"thin.done\",\"id\":\"t_1\",\"object\":\"thin\"}");
        assertThat(squashed.payloadAs(Thin.class)).isEqualTo(new Thin("t_1", "thin"));
        StandardWebhookEvent<?> nullData =
                parse(STANDARD, "{\"type\":\"thin.done\",\"id\":\"t_1\",\"object\":\"thin\",\"data\":null}");
        assertThat(nullData.payloadAs(Thin.class)).isEqualTo(new Thin("t_1", "thin"));
        assertThat(nullData.dataNode()).isEqualTo(nullData.raw());

        assertThatExceptionOfType(WebhookParseException.class)
                .isThrownBy(
                        () -> parse(STANDARD, "{\"type\":\"a.b\",\"data\":[1]}").payloadAs(Thin.class))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_BODY));
    }

    // ---- the order of the envelope's members does not matter ----

    @Test
    void theOrderOfTheEnvelopesMembersDoesNotMatter() {
        String[] members = {
            "\"type\":\"response.completed\"",
            "\"id\":\"evt_1\"",
            "\"created_at\":1750287018",
            "\"object\":\"event\"",
            "\"data\":{\"id\":\"resp_1\",\"object\":\"response\",\"extra\":[1,{\"a\":2.5}]}"
        };
        StandardWebhookEvent<?> first = null;
        for (List<String> order : permutations(List.of(members))) {
            String body = "{" + String.join(",", order) + "}";
            StandardWebhookEvent<?> event = parse(OPENAI, body);
            assertThat(event.data()).as(body).isEqualTo(new OpenAiResource("resp_1"));
            assertThat(event.data()).as(body).isEqualTo(treeData(OPENAI, "response.completed", RawBody.ofUtf8(body)));
            if (first == null) {
                first = event;
            }
            assertThat(event.type()).isEqualTo(first.type());
            assertThat(event.eventId()).isEqualTo("evt_1");
            assertThat(event.timestamp()).isEqualTo(first.timestamp()).isNotNull();
        }
    }

    @Test
    void anthropicsEnvelopeReadsTheTypeInDataWhereverItsMembersStand() {
        String data = "{\"id\":\"sesn_1\",\"type\":\"session.status_idled\",\"workspace_id\":\"wrkspc_1\"}";
        for (String body : List.of(
                "{\"type\":\"event\",\"id\":\"wevt_1\",\"data\":" + data + "}",
                "{\"data\":" + data + ",\"id\":\"wevt_1\",\"type\":\"event\"}",
                "{\"id\":\"wevt_1\",\"data\":" + data
                        + ",\"type\":\"event\",\"created_at\":\"2026-05-06T16:10:03Z\"}")) {
            StandardWebhookEvent<?> event = parse(ANTHROPIC, body);
            assertThat(event.type()).as(body).isEqualTo("session.status_idled");
            assertThat(event.data()).as(body).isInstanceOf(AnthropicResource.class);
            assertThat(event.data()).isEqualTo(treeData(ANTHROPIC, "session.status_idled", RawBody.ofUtf8(body)));
            assertThat(((AnthropicResource) event.data()).workspaceId()).isEqualTo("wrkspc_1");
        }
        // no inner type: the event type stays "event"
        assertThat(parse(ANTHROPIC, "{\"type\":\"event\",\"data\":{\"id\":\"x\"}}")
                        .type())
                .isEqualTo("event");
        assertThat(parse(ANTHROPIC, "{\"data\":[1],\"type\":\"event\"}").type()).isEqualTo("event");
    }

    @Test
    void dataBeforeItsTypeIsBufferedAndBoundTheSame() {
        String typeFirst = "{\"type\":\"response.completed\",\"data\":{\"id\":\"resp_1\"}}";
        String dataFirst = "{\"data\":{\"id\":\"resp_1\"},\"type\":\"response.completed\"}";
        assertThat(parse(OPENAI, dataFirst).data())
                .isEqualTo(parse(OPENAI, typeFirst).data());
        for (String data : new String[] {"\"resp_1\"", "[]", "{\"id\":{\"nested\":1}}"}) {
            assertThatExceptionOfType(WebhookParseException.class)
                    .as(data)
                    .isThrownBy(() -> parse(OPENAI, "{\"data\":" + data + ",\"type\":\"response.completed\"}"))
                    .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_BODY));
        }
        assertThatExceptionOfType(WebhookParseException.class)
                .isThrownBy(() -> parse(OPENAI, "{\"data\":{\"id\":\"resp_1\"}}"))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_EVENT_TYPE));
    }

    @Test
    void repeatedMembersReadAsTheTreeReadThemTheLastOneWins() {
        for (String body : List.of(
                "{\"type\":\"a.b\",\"data\":{\"id\":\"resp_1\"},\"type\":\"response.completed\"}",
                "{\"type\":\"response.completed\",\"data\":{\"id\":\"resp_1\"},\"data\":{\"id\":\"resp_2\"}}",
                "{\"type\":\"response.completed\",\"data\":{\"id\":\"resp_1\"},\"data\":null,\"id\":\"x\"}",
                "{\"id\":\"e1\",\"type\":\"response.completed\",\"id\":7,\"data\":{}}")) {
            StandardWebhookEvent<?> event = parse(OPENAI, body);
            JsonNode root = WebhookJson.readTree(RawBody.ofUtf8(body));
            assertThat(event.type()).as(body).isEqualTo(root.get("type").asString());
            assertThat(event.data()).as(body).isEqualTo(treeData(OPENAI, event.type(), RawBody.ofUtf8(body)));
            assertThat(event.eventId())
                    .as(body)
                    .isEqualTo(root.path("id").isString() ? root.get("id").asString() : null);
            assertThat(event.dataNode())
                    .as(body)
                    .isEqualTo(root.get("data") == null || root.get("data").isNull() ? root : root.get("data"));
        }
    }

    // ---- malformed JSON anywhere is a 400 ----

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"type\":\"response.completed\",\"data\":{\"id\":\"resp_1\"}",
                "{\"type\":\"response.completed\",\"data\":{\"id\":\"resp_1\"}} trailing",
                "{\"type\":\"response.completed\",\"data\":{\"id\":\"resp_1\"}}{\"type\":\"x\"}",
                "{\"type\":\"response.completed\",\"data\":{\"id\":\"resp_1\"},}",
                "{\"type\":\"response.completed\",\"data\":{\"id\":\"resp_1\"},\"x\":[1,2}",
                "{\"type\":\"response.completed\",\"data\":{\"id\":\"resp_1\"},\"x\":1e999999999}",
                "{\"type\":\"response.completed\",\"data\":{\"id\":\"resp_1\",\"unmodelled\":-1E+1001}}",
                "{\"type\":\"response.completed\",\"data\":{\"id\":-1e999999999}}",
                "{\"data\":{\"id\":\"resp_1\",\"x\":{\"y\":[1e-999999999]}},\"type\":\"response.completed\"}",
                "{\"type\":\"unknown.type\",\"data\":{\"x\":1e999999999}}",
                "{\"type\":\"response.completed\",\"timestamp\":1e999999999,\"data\":{}}",
                "{\"type\":\"response.completed\",\"data\":{\"id\":\"unterminated}}",
                "[{\"type\":\"response.completed\"}",
                "[1] [2]",
                "   "
            })
    void malformedJsonAnywhereIsA400(String body) {
        Webhooks webhooks = Webhooks.builder()
                .provider(OPENAI)
                .onAny(event -> {
                    event.toString();
                    WebhookJson.write(event);
                })
                .build();
        WebhookResponse response = webhooks.handle("openai", OPENAI.sign(Fixtures.unsigned(body)));
        assertThat(response.status()).as(body).isEqualTo(400);
        assertThat(response.bodyAsString()).contains(Reason.MALFORMED_BODY.code());
    }

    @Test
    void decimalsWithinTheBoundParseAndTheirTreeBuilds() {
        String body = "{\"type\":\"response.completed\",\"data\":{\"id\":\"resp_1\",\"x\":1e1000,\"y\":-1.5E-999},"
                + "\"z\":[12.50,1e3]}";
        StandardWebhookEvent<?> event = parse(OPENAI, body);
        assertThat(event.raw()).isEqualTo(WebhookJson.readTree(RawBody.ofUtf8(body)));
        assertThat(WebhookJson.readTree(WebhookJson.write(event))
                        .get("data")
                        .get("x")
                        .decimalValue())
                .isEqualByComparingTo("1e1000");
    }

    // ---- the verifier reads its headers in place ----

    @Test
    void theBase64OfAHeaderEntryIsReadAsJavasDecoderReadsIt() {
        Random random = new Random(18);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        List<String> inputs = new ArrayList<>(List.of(
                "",
                "=",
                "==",
                "A",
                "A=",
                "AA",
                "AA=",
                "AA==",
                "AAA",
                "AAA=",
                "AAAA",
                "AAAA=",
                "AAAA==",
                "AA=A",
                "A===",
                "AAAAA",
                "-_",
                " AAAA",
                "AAAA ",
                "\u00e9AAA",
                "AA\u0100A"));
        for (int n : new int[] {32, 64}) {
            byte[] bytes = new byte[n];
            for (int i = 0; i < 500; i++) {
                random.nextBytes(bytes);
                String encoded = Base64.getEncoder().encodeToString(bytes);
                inputs.add(encoded);
                inputs.add(encoded.replace("=", ""));
                inputs.add(encoded + "=");
                char[] chars = encoded.toCharArray();
                int at = random.nextInt(chars.length);
                chars[at] =
                        random.nextInt(4) == 0 ? "=-_.".charAt(random.nextInt(4)) : alphabet.charAt(random.nextInt(64));
                inputs.add(new String(chars));
                inputs.add(encoded.substring(0, random.nextInt(encoded.length())));
            }
        }
        for (String input : inputs) {
            for (int expected : new int[] {1, 2, 3, 32, 64}) {
                byte[] java;
                try {
                    java = Base64.getDecoder().decode(input);
                } catch (IllegalArgumentException e) {
                    java = null;
                }
                byte[] out = new byte[expected + 4];
                Arrays.fill(out, (byte) 0x5a);
                String framed = "v1," + input + " next";
                boolean ours = Base64Text.decode(framed, 3, 3 + input.length(), out, 2, expected);
                boolean javaAccepts = java != null && java.length == expected;
                assertThat(ours).as("'%s' as %s bytes", input, expected).isEqualTo(javaAccepts);
                if (ours) {
                    assertThat(Arrays.copyOfRange(out, 2, 2 + expected)).isEqualTo(java);
                }
                assertThat(out[0]).isEqualTo((byte) 0x5a);
                assertThat(out[expected + 3]).isEqualTo((byte) 0x5a); // nothing written past the range
            }
        }
    }

    @Test
    void theSignedPrefixIsTheIdAndTheTimestampAsTheyWereJoined() {
        for (String id : List.of("msg_2KWPBgLlAfxdpx2AI54pPJ85f4W", "", "caf\u00e9", "a.b")) {
            for (long timestamp : new long[] {0, 7, 1_764_235_800L, 999_999_999_999L, Long.MAX_VALUE, -5}) {
                assertThat(StandardWebhooksSignatures.prefix(id, timestamp))
                        .isEqualTo((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void aTimestampWithLeadingZerosIsSignedAsItsNumber() {
        String body = "{\"type\":\"a.b\",\"data\":{}}";
        long now = Fixtures.NOW.getEpochSecond();
        WebhookRequest signed = STANDARD.signer().sign(Fixtures.unsigned(body), Fixtures.NOW);
        WebhookRequest padded =
                signed.toBuilder().setHeader("webhook-timestamp", "00" + now).build();
        assertThat(STANDARD.verify(padded).keyId())
                .isEqualTo(STANDARD.verify(signed).keyId());
    }

    @Test
    void verifyingALargeBodyAllocatesNoCopyOfIt() {
        Assumptions.assumeTrue(
                ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean,
                "no allocation counter on this JVM");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        WebhookRequest signed = STANDARD.sign(
                Fixtures.unsigned("{\"type\":\"a.b\",\"data\":{\"text\":\"" + "x".repeat(1_000_000) + "\"}}"));
        for (int i = 0; i < 50; i++) {
            STANDARD.verify(signed);
        }
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
            STANDARD.verify(signed);
            least = Math.min(
                    least,
                    threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before);
        }
        assertThat(least).isLessThan(2_048);
    }

    private static <T> List<List<T>> permutations(List<T> items) {
        if (items.size() <= 1) {
            return List.of(items);
        }
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<T> rest = new ArrayList<>(items);
            T head = rest.remove(i);
            for (List<T> tail : permutations(rest)) {
                List<T> permutation = new ArrayList<>();
                permutation.add(head);
                permutation.addAll(tail);
                out.add(permutation);
            }
        }
        return out;
    }
}
