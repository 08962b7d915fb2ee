package io.webhooks4j.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.FormParameter;
import io.webhooks4j.FormParameters;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.spi.HmacAlgorithm;
import io.webhooks4j.spi.Secret;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import io.webhooks4j.twilio.event.MessageState;
import io.webhooks4j.twilio.event.UnknownTwilioRequest;
import io.webhooks4j.twilio.internal.ParametersJson;
import io.webhooks4j.twilio.internal.SignedString;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.crypto.Mac;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Issue #18 for Twilio: {@code payloadAs} binds the parameters without a tree, a JSON request keeps its bytes and
 * is read once to its end (a JSON array once more, to find the CloudEvents of an Event Streams delivery: see {@code
 * TwilioEventStreamsTest}), {@code raw()} builds the tree on demand, and the verifier feeds the signed string to the
 * MAC without building it.
 */
class TwilioOnePassTest {
    private static final TwilioProvider PROVIDER = TwilioProvider.create(Fixtures.AUTH_TOKEN);
    private static final String EVENTS_URL = "https://hooks.example.com/events";

    private static TwilioEvent<?> parse(WebhookRequest request) {
        return PROVIDER.parse(request, PROVIDER.verify(request));
    }

    private static TwilioEvent<?> parseJson(String body) {
        return parse(Fixtures.signed(EVENTS_URL, "application/json", body));
    }

    private static WebhookResponse handleJson(String body) {
        Webhooks webhooks = Webhooks.builder()
                .provider(TwilioProvider.create(Fixtures.AUTH_TOKEN))
                .on(TwilioEvents.ANY, event -> {})
                .build();
        return webhooks.handle("twilio", Fixtures.signed(EVENTS_URL, "application/json", body));
    }

    record MyStatus(
            @JsonProperty("MessageSid") String sid,
            @JsonProperty("MessageStatus") MessageState status,
            @JsonProperty("ErrorCode") Integer errorCode) {}

    record Everything(
            @JsonProperty("AccountSid") String accountSid,
            @JsonProperty("Tag") List<String> tags,
            @JsonProperty("Confidence") BigDecimal confidence,
            @JsonProperty("NumMedia") Integer numMedia,
            @JsonProperty("Forwarded") Boolean forwarded) {}

    record MyEvent(
            @JsonProperty("type") String type,
            @JsonProperty("id") String id,
            @JsonProperty("data") Map<String, Object> data) {}

    // ---- payloadAs: the parameters bound without a tree, as the tree path bound them ----

    @Test
    void payloadAsBindsEveryFixtureAsTheTreeOfItsParametersDid() {
        for (String fixture : Fixtures.FORMS) {
            TwilioEvent<?> event = parse(Fixtures.signed(fixture));
            JsonNode tree = ParametersJson.tree(event.parameters());
            assertThat(event.payloadAs(Map.class))
                    .as(fixture)
                    .isEqualTo(WebhookJson.convert(tree, Map.class))
                    .hasSize(tree.size());
            assertThat(event.payloadAs(JsonNode.class)).as(fixture).isEqualTo(tree);
            assertThat(event.payloadAs(MyStatus.class))
                    .as(fixture)
                    .isEqualTo(WebhookJson.convert(tree, MyStatus.class));
            assertThat(event.payloadAs(Everything.class))
                    .as(fixture)
                    .isEqualTo(WebhookJson.convert(tree, Everything.class));
        }
    }

    @Test
    void repeatedNamesBindAsArraysInTheOrderSentAsTheTreeDid() {
        TwilioEvent<?> event = parse(Fixtures.signed(
                Fixtures.URL,
                "Tag=b&AccountSid=AC1&Tag=a&Confidence=0.50&Tag=b&NumMedia=3&Forwarded=true&Tag=&Solo=1&Tag=z"));
        Everything bound = event.payloadAs(Everything.class);
        assertThat(bound)
                .isEqualTo(new Everything("AC1", List.of("b", "a", "b", "", "z"), new BigDecimal("0.50"), 3, true));
        assertThat(bound).isEqualTo(WebhookJson.convert(ParametersJson.tree(event.parameters()), Everything.class));
        assertThat(event.payloadAs(JsonNode.class)).isEqualTo(ParametersJson.tree(event.parameters()));
        assertThat(event.payloadAs(JsonNode.class).propertyNames())
                .containsExactly("Tag", "AccountSid", "Confidence", "NumMedia", "Forwarded", "Solo");
    }

    @Test
    void manyRepeatedAndDistinctNamesBindAsTheTreeDid() {
        Random random = new Random(18);
        List<FormParameter> parameters = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            parameters.add(new FormParameter("N" + random.nextInt(300), Integer.toString(i)));
        }
        FormParameters form = FormParameters.of(parameters);
        assertThat(ParametersJson.bind(form, JsonNode.class)).isEqualTo(ParametersJson.tree(form));
        assertThat(ParametersJson.bind(FormParameters.empty(), Map.class)).isEmpty();
    }

    @Test
    void payloadAsKeepsTheBoundedDecimalsAndRefusesWhatDoesNotFit() {
        record Score(@JsonProperty("Confidence") BigDecimal confidence) {}
        for (String huge : List.of("1e999999999", "-1E-999999999", "1e1001", "9".repeat(101))) {
            TwilioEvent<?> event = parse(Fixtures.signed(Fixtures.URL, "CallSid=CA1&Confidence=" + huge));
            assertThatExceptionOfType(WebhookParseException.class)
                    .as(huge)
                    .isThrownBy(() -> event.payloadAs(Score.class))
                    .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_BODY));
        }
        TwilioEvent<?> fine = parse(Fixtures.signed(Fixtures.URL, "CallSid=CA1&Confidence=1e1000"));
        assertThat(fine.payloadAs(Score.class).confidence()).isEqualTo(new BigDecimal("1e1000"));
    }

    // ---- raw(): the tree on demand ----

    @Test
    void rawOfAFormIsTheTreeOfItsParametersBuiltOnEachCall() {
        TwilioEvent<?> event = parse(Fixtures.signed(Fixtures.URL, "MessageSid=SM1&Tag=a&Tag=b&Body=caf%C3%A9"));
        assertThat(event.json()).isNull();
        JsonNode raw = event.raw();
        assertThat(raw).isEqualTo(ParametersJson.tree(event.parameters()));
        assertThat(raw.get("Body").asString()).isEqualTo("café");
        assertThat(raw.get("Tag").isArray()).isTrue();
        assertThat(event.raw()).isEqualTo(raw).isNotSameAs(raw);
    }

    @Test
    void aJsonRequestKeepsItsBytesAndRawParsesThemOnEachCall() {
        RawBody body = Fixtures.body("event-streams.json");
        WebhookRequest request = Fixtures.signed(EVENTS_URL, "application/json", body);
        TwilioEvent<?> event = parse(request);
        assertThat(event.json()).isSameAs(request.body()).isEqualTo(body);
        assertThat(event.raw()).isEqualTo(WebhookJson.readTree(body));
        assertThat(event.raw()).isNotSameAs(event.raw());
        assertThat(event.payloadAs(MyEvent[].class))
                .containsExactly(WebhookJson.convert(WebhookJson.readTree(body), MyEvent[].class));
        assertThat(event.payloadAs(JsonNode.class)).isEqualTo(WebhookJson.readTree(body));
    }

    @Test
    void theAccountSidOfAJsonBodyIsTheTopLevelStringAsTheTreeGaveIt() {
        assertThat(parseJson("{\"AccountSid\":\"AC1\",\"x\":[1,{\"AccountSid\":\"AC2\"}]}")
                        .accountSid())
                .isEqualTo("AC1");
        assertThat(parseJson("{\"x\":{\"AccountSid\":\"AC2\"},\"AccountSid\":\"AC1\"}")
                        .accountSid())
                .isEqualTo("AC1");
        assertThat(parseJson("{\"x\":{\"AccountSid\":\"AC2\"}}").accountSid()).isNull();
        assertThat(parseJson("[{\"AccountSid\":\"AC2\"}]").accountSid()).isNull();
        assertThat(parseJson("{\"AccountSid\":7}").accountSid()).isNull();
        assertThat(parseJson("{\"AccountSid\":{\"AccountSid\":\"AC2\"}}").accountSid())
                .isNull();
        assertThat(parseJson("\"AC1\"").accountSid()).isNull();
        // a repeated member: a tree keeps the last one
        for (String body : List.of(
                "{\"AccountSid\":\"AC1\",\"AccountSid\":\"AC3\"}",
                "{\"AccountSid\":\"AC1\",\"AccountSid\":null}",
                "{\"AccountSid\":\"AC1\",\"AccountSid\":[\"AC4\"]}")) {
            JsonNode tree = WebhookJson.readTree(RawBody.ofUtf8(body));
            String expected =
                    tree.path("AccountSid").isString() ? tree.get("AccountSid").asString() : null;
            assertThat(parseJson(body).accountSid()).as(body).isEqualTo(expected);
        }
    }

    @Test
    void theJsonRenderingCopiesTheBodyExactly() {
        String body = "{\"AccountSid\":\"AC1\",\"price\":388.00,\"big\":123456789012345678901234567890,"
                + "\"e\":1.5E+3,\"list\":[true,false,null,\"caf\\u00e9\"],\"nested\":{\"a\":{}}}";
        JsonNode rendered = WebhookJson.readTree(WebhookJson.write(parseJson(body)));
        assertThat(rendered.get("json")).isEqualTo(WebhookJson.readTree(RawBody.ofUtf8(body)));
        assertThat(rendered.get("json").get("price").decimalValue()).isEqualTo(new BigDecimal("388.00"));
        assertThat(rendered.get("accountSid").asString()).isEqualTo("AC1");
        assertThat(WebhookJson.readTree(WebhookJson.write(parseJson("null")))
                        .get("json")
                        .isNull())
                .isTrue();
    }

    // ---- a JSON body is read to its end: malformed anywhere is a 400 ----

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[{\"type\":\"a\"}",
                "{\"AccountSid\":\"AC1\"",
                "{\"AccountSid\":\"AC1\"} trailing",
                "{\"AccountSid\":\"AC1\"}{\"AccountSid\":\"AC2\"}",
                "[1] [2]",
                "\"AC1\" 7",
                "{\"AccountSid\":\"AC1\",}",
                "{\"AccountSid\":\"AC1\",\"x\":[1,2,}",
                "{\"AccountSid\":\"AC1\",\"x\":\"unterminated}",
                "{\"AccountSid\":\"AC1\",\"x\":\"bad \\q escape\"}",
                "{\"AccountSid\":\"AC1\",\"x\":1e999999999}",
                "[1,2,-1e-999999999]",
                "1E+1001",
                "   ",
                "nul"
            })
    void malformedJsonAnywhereInTheBodyIsA400(String body) {
        assertThatExceptionOfType(WebhookParseException.class)
                .isThrownBy(() -> parseJson(body))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_BODY));
        WebhookResponse response = handleJson(body);
        assertThat(response.status()).as(body).isEqualTo(400);
    }

    @Test
    void deepNestingIsRefusedAsATreeRefusedIt() {
        String deep = "{\"AccountSid\":\"AC1\",\"x\":" + "[".repeat(300) + "]".repeat(300) + "}";
        assertThat(handleJson(deep).status()).isEqualTo(400);
        String fine = "{\"AccountSid\":\"AC1\",\"x\":" + "[".repeat(150) + "]".repeat(150) + "}";
        assertThat(handleJson(fine).status()).isEqualTo(200);
        assertThat(parseJson(fine).raw().get("x").isArray()).isTrue();
    }

    @Test
    void aJsonBodyThatParsesIsAlwaysRenderableAndItsTreeBuilds() {
        for (String body : List.of(
                "{\"AccountSid\":\"AC1\",\"n\":1e1000,\"m\":-1E-1000}",
                "[]",
                "null",
                "\"\\ud800\"",
                "{\"a\":1,\"a\":2}",
                "[" + "1,".repeat(2_000) + "1]")) {
            TwilioEvent<?> event = parseJson(body);
            assertThat(event.payload()).isInstanceOf(UnknownTwilioRequest.class);
            assertThat(event.raw()).as(body).isEqualTo(WebhookJson.readTree(RawBody.ofUtf8(body)));
            assertThat(WebhookJson.readTree(WebhookJson.write(event)).get("json"))
                    .as(body)
                    .isEqualTo(WebhookJson.readTree(RawBody.ofUtf8(body)));
        }
    }

    // ---- the verifier feeds the signed string to the MAC without building it ----

    @Test
    void theStreamedSignedStringIsExactlyTheBuiltOne() throws Exception {
        Random random = new Random(1818);
        Secret secret = Secret.of("k", Fixtures.AUTH_TOKEN);
        String[] pieces = {
            "a", "Z", "0", " ", "\u00e9", "\u20ac", "\uD83D\uDE80", "\uD800", "\uDC00", "x\uD83D", "&", "="
        };
        for (int round = 0; round < 200; round++) {
            List<FormParameter> parameters = new ArrayList<>();
            int count = random.nextInt(12);
            for (int i = 0; i < count; i++) {
                parameters.add(
                        new FormParameter(text(random, pieces, 4), text(random, pieces, round < 100 ? 8 : 3_000)));
            }
            if (count > 0 && random.nextBoolean()) {
                parameters.add(parameters.get(0)); // an identical duplicate, kept once
            }
            FormParameters form = FormParameters.of(parameters);
            String url = "https://h.example.com/" + text(random, pieces, 6);
            FormParameter[] order = SignedString.signingOrder(form);
            byte[] signed = SignedString.signedBytes(url, form);
            assertThat(signed).isEqualTo(SignedString.of(url, form).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (int size : new int[] {8, 9, 10, 11, 64, SignedString.buffer(url, order).length}) {
                Mac mac = secret.mac(HmacAlgorithm.SHA1);
                SignedString.update(mac, url, order, new byte[size]);
                assertThat(mac.doFinal())
                        .as("round %s, buffer %s", round, size)
                        .isEqualTo(secret.hmac(HmacAlgorithm.SHA1, signed));
            }
        }
    }

    private static String text(Random random, String[] pieces, int max) {
        StringBuilder out = new StringBuilder();
        int n = random.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            out.append(pieces[random.nextInt(pieces.length)]);
        }
        return out.toString();
    }

    @Test
    void verifyingALargeFormAllocatesNoCopyOfItsSignedString() {
        Assumptions.assumeTrue(
                ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean,
                "no allocation counter on this JVM");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        RawBody body = RawBody.ofUtf8("MessageSid=SM1&AccountSid=AC1&Body=" + "x".repeat(1_000_000) + "&From=%2B1");
        WebhookRequest signed = Fixtures.signed(Fixtures.URL, body);
        for (int i = 0; i < 20; i++) { // warm-up
            WebhookRequest request = signed.toBuilder().build();
            request.formParameters();
            PROVIDER.verify(request);
        }
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            WebhookRequest request = signed.toBuilder().build();
            request.formParameters(); // decoded (and cached) by the request, shared with the parser: not counted
            long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
            PROVIDER.verify(request);
            least = Math.min(
                    least,
                    threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before);
        }
        // a buffer of at most 2 KiB and the sorted references; building the signed string was a 1 MB array
        assertThat(least).isLessThan(16 * 1024);
    }
}
