package io.webhooks4j.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import io.webhooks4j.twilio.event.CallDirection;
import io.webhooks4j.twilio.event.CallState;
import io.webhooks4j.twilio.event.IncomingCall;
import io.webhooks4j.twilio.event.MessageState;
import io.webhooks4j.twilio.event.RecordingState;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/** The JSON rendering the CLI's {@code parse} prints ({@code WebhookJson.write(event)}), and {@code payloadAs}. */
class TwilioJsonTest {
    private static final TwilioProvider PROVIDER = TwilioProvider.create(Fixtures.AUTH_TOKEN);
    private static final String AC = "ACf1e2d3c4b5a6978812345678abcdef01";

    private static TwilioEvent<?> parse(WebhookRequest request) {
        return PROVIDER.parse(request, PROVIDER.verify(request));
    }

    private static JsonNode rendered(String fixture) {
        return WebhookJson.readTree(WebhookJson.write(parse(Fixtures.signed(fixture))));
    }

    /** The kind's own fields, under {@code payload}. */
    private static JsonNode payload(String fixture) {
        JsonNode json = rendered(fixture);
        assertThat(json.get("payload").isObject()).as("payload of %s", json).isTrue();
        return json.get("payload");
    }

    private static String text(JsonNode node, String field) {
        assertThat(node.has(field)).as("field %s in %s", field, node).isTrue();
        return node.get(field).isNull() ? null : node.get(field).asString();
    }

    @Test
    void rendersAnIncomingMessage() {
        JsonNode json = rendered("incoming-message.form");
        JsonNode sms = json.get("payload");
        assertThat(text(json, "provider")).isEqualTo("twilio");
        assertThat(text(json, "type")).isEqualTo("message.incoming");
        assertThat(text(json, "deliveryId")).isNotBlank();
        assertThat(text(sms, "messageSid")).isEqualTo("SM7c1a3f0e9d8b4c2a1f6e5d4c3b2a1908");
        assertThat(text(json, "accountSid")).isEqualTo(AC);
        assertThat(text(json, "apiVersion")).isEqualTo("2010-04-01");
        assertThat(text(sms, "from")).isEqualTo("+14155550199");
        assertThat(text(sms, "to")).isEqualTo("+14155550100");
        assertThat(text(sms, "body")).isEqualTo("Caf\u00e9 at 7? \uD83D\uDE80 50% off & <free> 'cookies' + tea");
        assertThat(sms.get("numMedia").intValue()).isEqualTo(2);
        assertThat(text(sms.get("media").get(1), "contentType")).isEqualTo("application/pdf");
        assertThat(text(sms.get("fromGeo"), "city")).isEqualTo("SAN FRANCISCO");
        assertThat(text(sms, "smsStatus")).isEqualTo("received");
        assertThat(sms.get("whatsApp").isNull()).isTrue();
        assertThat(json.get("parameters")).hasSize(24);
        assertThat(text(json.get("parameters").get(0), "name")).isEqualTo("ToCountry");
        assertThat(text(json.get("parameters").get(0), "value")).isEqualTo("US");
        // helpers are not data
        assertThat(sms.has("empty")).isFalse();
        assertThat(sms.has("whatsApp") && sms.get("whatsApp").isBoolean()).isFalse();
        assertThat(sms.get("fromGeo").has("empty")).isFalse();
    }

    @Test
    void rendersTheWhatsAppDetailsNotAFlag() {
        JsonNode json = payload("incoming-whatsapp.form");
        JsonNode whatsApp = json.get("whatsApp");
        assertThat(whatsApp.isObject()).as("whatsApp is %s", whatsApp).isTrue();
        assertThat(text(whatsApp, "profileName")).isEqualTo("Ana Mar\u00eda");
        assertThat(text(whatsApp, "waId")).isEqualTo("34600111222");
        assertThat(text(whatsApp, "messageType")).isEqualTo("location");
        assertThat(whatsApp.get("latitude").decimalValue()).isEqualByComparingTo("40.4168");
        assertThat(whatsApp.get("longitude").decimalValue()).isEqualByComparingTo("-3.7038");
        assertThat(text(whatsApp, "address")).isEqualTo("Puerta del Sol, Madrid");
        assertThat(whatsApp.get("forwarded").booleanValue()).isFalse();
        assertThat(text(json, "from")).isEqualTo("whatsapp:+34600111222");
    }

    @Test
    void rendersAMessageStatus() {
        JsonNode json = rendered("message-status.form");
        JsonNode status = json.get("payload");
        assertThat(text(json, "type")).isEqualTo("message.status");
        assertThat(text(status, "messageSid")).isEqualTo("SM5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b");
        assertThat(text(status, "messageStatus")).isEqualTo("undelivered");
        assertThat(status.get("errorCode").intValue()).isEqualTo(30003);
        assertThat(text(status, "rawDlrDoneDate")).isEqualTo("2611271159");
        assertThat(text(json, "idempotencyToken")).isNotBlank();
    }

    @Test
    void rendersAnIncomingCall() {
        assertThat(text(rendered("incoming-call.form"), "type")).isEqualTo("call.incoming");
        // the call's fields stand beside the kind's own
        JsonNode json = payload("incoming-call.form");
        assertThat(json.has("call")).isFalse();
        assertThat(text(json, "callSid")).isEqualTo("CA0123456789abcdef0123456789abcdef");
        assertThat(text(json, "callStatus")).isEqualTo("ringing");
        assertThat(text(json, "direction")).isEqualTo("inbound");
        assertThat(text(json, "stirVerstat")).isEqualTo("TN-Validation-Passed-A");
        assertThat(text(json, "dialCallStatus")).isNull();
        assertThat(text(json.get("fromGeo"), "city")).isEqualTo("SAN FRANCISCO");
    }

    @Test
    void rendersACallStatus() {
        assertThat(text(rendered("call-status.form"), "type")).isEqualTo("call.status");
        JsonNode json = payload("call-status.form");
        assertThat(text(json, "callStatus")).isEqualTo("completed");
        assertThat(text(json, "callbackSource")).isEqualTo("call-progress-events");
        assertThat(json.get("sequenceNumber").intValue()).isEqualTo(3);
        assertThat(json.get("callDuration").intValue()).isEqualTo(74);
        assertThat(text(json, "timestamp")).isEqualTo("2026-11-27T11:59:58Z");
    }

    @Test
    void rendersAGatherResult() {
        assertThat(text(rendered("gather-result.form"), "type")).isEqualTo("call.gather");
        JsonNode json = payload("gather-result.form");
        assertThat(text(json, "digits")).isEqualTo("2");
        assertThat(text(json, "speechResult")).isEqualTo("Sales, please.");
        assertThat(json.get("confidence").decimalValue()).isEqualTo(new BigDecimal("0.9124"));
        assertThat(text(json, "callStatus")).isEqualTo("in-progress");
    }

    @Test
    void rendersARecordingStatus() {
        assertThat(text(rendered("recording-status.form"), "type")).isEqualTo("recording.status");
        JsonNode json = payload("recording-status.form");
        assertThat(text(json, "recordingSid")).isEqualTo("RE00112233445566778899aabbccddeeff");
        assertThat(text(json, "recordingStatus")).isEqualTo("completed");
        assertThat(json.get("recordingDuration").intValue()).isEqualTo(71);
        assertThat(text(json, "recordingSource")).isEqualTo("DialVerb");
        assertThat(text(json, "recordingStartTime")).isEqualTo("2026-11-27T11:58:44Z");
    }

    @Test
    void rendersAConferenceStatus() {
        JsonNode json = rendered("conference-status.form");
        JsonNode conference = json.get("payload");
        assertThat(text(json, "type")).isEqualTo("conference.status");
        assertThat(text(conference, "conferenceSid")).isEqualTo("CFaabbccddeeff00112233445566778899");
        assertThat(text(conference, "statusCallbackEvent")).isEqualTo("participant-join");
        assertThat(text(conference, "timestamp")).isEqualTo("2026-11-27T11:59:01Z");
        assertThat(conference.get("sequenceNumber").intValue()).isEqualTo(1);
        assertThat(conference.get("startConferenceOnEnter").booleanValue()).isTrue();
    }

    @Test
    void rendersUnknownKindsWithTheirParametersAndJson() {
        JsonNode queue = WebhookJson.readTree(WebhookJson.write(
                parse(Fixtures.signed(Fixtures.URL, "QueueSid=QU1&QueueResult=hangup&QueueTime=12&AccountSid=" + AC))));
        assertThat(text(queue, "type")).isEqualTo("unknown");
        assertThat(text(queue, "accountSid")).isEqualTo(AC);
        assertThat(queue.get("parameters")).hasSize(4);
        assertThat(queue.get("json").isNull()).isTrue();
        assertThat(queue.get("payload").isEmpty()).isTrue();

        // a JSON body that is not an Event Streams batch (no specversion, id or source): unknown, its body as sent
        WebhookRequest signed = Fixtures.signed(
                "https://hooks.example.com/events",
                "application/json",
                "[{\"type\":\"com.twilio.messaging.message.delivered\"}]");
        JsonNode json = WebhookJson.readTree(WebhookJson.write(parse(signed)));
        assertThat(text(json, "type")).isEqualTo("unknown");
        assertThat(json.get("json").get(0).get("type").asString()).isEqualTo("com.twilio.messaging.message.delivered");
        assertThat(json.get("parameters")).isEmpty();
        assertThat(json.get("payload").isEmpty()).isTrue();
    }

    @Test
    void rendersAnEventStreamsDeliveryWithItsEventsAndItsBody() {
        WebhookRequest signed = Fixtures.signed(
                "https://hooks.example.com/events", "application/json", Fixtures.body("event-streams.json"));
        JsonNode json = WebhookJson.readTree(WebhookJson.write(parse(signed)));
        assertThat(text(json, "type")).isEqualTo("event-streams.delivery");
        JsonNode event = json.get("payload").get("events").get(0);
        assertThat(text(event, "id")).isEqualTo("EZ00112233445566778899aabbccddeeff");
        assertThat(text(event, "type")).isEqualTo("com.twilio.messaging.message.delivered");
        assertThat(text(event, "time")).isEqualTo("2026-11-27T11:59:58Z");
        assertThat(text(event, "dataSchema")).isEqualTo("https://events-schemas.twilio.com/Messaging.MessageStatus/2");
        assertThat(text(event.get("data"), "messageStatus")).isEqualTo("DELIVERED");
        assertThat(text(event, "subject")).isNull();
        assertThat(event.get("extensions").isEmpty()).isTrue();
        assertThat(json.get("json").get(0).get("type").asString()).isEqualTo("com.twilio.messaging.message.delivered");
        assertThat(json.get("parameters")).isEmpty();
        assertThat(json.get("accountSid").isNull()).isTrue();
    }

    // ---- enums ----

    @Test
    void enumsReadTwilioValuesAndUnknownOnesAsUnknown() {
        assertThat(WebhookJson.convert(StringNode.valueOf("no-answer"), CallState.class))
                .isEqualTo(CallState.NO_ANSWER);
        assertThat(WebhookJson.convert(StringNode.valueOf("teleported"), CallState.class))
                .isEqualTo(CallState.UNKNOWN);
        assertThat(WebhookJson.convert(StringNode.valueOf("partially_delivered"), MessageState.class))
                .isEqualTo(MessageState.PARTIALLY_DELIVERED);
        assertThat(WebhookJson.convert(StringNode.valueOf("beamed"), MessageState.class))
                .isEqualTo(MessageState.UNKNOWN);
        assertThat(WebhookJson.convert(StringNode.valueOf("sideways"), CallDirection.class))
                .isEqualTo(CallDirection.UNKNOWN);
        assertThat(WebhookJson.convert(StringNode.valueOf("shredded"), RecordingState.class))
                .isEqualTo(RecordingState.UNKNOWN);
        // the values added after checking Twilio's docs
        assertThat(CallState.fromWire("answered")).isEqualTo(CallState.ANSWERED);
        assertThat(CallState.ANSWERED.isFinal()).isFalse();
        for (String status : List.of("in-progress", "paused", "stopped", "processing", "completed", "absent")) {
            assertThat(RecordingState.fromWire(status).wireValue()).isEqualTo(status);
        }
        assertThat(RecordingState.fromWire("failed")).isEqualTo(RecordingState.FAILED);
        assertThat(RecordingState.fromWire("deleted")).isEqualTo(RecordingState.DELETED);
        for (MessageState state : MessageState.values()) {
            assertThat(MessageState.fromWire(state.wireValue())).isEqualTo(state);
            assertThat(WebhookJson.write(state)).isEqualTo("\"" + state.wireValue() + "\"");
        }
        for (CallState state : CallState.values()) {
            assertThat(CallState.fromWire(state.wireValue())).isEqualTo(state);
        }
    }

    @Test
    void aDialActionWithAnsweredReadsAsAnswered() {
        IncomingCall dial = (IncomingCall) parse(
                        Fixtures.signed(
                                Fixtures.URL,
                                "CallSid=CA1&AccountSid=AC1&CallStatus=in-progress&DialCallStatus=answered&DialCallDuration=12"))
                .payload();
        assertThat(dial.dialCallStatus()).isEqualTo(CallState.ANSWERED);
    }

    // ---- payloadAs ----

    record MyStatus(
            @JsonProperty("MessageSid") String sid,
            @JsonProperty("MessageStatus") MessageState status,
            @JsonProperty("ErrorCode") Integer errorCode) {}

    record MyBindings(
            @JsonProperty("Tag") List<String> tags,
            @JsonProperty("Address") String address) {}

    record MyEvent(
            @JsonProperty("type") String type,
            @JsonProperty("id") String id) {}

    @Test
    void bindsTheParametersToYourOwnType() {
        MyStatus status = parse(Fixtures.signed("message-status.form")).payloadAs(MyStatus.class);
        assertThat(status)
                .isEqualTo(new MyStatus("SM5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b", MessageState.UNDELIVERED, 30003));
        // a repeated name is an array of its values, in the order sent
        MyBindings bindings = parse(Fixtures.signed(Fixtures.URL, "Tag=b&Address=%2B1415&Tag=a"))
                .payloadAs(MyBindings.class);
        assertThat(bindings).isEqualTo(new MyBindings(List.of("b", "a"), "+1415"));
        @SuppressWarnings("unchecked")
        Map<String, Object> all = parse(Fixtures.signed("gather-result.form")).payloadAs(Map.class);
        assertThat(all).containsEntry("Digits", "2").containsEntry("SpeechResult", "Sales, please.");
    }

    @Test
    void bindsAJsonBodyToYourOwnType() {
        WebhookRequest signed = Fixtures.signed(
                "https://hooks.example.com/events", "application/json", Fixtures.body("event-streams.json"));
        MyEvent[] events = parse(signed).payloadAs(MyEvent[].class);
        assertThat(events[0].type()).isEqualTo("com.twilio.messaging.message.delivered");
        assertThat(events[0].id()).isNotBlank();
    }

    @Test
    void contentThatDoesNotFitIsAParseFailure() {
        TwilioEvent<?> request = parse(Fixtures.signed(Fixtures.URL, "MessageSid=SM1&ErrorCode=lots"));
        assertThatExceptionOfType(WebhookParseException.class)
                .isThrownBy(() -> request.payloadAs(MyStatus.class))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_BODY));
    }
}
