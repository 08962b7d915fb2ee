package io.webhooks4j.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.webhooks4j.Reason;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import io.webhooks4j.WebhookRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON rendering the CLI's {@code parse} prints ({@code WebhookJson.write(event)}), and {@code payloadAs}. */
class TwilioJsonTest {
    private static final TwilioProvider PROVIDER = TwilioProvider.create(Fixtures.AUTH_TOKEN);
    private static final String AC = "ACf1e2d3c4b5a6978812345678abcdef01";

    private static TwilioRequest parse(WebhookRequest request) {
        return PROVIDER.parse(request, PROVIDER.verify(request));
    }

    private static JsonNode rendered(String fixture) {
        return WebhookJson.readTree(WebhookJson.write(parse(Fixtures.signed(fixture))));
    }

    private static String text(JsonNode node, String field) {
        assertThat(node.has(field)).as("field %s in %s", field, node).isTrue();
        return node.get(field).isNull() ? null : node.get(field).asText();
    }

    @Test
    void rendersAnIncomingMessage() {
        JsonNode json = rendered("incoming-message.form");
        assertThat(text(json, "type")).isEqualTo("message.incoming");
        assertThat(text(json, "messageSid")).isEqualTo("SM7c1a3f0e9d8b4c2a1f6e5d4c3b2a1908");
        assertThat(text(json, "accountSid")).isEqualTo(AC);
        assertThat(text(json, "from")).isEqualTo("+14155550199");
        assertThat(text(json, "to")).isEqualTo("+14155550100");
        assertThat(text(json, "body")).isEqualTo("Caf\u00e9 at 7? \uD83D\uDE80 50% off & <free> 'cookies' + tea");
        assertThat(json.get("numMedia").intValue()).isEqualTo(2);
        assertThat(text(json.get("media").get(1), "contentType")).isEqualTo("application/pdf");
        assertThat(text(json.get("fromGeo"), "city")).isEqualTo("SAN FRANCISCO");
        assertThat(text(json, "smsStatus")).isEqualTo("received");
        assertThat(json.get("whatsApp").isNull()).isTrue();
        assertThat(json.get("parameters")).hasSize(24);
        assertThat(text(json.get("parameters").get(0), "name")).isEqualTo("ToCountry");
        assertThat(text(json.get("parameters").get(0), "value")).isEqualTo("US");
        // helpers are not data
        assertThat(json.has("empty")).isFalse();
        assertThat(json.get("fromGeo").has("empty")).isFalse();
    }

    @Test
    void rendersTheWhatsAppDetailsNotAFlag() {
        JsonNode json = rendered("incoming-whatsapp.form");
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
        assertThat(text(json, "type")).isEqualTo("message.status");
        assertThat(text(json, "messageSid")).isEqualTo("SM5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b");
        assertThat(text(json, "messageStatus")).isEqualTo("undelivered");
        assertThat(json.get("errorCode").intValue()).isEqualTo(30003);
        assertThat(text(json, "rawDlrDoneDate")).isEqualTo("2611271159");
        assertThat(text(json, "idempotencyToken")).isNotBlank();
    }

    @Test
    void rendersAnIncomingCall() {
        JsonNode json = rendered("incoming-call.form");
        assertThat(text(json, "type")).isEqualTo("call.incoming");
        assertThat(text(json, "callSid")).isEqualTo("CA0123456789abcdef0123456789abcdef");
        assertThat(text(json, "callStatus")).isEqualTo("ringing");
        assertThat(text(json, "direction")).isEqualTo("inbound");
        assertThat(text(json, "stirVerstat")).isEqualTo("TN-Validation-Passed-A");
        assertThat(text(json, "dialCallStatus")).isNull();
    }

    @Test
    void rendersACallStatus() {
        JsonNode json = rendered("call-status.form");
        assertThat(text(json, "type")).isEqualTo("call.status");
        assertThat(text(json, "callStatus")).isEqualTo("completed");
        assertThat(text(json, "callbackSource")).isEqualTo("call-progress-events");
        assertThat(json.get("sequenceNumber").intValue()).isEqualTo(3);
        assertThat(json.get("callDuration").intValue()).isEqualTo(74);
        assertThat(text(json, "timestamp")).isEqualTo("2026-11-27T11:59:58Z");
    }

    @Test
    void rendersAGatherResult() {
        JsonNode json = rendered("gather-result.form");
        assertThat(text(json, "type")).isEqualTo("call.gather");
        assertThat(text(json, "digits")).isEqualTo("2");
        assertThat(text(json, "speechResult")).isEqualTo("Sales, please.");
        assertThat(json.get("confidence").decimalValue()).isEqualTo(new BigDecimal("0.9124"));
        assertThat(text(json, "callStatus")).isEqualTo("in-progress");
    }

    @Test
    void rendersARecordingStatus() {
        JsonNode json = rendered("recording-status.form");
        assertThat(text(json, "type")).isEqualTo("recording.status");
        assertThat(text(json, "recordingSid")).isEqualTo("RE00112233445566778899aabbccddeeff");
        assertThat(text(json, "recordingStatus")).isEqualTo("completed");
        assertThat(json.get("recordingDuration").intValue()).isEqualTo(71);
        assertThat(text(json, "recordingSource")).isEqualTo("DialVerb");
        assertThat(text(json, "recordingStartTime")).isEqualTo("2026-11-27T11:58:44Z");
    }

    @Test
    void rendersUnknownKindsWithTheirParametersAndJson() {
        JsonNode conference = rendered("conference-status.form");
        assertThat(text(conference, "type")).isEqualTo("unknown");
        assertThat(text(conference, "accountSid")).isEqualTo(AC);
        assertThat(conference.get("parameters")).hasSize(11);
        assertThat(conference.get("json").isNull()).isTrue();

        WebhookRequest signed = PROVIDER.sign(WebhookRequest.builder()
                .url("https://hooks.example.com/events")
                .header("Content-Type", "application/json")
                .body(Fixtures.body("event-streams.json"))
                .build());
        JsonNode json = WebhookJson.readTree(WebhookJson.write(parse(signed)));
        assertThat(json.get("json").get(0).get("type").asText()).isEqualTo("com.twilio.messaging.message.delivered");
        assertThat(json.get("parameters")).isEmpty();
    }

    // ---- enums ----

    @Test
    void enumsReadTwilioValuesAndUnknownOnesAsUnknown() {
        assertThat(WebhookJson.convert(TextNode.valueOf("no-answer"), CallState.class))
                .isEqualTo(CallState.NO_ANSWER);
        assertThat(WebhookJson.convert(TextNode.valueOf("teleported"), CallState.class))
                .isEqualTo(CallState.UNKNOWN);
        assertThat(WebhookJson.convert(TextNode.valueOf("partially_delivered"), MessageState.class))
                .isEqualTo(MessageState.PARTIALLY_DELIVERED);
        assertThat(WebhookJson.convert(TextNode.valueOf("beamed"), MessageState.class))
                .isEqualTo(MessageState.UNKNOWN);
        assertThat(WebhookJson.convert(TextNode.valueOf("sideways"), CallDirection.class))
                .isEqualTo(CallDirection.UNKNOWN);
        assertThat(WebhookJson.convert(TextNode.valueOf("shredded"), RecordingState.class))
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
        IncomingCall dial = (IncomingCall) parse(Fixtures.signed(
                Fixtures.URL,
                "CallSid=CA1&AccountSid=AC1&CallStatus=in-progress&DialCallStatus=answered&DialCallDuration=12"));
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
        WebhookRequest signed = PROVIDER.sign(WebhookRequest.builder()
                .url("https://hooks.example.com/events")
                .header("Content-Type", "application/json")
                .body(Fixtures.body("event-streams.json"))
                .build());
        MyEvent[] events = parse(signed).payloadAs(MyEvent[].class);
        assertThat(events[0].type()).isEqualTo("com.twilio.messaging.message.delivered");
        assertThat(events[0].id()).isNotBlank();
    }

    @Test
    void contentThatDoesNotFitIsAParseFailure() {
        TwilioRequest request = parse(Fixtures.signed(Fixtures.URL, "MessageSid=SM1&ErrorCode=lots"));
        assertThatExceptionOfType(WebhookParseException.class)
                .isThrownBy(() -> request.payloadAs(MyStatus.class))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_BODY));
    }
}
