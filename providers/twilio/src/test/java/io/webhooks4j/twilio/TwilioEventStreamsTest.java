package io.webhooks4j.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import io.webhooks4j.test.kit.DocumentedOutcomes;
import io.webhooks4j.twilio.event.CloudEvent;
import io.webhooks4j.twilio.event.EventStreamsDelivery;
import io.webhooks4j.twilio.event.UnknownTwilioRequest;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Event Streams webhook sink deliveries ({@link TwilioEvents#EVENT_STREAMS}): a JSON array of CloudEvents becomes an
 * {@link EventStreamsDelivery}, any other JSON body stays {@link UnknownTwilioRequest} as before, and the kind is
 * decided only by the signed body.
 */
class TwilioEventStreamsTest {
    private static final TwilioProvider PROVIDER = TwilioProvider.create(Fixtures.AUTH_TOKEN);
    private static final String EVENTS_URL = "https://hooks.example.com/events";

    /** Two events of a batch: the Messaging one of the corpus and one with every optional attribute and more. */
    private static final String BATCH = "[{\"specversion\":\"1.0\",\"type\":\"com.twilio.messaging.message.sent\","
            + "\"source\":\"/2010-04-01/Accounts/AC1/Messages/SM1.json\",\"id\":\"EZ01\","
            + "\"dataschema\":\"https://events-schemas.twilio.com/Messaging.MessageStatus/5\","
            + "\"datacontenttype\":\"application/json\",\"time\":\"2026-11-27T11:59:57.123Z\","
            + "\"data\":{\"messageSid\":\"SM1\",\"price\":388.00}},"
            + "{\"specversion\":\"1.0\",\"type\":\"com.twilio.voice.insights.call-summary.complete\","
            + "\"source\":\"AB00000000000000000000000001\",\"id\":\"EZ02\",\"subject\":\"CA1\","
            + "\"time\":\"2026-11-27T12:59:58+01:00\",\"comtwiliosinkid\":\"DG1\",\"unsetextension\":null,"
            + "\"traceparent\":{\"a\":[1,2]},\"data\":null}]";

    private static TwilioEvent<?> parse(String body) {
        return parse(RawBody.ofUtf8(body));
    }

    private static TwilioEvent<?> parse(RawBody body) {
        WebhookRequest request = Fixtures.signed(EVENTS_URL, "application/json", body);
        return PROVIDER.parse(request, PROVIDER.verify(request));
    }

    private static List<CloudEvent> events(String body) {
        TwilioEvent<?> event = parse(body);
        assertThat(event.payload()).as(body).isInstanceOf(EventStreamsDelivery.class);
        assertThat(event.type()).isEqualTo("event-streams.delivery");
        return ((EventStreamsDelivery) event.payload()).events();
    }

    /** A one-event batch whose event has {@code members} beside the four required attributes. */
    private static String oneEvent(String members) {
        return "[{\"specversion\":\"1.0\",\"id\":\"EZ1\",\"source\":\"/s\",\"type\":\"com.twilio.t\""
                + (members.isEmpty() ? "" : "," + members) + "}]";
    }

    // ---- typed ----

    @Test
    void readsEveryEventOfABatchInOrderWithItsAttributesTyped() {
        List<CloudEvent> events = events(BATCH);
        assertThat(events).extracting(CloudEvent::id).containsExactly("EZ01", "EZ02");

        CloudEvent sent = events.get(0);
        assertThat(sent.type()).isEqualTo("com.twilio.messaging.message.sent");
        assertThat(sent.source()).isEqualTo("/2010-04-01/Accounts/AC1/Messages/SM1.json");
        assertThat(sent.time()).isEqualTo(Instant.parse("2026-11-27T11:59:57.123Z"));
        assertThat(sent.dataSchema())
                .isEqualTo(URI.create("https://events-schemas.twilio.com/Messaging.MessageStatus/5"));
        assertThat(sent.dataContentType()).isEqualTo("application/json");
        assertThat(sent.subject()).isNull();
        assertThat(sent.data().get("messageSid").asString()).isEqualTo("SM1");
        assertThat(sent.data().get("price").decimalValue()).hasToString("388.00"); // exact, as sent
        assertThat(sent.extensions()).isEmpty();

        CloudEvent summary = events.get(1);
        assertThat(summary.source()).isEqualTo("AB00000000000000000000000001");
        assertThat(summary.subject()).isEqualTo("CA1");
        assertThat(summary.time()).isEqualTo(Instant.parse("2026-11-27T11:59:58Z")); // +01:00, as an instant
        assertThat(summary.dataSchema()).isNull();
        assertThat(summary.dataContentType()).isNull();
        // data sent as null is a JSON null, not absent (json-format.md 3.1.1)
        assertThat(summary.data()).isNotNull();
        assertThat(summary.data().isNull()).isTrue();
        // extension attributes in the order sent, a null one unset (json-format.md 2.2)
        assertThat(summary.extensions()).containsOnlyKeys("comtwiliosinkid", "traceparent");
        assertThat(summary.extensions().keySet()).containsExactly("comtwiliosinkid", "traceparent");
        assertThat(summary.extensions().get("comtwiliosinkid").asString()).isEqualTo("DG1");
        assertThat(summary.extensions().get("traceparent").get("a").get(1).intValue())
                .isEqualTo(2);
    }

    @Test
    void unsetAndAbsentAttributesAreNullAndARepeatedMemberCountsItsLastValue() {
        CloudEvent bare = events(oneEvent("")).get(0);
        assertThat(bare.time()).isNull();
        assertThat(bare.data()).isNull(); // absent
        assertThat(bare.dataBase64()).isNull();
        assertThat(bare.extensions()).isEmpty();

        CloudEvent nulls = events(
                        oneEvent("\"time\":null,\"subject\":null,\"dataschema\":null,\"datacontenttype\":null"))
                .get(0);
        assertThat(nulls)
                .isEqualTo(new CloudEvent(
                        "1.0", "EZ1", "/s", "com.twilio.t", null, null, null, null, null, null, Map.of()));

        CloudEvent repeated = events("[{\"specversion\":\"1.0\",\"id\":\"EZ1\",\"source\":\"/s\",\"type\":\"a\","
                        + "\"type\":\"b\",\"time\":\"2026-01-01T00:00:00Z\",\"time\":null}]")
                .get(0);
        assertThat(repeated.type()).isEqualTo("b");
        assertThat(repeated.time()).isNull();

        CloudEvent binary = events(
                        oneEvent("\"data_base64\":\"AAEC\",\"datacontenttype\":\"application/octet-stream\""))
                .get(0);
        assertThat(binary.dataBase64()).isEqualTo("AAEC");
        assertThat(binary.data()).isNull();
        assertThat(binary.extensions()).isEmpty();
    }

    @Test
    void rendersTheEventsInTheEnvelope() {
        JsonNode json = WebhookJson.readTree(WebhookJson.write(parse(BATCH)));
        assertThat(json.get("type").asString()).isEqualTo("event-streams.delivery");
        JsonNode events = json.get("payload").get("events");
        assertThat(events).hasSize(2);
        assertThat(events.get(0).get("id").asString()).isEqualTo("EZ01");
        assertThat(events.get(0).get("specVersion").asString()).isEqualTo("1.0");
        assertThat(events.get(0).get("time").asString()).isEqualTo("2026-11-27T11:59:57.123Z");
        assertThat(events.get(0).get("dataSchema").asString())
                .isEqualTo("https://events-schemas.twilio.com/Messaging.MessageStatus/5");
        assertThat(events.get(0).get("data").get("price").decimalValue()).hasToString("388.00");
        assertThat(events.get(1).get("extensions").get("comtwiliosinkid").asString())
                .isEqualTo("DG1");
        assertThat(events.get(1).get("data").isNull()).isTrue();
        // the body itself, as before
        assertThat(json.get("json")).isEqualTo(WebhookJson.readTree(RawBody.ofUtf8(BATCH)));
        assertThat(json.get("parameters")).isEmpty();
    }

    @Test
    void theRecordsAreImmutable() {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("a", "1");
        Map<String, JsonNode> extensions = new java.util.LinkedHashMap<>();
        extensions.put("x", JsonNodeFactory.instance.objectNode().put("b", "2"));
        CloudEvent event = new CloudEvent("1.0", "EZ1", "/s", "t", null, null, null, null, data, null, extensions);
        data.put("a", "changed");
        ((ObjectNode) extensions.get("x")).put("b", "changed");
        extensions.put("y", data);
        assertThat(event.data().get("a").asString()).isEqualTo("1");
        assertThat(event.extensions()).containsOnlyKeys("x");
        assertThat(event.extensions().get("x").get("b").asString()).isEqualTo("2");
        List<CloudEvent> list = new ArrayList<>(List.of(event));
        EventStreamsDelivery delivery = new EventStreamsDelivery(list);
        list.clear();
        assertThat(delivery.events()).containsExactly(event);
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> delivery.events().clear());
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> event.extensions().clear());
    }

    // ---- not CloudEvents: today's behaviour ----

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[]", // no event says it is CloudEvents
                "{\"specversion\":\"1.0\",\"id\":\"EZ1\",\"source\":\"/s\",\"type\":\"t\"}", // not a batch
                "[{\"a\":1}]",
                "[1]",
                "[null]",
                "[[{\"specversion\":\"1.0\",\"id\":\"EZ1\",\"source\":\"/s\",\"type\":\"t\"}]]",
                "[{\"specversion\":\"1.0\",\"id\":\"EZ1\",\"source\":\"/s\"}]", // no type
                "[{\"specversion\":\"1.0\",\"id\":\"\",\"source\":\"/s\",\"type\":\"t\"}]", // empty id
                "[{\"specversion\":\"1.0\",\"id\":7,\"source\":\"/s\",\"type\":\"t\"}]", // id not a string
                "[{\"specversion\":\"1.0\",\"id\":null,\"source\":\"/s\",\"type\":\"t\"}]", // id unset
                "[{\"specversion\":\"2.0\",\"id\":\"EZ1\",\"source\":\"/s\",\"type\":\"t\"}]", // not CloudEvents 1
                "[{\"specversion\":\"1.0\",\"id\":\"EZ1\",\"source\":\"/s\",\"type\":\"t\"},{\"a\":1}]", // one is not
                "[{\"specversion\":\"1.0\",\"id\":\"EZ1\",\"source\":\"/s\",\"type\":\"t\"},2]",
                "[{\"specversion\":\"1.0\",\"id\":\"EZ1\",\"source\":\"/s\",\"type\":\"t\",\"time\":\"x\"},3]",
                "\"[]\"",
                "null"
            })
    void aJsonBodyThatIsNotABatchOfCloudEventsStaysUnknownAsBefore(String body) {
        TwilioEvent<?> event = parse(body);
        assertThat(event.payload()).as(body).isInstanceOf(UnknownTwilioRequest.class);
        assertThat(event.type()).isEqualTo("unknown");
        assertThat(event.json()).isEqualTo(RawBody.ofUtf8(body));
        assertThat(event.raw()).isEqualTo(WebhookJson.readTree(RawBody.ofUtf8(body)));
        assertThat(event.parameters().isEmpty()).isTrue();
        assertThat(WebhookJson.readTree(WebhookJson.write(event)).get("payload").isEmpty())
                .isTrue();
    }

    @Test
    void aTopLevelAccountSidOfAnUnknownJsonBodyIsStillRead() {
        TwilioEvent<?> event = parse("{\"AccountSid\":\"AC1\",\"events\":[]}");
        assertThat(event.payload()).isInstanceOf(UnknownTwilioRequest.class);
        assertThat(event.accountSid()).isEqualTo("AC1");
    }

    @Test
    void malformedJsonAfterTheEventsIsStillA400() {
        assertThatExceptionOfType(WebhookParseException.class)
                .isThrownBy(() -> parse(oneEvent("") + " {"))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_BODY));
        assertThatExceptionOfType(WebhookParseException.class)
                .isThrownBy(() -> parse(oneEvent("\"data\":{\"n\":1e1001}")))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_BODY));
    }

    // ---- a CloudEvent whose optional attributes do not fit their types is malformed ----

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"time\":\"yesterday\"",
                "\"time\":\"1700000000\"", // epoch seconds, which a Jackson Instant would take
                "\"time\":1700000000",
                "\"time\":\"2026-11-27T11:59:58\"", // no offset
                "\"time\":\"2026-13-27T11:59:58Z\"",
                "\"time\":\"+10000-01-01T00:00:00Z\""
            })
    void aTimeThatIsNotAnRfc3339TimestampIsA400NamingTheAttribute(String member) {
        assertThatExceptionOfType(WebhookParseException.class)
                .isThrownBy(() -> parse(oneEvent(member)))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_BODY))
                .withMessageContaining("CloudEvents attribute 'time' of event 0");
    }

    @Test
    void otherMistypedOptionalAttributesAreA400NamingTheAttributeAndTheEvent() {
        String second = "[{\"specversion\":\"1.0\",\"id\":\"EZ1\",\"source\":\"/s\",\"type\":\"t\"},"
                + oneEvent("\"dataschema\":\"https://schemas example/1\"").substring(1);
        assertThatExceptionOfType(WebhookParseException.class)
                .isThrownBy(() -> parse(second))
                .withMessage("CloudEvents attribute 'dataschema' of event 1 is not a URI");
        assertThatExceptionOfType(WebhookParseException.class)
                .isThrownBy(() -> parse(oneEvent("\"subject\":5")))
                .withMessage("CloudEvents attribute 'subject' of event 0 is not a string");
        assertThatExceptionOfType(WebhookParseException.class)
                .isThrownBy(() -> parse(oneEvent("\"datacontenttype\":{}")))
                .withMessage("CloudEvents attribute 'datacontenttype' of event 0 is not a string");
        assertThatExceptionOfType(WebhookParseException.class)
                .isThrownBy(() -> parse(oneEvent("\"data_base64\":[]")))
                .withMessage("CloudEvents attribute 'data_base64' of event 0 is not a string");
    }

    @Test
    void aTimeWithALowercaseSeparatorOrAnOffsetIsRead() {
        assertThat(events(oneEvent("\"time\":\"2026-11-27t11:59:58.5z\""))
                        .get(0)
                        .time())
                .isEqualTo(Instant.parse("2026-11-27T11:59:58.500Z"));
        assertThat(events(oneEvent("\"time\":\"2026-11-27T11:59:58-05:30\""))
                        .get(0)
                        .time())
                .isEqualTo(Instant.parse("2026-11-27T17:29:58Z"));
    }

    // ---- through the pipeline ----

    @Test
    void aHandlerOnEventStreamsGetsTheDeliveryAndAnUnknownHandlerDoesNot() {
        List<TwilioEvent<EventStreamsDelivery>> streams = new ArrayList<>();
        List<TwilioEvent<UnknownTwilioRequest>> unknown = new ArrayList<>();
        Webhooks webhooks = Webhooks.builder()
                .provider(PROVIDER)
                .on(TwilioEvents.EVENT_STREAMS, streams::add)
                .on(TwilioEvents.UNKNOWN, unknown::add)
                .build();
        WebhookRequest delivery = Fixtures.signed(EVENTS_URL, "application/json", Fixtures.body("event-streams.json"));
        WebhookResponse response = webhooks.handle("twilio", delivery);
        DocumentedOutcomes.assertDocumented(response, Fixtures.AUTH_TOKEN);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyAsString()).isEmpty(); // a callback: 200, no TwiML
        assertThat(response.outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
        assertThat(streams).singleElement().satisfies(e -> assertThat(
                        e.payload().events().get(0).id())
                .isEqualTo("EZ00112233445566778899aabbccddeeff"));
        assertThat(unknown).isEmpty();

        // the same delivery again (Twilio's retry): a duplicate of the signed bytes, its handler does not run again
        WebhookResponse again = webhooks.handle("twilio", delivery);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.outcome()).isEqualTo(DeliveryOutcome.Kind.DUPLICATE);
        assertThat(streams).hasSize(1);

        // a JSON body that is not CloudEvents goes where it went before
        webhooks.handle("twilio", Fixtures.signed(EVENTS_URL, "application/json", "{\"ok\":true}"));
        assertThat(unknown).hasSize(1);
        assertThat(streams).hasSize(1);
    }

    @Test
    void theKindComesFromTheSignedBodyOnly() {
        WebhookRequest delivery = Fixtures.signed(EVENTS_URL, "application/json", Fixtures.body("event-streams.json"));
        // another body under the same signature: refused before it is read, whatever it holds
        WebhookRequest swapped = delivery.toBuilder().body(BATCH).build();
        assertThat(PROVIDER.verify(delivery)).isNotNull();
        WebhookResponse response = Webhooks.builder().provider(PROVIDER).build().handle("twilio", swapped);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.reason()).contains(Reason.BODY_HASH_MISMATCH);
        // the same CloudEvents array sent as a form is a form: its bytes are parameters, never events
        WebhookRequest asForm = Fixtures.signed(EVENTS_URL, Fixtures.body("event-streams.json"));
        TwilioEvent<?> form = PROVIDER.parse(asForm, PROVIDER.verify(asForm));
        assertThat(form.payload()).isInstanceOf(UnknownTwilioRequest.class);
        assertThat(form.json()).isNull();
    }

    @Test
    void anyJsonMediaTypeCarriesABatch() {
        for (String type : List.of("application/cloudevents-batch+json", "application/json; charset=utf-8")) {
            WebhookRequest request = Fixtures.signed(EVENTS_URL, type, Fixtures.body("event-streams.json"));
            assertThat(PROVIDER.parse(request, PROVIDER.verify(request)).payload())
                    .as(type)
                    .isInstanceOf(EventStreamsDelivery.class);
        }
        WebhookRequest text = Fixtures.signed(EVENTS_URL, "text/plain", Fixtures.body("event-streams.json"));
        TwilioEvent<?> plain = PROVIDER.parse(text, PROVIDER.verify(text));
        assertThat(plain.payload()).isInstanceOf(UnknownTwilioRequest.class); // not JSON: no json(), as before
        assertThat(plain.json()).isNull();
    }
}
