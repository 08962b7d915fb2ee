package io.webhooks4j.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.spi.WebhookParseException;
import io.webhooks4j.twilio.event.CallDirection;
import io.webhooks4j.twilio.event.CallState;
import io.webhooks4j.twilio.event.CallStatus;
import io.webhooks4j.twilio.event.CloudEvent;
import io.webhooks4j.twilio.event.ConferenceStatus;
import io.webhooks4j.twilio.event.EventStreamsDelivery;
import io.webhooks4j.twilio.event.GatherResult;
import io.webhooks4j.twilio.event.Geo;
import io.webhooks4j.twilio.event.IncomingCall;
import io.webhooks4j.twilio.event.IncomingMessage;
import io.webhooks4j.twilio.event.MessageState;
import io.webhooks4j.twilio.event.MessageStatus;
import io.webhooks4j.twilio.event.RecordingState;
import io.webhooks4j.twilio.event.RecordingStatus;
import io.webhooks4j.twilio.event.UnknownTwilioRequest;
import io.webhooks4j.twilio.event.WhatsApp;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TwilioRequestParserTest {
    private static final TwilioProvider PROVIDER = TwilioProvider.create(Fixtures.AUTH_TOKEN);
    private static final String AC = "ACf1e2d3c4b5a6978812345678abcdef01";

    private static TwilioEvent<?> parse(WebhookRequest request) {
        return PROVIDER.parse(request, PROVIDER.verify(request));
    }

    private static TwilioEvent<?> parse(String fixture) {
        return parse(Fixtures.signed(fixture));
    }

    private static WebhookRequest withoutToken(String fixture) {
        return Fixtures.signed(fixture).toBuilder()
                .removeHeader("I-Twilio-Idempotency-Token")
                .build();
    }

    @Test
    void readsAnIncomingMessageWithMediaAndGeo() {
        TwilioEvent<?> event = parse("incoming-message.form");
        IncomingMessage sms = (IncomingMessage) event.payload();
        assertThat(event.type()).isEqualTo("message.incoming");
        assertThat(event.provider()).isEqualTo("twilio");
        assertThat(sms.messageSid()).isEqualTo("SM7c1a3f0e9d8b4c2a1f6e5d4c3b2a1908");
        assertThat(event.accountSid()).isEqualTo(AC);
        assertThat(sms.messagingServiceSid()).isEqualTo("MG0a9b8c7d6e5f40312233445566778899");
        assertThat(sms.from()).isEqualTo("+14155550199");
        assertThat(sms.to()).isEqualTo("+14155550100");
        assertThat(sms.body()).isEqualTo("Caf\u00e9 at 7? \uD83D\uDE80 50% off & <free> 'cookies' + tea");
        assertThat(sms.numMedia()).isEqualTo(2);
        assertThat(sms.numSegments()).isEqualTo(1);
        assertThat(sms.media()).hasSize(2);
        assertThat(sms.media().get(0).contentType()).isEqualTo("image/jpeg");
        assertThat(sms.media().get(0).url()).endsWith("/Media/ME11112222333344445555666677778888");
        assertThat(sms.media().get(1).contentType()).isEqualTo("application/pdf");
        assertThat(sms.fromGeo()).isEqualTo(new Geo("SAN FRANCISCO", "CA", "94107", "US"));
        assertThat(sms.toGeo().zip()).isEqualTo("94103");
        assertThat(sms.smsStatus()).isEqualTo(MessageState.RECEIVED);
        assertThat(sms.isWhatsApp()).isFalse();
        assertThat(event.apiVersion()).isEqualTo("2010-04-01");
        assertThat(event.parameters().size()).isEqualTo(24);
    }

    @Test
    void readsWhatsAppFields() {
        IncomingMessage message =
                (IncomingMessage) parse("incoming-whatsapp.form").payload();
        assertThat(message.isWhatsApp()).isTrue();
        assertThat(message.body()).isEmpty();
        assertThat(message.media()).isEmpty();
        WhatsApp whatsApp = message.whatsApp();
        assertThat(whatsApp.profileName()).isEqualTo("Ana Mar\u00eda");
        assertThat(whatsApp.waId()).isEqualTo("34600111222");
        assertThat(whatsApp.messageType()).isEqualTo("location");
        assertThat(whatsApp.latitude()).isEqualByComparingTo(new BigDecimal("40.4168"));
        assertThat(whatsApp.longitude()).isEqualByComparingTo(new BigDecimal("-3.7038"));
        assertThat(whatsApp.address()).isEqualTo("Puerta del Sol, Madrid");
        assertThat(whatsApp.label()).isEqualTo("Meet here");
        assertThat(whatsApp.forwarded()).isFalse();
        assertThat(whatsApp.buttonText()).isNull();
    }

    @Test
    void readsAMessageStatus() {
        TwilioEvent<?> event = parse("message-status.form");
        MessageStatus status = (MessageStatus) event.payload();
        assertThat(event.type()).isEqualTo("message.status");
        assertThat(status.messageStatus()).isEqualTo(MessageState.UNDELIVERED);
        assertThat(status.errorCode()).isEqualTo(30003);
        assertThat(status.rawDlrDoneDate()).isEqualTo("2611271159");
        assertThat(status.from()).isEqualTo("+14155550100");
    }

    @Test
    void readsAnIncomingCall() {
        TwilioEvent<?> event = parse("incoming-call.form");
        IncomingCall call = (IncomingCall) event.payload();
        assertThat(event.type()).isEqualTo("call.incoming");
        assertThat(call.call().callSid()).isEqualTo("CA0123456789abcdef0123456789abcdef");
        assertThat(call.call().callStatus()).isEqualTo(CallState.RINGING);
        assertThat(call.call().direction()).isEqualTo(CallDirection.INBOUND);
        assertThat(call.stirVerstat()).isEqualTo("TN-Validation-Passed-A");
        assertThat(call.callToken()).isEqualTo("%7B%22parentCallInfoToken%22%3A%22eyJhbGciOi%22%7D");
        assertThat(call.call().fromGeo().city()).isEqualTo("SAN FRANCISCO");
        assertThat(call.dialCallStatus()).isNull();
        assertThat(call.isFirstRequest()).isTrue();
        assertThat(event.parameters().first("Caller")).contains("+14155550199");
    }

    @Test
    void readsACallStatus() {
        TwilioEvent<?> event = parse("call-status.form");
        CallStatus status = (CallStatus) event.payload();
        assertThat(event.type()).isEqualTo("call.status");
        assertThat(status.call().callStatus()).isEqualTo(CallState.COMPLETED);
        assertThat(status.callbackSource()).isEqualTo("call-progress-events");
        assertThat(status.sequenceNumber()).isEqualTo(3);
        assertThat(status.callDuration()).isEqualTo(74);
        assertThat(status.duration()).isEqualTo(2);
        assertThat(status.sipResponseCode()).isEqualTo(200);
        assertThat(status.timestamp()).isEqualTo(Instant.parse("2026-11-27T11:59:58Z"));
    }

    @Test
    void readsAGatherResult() {
        TwilioEvent<?> event = parse("gather-result.form");
        GatherResult gather = (GatherResult) event.payload();
        assertThat(event.type()).isEqualTo("call.gather");
        assertThat(gather.digits()).isEqualTo("2");
        assertThat(gather.speechResult()).isEqualTo("Sales, please.");
        assertThat(gather.confidence()).isEqualByComparingTo(new BigDecimal("0.9124"));
        assertThat(gather.finishedOnKey()).isEmpty();
        assertThat(gather.call().callStatus()).isEqualTo(CallState.IN_PROGRESS);
    }

    @Test
    void readsARecordingStatus() {
        TwilioEvent<?> event = parse("recording-status.form");
        RecordingStatus recording = (RecordingStatus) event.payload();
        assertThat(event.type()).isEqualTo("recording.status");
        assertThat(recording.recordingStatus()).isEqualTo(RecordingState.COMPLETED);
        assertThat(recording.recordingDuration()).isEqualTo(71);
        assertThat(recording.recordingChannels()).isEqualTo(2);
        assertThat(recording.recordingSource()).isEqualTo("DialVerb");
        assertThat(recording.recordingStartTime()).isEqualTo(Instant.parse("2026-11-27T11:58:44Z"));
        assertThat(recording.errorCode()).isZero();
    }

    @Test
    void readsAConferenceStatusCallback() {
        TwilioEvent<?> event = parse("conference-status.form");
        assertThat(event.type()).isEqualTo("conference.status");
        assertThat(event.accountSid()).isEqualTo(AC);
        ConferenceStatus conference = (ConferenceStatus) event.payload();
        assertThat(conference.conferenceSid()).isEqualTo("CFaabbccddeeff00112233445566778899");
        assertThat(conference.friendlyName()).isEqualTo("support-room");
        assertThat(conference.statusCallbackEvent()).isEqualTo("participant-join");
        assertThat(conference.sequenceNumber()).isEqualTo(1);
        assertThat(conference.timestamp()).isEqualTo(Instant.parse("2026-11-27T11:59:01Z"));
        assertThat(conference.startConferenceOnEnter()).isTrue();
        assertThat(conference.endConferenceOnExit()).isFalse();
        assertThat(conference.muted()).isFalse();
        assertThat(conference.callSid()).isNull();
        assertThat(event.parameters().size()).isEqualTo(11);
    }

    @Test
    void readsAConferenceParticipantWithACallSidAsAConferenceStatusNotACall() {
        TwilioEvent<?> event = parse(Fixtures.signed(
                Fixtures.URL,
                "ConferenceSid=CF1&StatusCallbackEvent=participant-leave&CallSid=CA1&AccountSid=AC1&Muted=true"));
        ConferenceStatus conference = (ConferenceStatus) event.payload();
        assertThat(conference.callSid()).isEqualTo("CA1");
        assertThat(conference.muted()).isTrue();
    }

    @Test
    void readsUnknownKindsWithAllTheirParameters() {
        TwilioEvent<?> queue =
                parse(Fixtures.signed(Fixtures.URL, "QueueSid=QU1&QueueResult=hangup&QueueTime=12&AccountSid=" + AC));
        assertThat(queue.payload()).isInstanceOf(UnknownTwilioRequest.class);
        assertThat(queue.type()).isEqualTo("unknown");
        assertThat(queue.accountSid()).isEqualTo(AC);
        assertThat(queue.json()).isNull();
        assertThat(queue.parameters().first("QueueResult")).contains("hangup");
        assertThat(queue.parameters().size()).isEqualTo(4);
    }

    @Test
    void readsAnEventStreamsDeliveryIntoItsCloudEvents() {
        WebhookRequest signed = Fixtures.signed(
                "https://hooks.example.com/events",
                "application/json; charset=utf-8",
                Fixtures.body("event-streams.json"));
        TwilioEvent<?> event = parse(signed);
        assertThat(event.payload()).isInstanceOf(EventStreamsDelivery.class);
        assertThat(event.type()).isEqualTo("event-streams.delivery");
        assertThat(((EventStreamsDelivery) event.payload()).events())
                .extracting(CloudEvent::type)
                .containsExactly("com.twilio.messaging.message.delivered");
        assertThat(event.raw().get(0).get("type").asString()).isEqualTo("com.twilio.messaging.message.delivered");
        assertThat(event.parameters().isEmpty()).isTrue();
        assertThat(event.accountSid()).isNull(); // an array has no top-level AccountSid
    }

    @Test
    void readsAJsonBodyThatIsNotCloudEventsIntoTheFallbackAsBefore() {
        String body = "{\"AccountSid\":\"" + AC + "\",\"specversion\":\"1.0\",\"id\":\"EZ1\",\"source\":\"/x\","
                + "\"type\":\"com.twilio.x\"}";
        TwilioEvent<?> event = parse(Fixtures.signed("https://hooks.example.com/events", "application/json", body));
        // a lone object, even one shaped like a CloudEvent, is not an Event Streams batch
        assertThat(event.payload()).isInstanceOf(UnknownTwilioRequest.class);
        assertThat(event.type()).isEqualTo("unknown");
        assertThat(event.accountSid()).isEqualTo(AC);
        assertThat(event.json()).isEqualTo(RawBody.ofUtf8(body));
        assertThat(event.raw().get("id").asString()).isEqualTo("EZ1");
    }

    @Test
    void readsUnknownStatusValuesAsUnknown() {
        WebhookRequest signed =
                Fixtures.signed(Fixtures.URL, "MessageSid=SM1&MessageStatus=teleported&AccountSid=AC1&ErrorCode=");
        MessageStatus status = (MessageStatus) parse(signed).payload();
        assertThat(status.messageStatus()).isEqualTo(MessageState.UNKNOWN);
        assertThat(status.errorCode()).isNull();
        assertThat(CallState.fromWire("no-answer")).isEqualTo(CallState.NO_ANSWER);
        assertThat(CallState.NO_ANSWER.wireValue()).isEqualTo("no-answer");
        assertThat(MessageState.fromWire("partially_delivered")).isEqualTo(MessageState.PARTIALLY_DELIVERED);
        assertThat(MessageState.PARTIALLY_DELIVERED.wireValue()).isEqualTo("partially_delivered");
        assertThat(CallDirection.fromWire("outbound-api")).isEqualTo(CallDirection.OUTBOUND_API);
        assertThat(RecordingState.fromWire("in-progress")).isEqualTo(RecordingState.IN_PROGRESS);
        assertThat(CallState.fromWire(null)).isNull();
    }

    @Test
    void classifiesCallRequestsByTheirParameters() {
        String call = "CallSid=CA1&AccountSid=AC1&From=%2B1&To=%2B2&Direction=outbound-api";
        assertThat(parse(Fixtures.signed(Fixtures.URL, call + "&CallStatus=in-progress"))
                        .payload())
                .isInstanceOf(IncomingCall.class);
        assertThat(parse(Fixtures.signed(Fixtures.URL, call + "&CallStatus=busy"))
                        .payload())
                .isInstanceOf(CallStatus.class);
        assertThat(parse(Fixtures.signed(
                                Fixtures.URL, call + "&CallStatus=ringing&CallbackSource=call-progress-events"))
                        .payload())
                .isInstanceOf(CallStatus.class);
        assertThat(parse(Fixtures.signed(Fixtures.URL, call + "&CallStatus=in-progress&SpeechResult=yes"))
                        .payload())
                .isInstanceOf(GatherResult.class);
        assertThat(parse(Fixtures.signed(
                                Fixtures.URL,
                                call
                                        + "&CallStatus=in-progress&RecordingUrl=https%3A%2F%2Fapi.twilio.com%2Fr"
                                        + "&Digits=hangup"))
                        .payload())
                .isInstanceOf(RecordingStatus.class);
        IncomingCall dialAction = (IncomingCall) parse(Fixtures.signed(
                        Fixtures.URL, call + "&CallStatus=in-progress&DialCallStatus=no-answer&DialCallDuration=0"))
                .payload();
        assertThat(dialAction.dialCallStatus()).isEqualTo(CallState.NO_ANSWER);
        assertThat(dialAction.dialCallDuration()).isZero();
        assertThat(dialAction.isFirstRequest()).isFalse();
        assertThat(parse(Fixtures.signed(Fixtures.URL, "Foo=bar")).payload()).isInstanceOf(UnknownTwilioRequest.class);
        assertThat(parse(Fixtures.signed(Fixtures.URL, "")).payload()).isInstanceOf(UnknownTwilioRequest.class);
    }

    @Test
    void answersMalformedNumbersWithABadRequest() {
        WebhookRequest signed = Fixtures.signed(Fixtures.URL, "MessageSid=SM1&Body=hi&NumMedia=two");
        assertThatExceptionOfType(WebhookParseException.class)
                .isThrownBy(() -> parse(signed))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_BODY))
                .withMessageContaining("NumMedia");
    }

    @Test
    void usesTheIdempotencyTokenAsDeliveryId() {
        WebhookRequest signed = Fixtures.signed("gather-result.form").toBuilder()
                .setHeader("I-Twilio-Idempotency-Token", "8f0e3c2a-1b4d-4e6f-9a7b-0c1d2e3f4a5b")
                .build();
        assertThat(parse(signed).deliveryId()).isEqualTo("8f0e3c2a-1b4d-4e6f-9a7b-0c1d2e3f4a5b");
        assertThat(parse(signed).idempotencyToken()).isEqualTo("8f0e3c2a-1b4d-4e6f-9a7b-0c1d2e3f4a5b");
    }

    @Test
    void fallsBackToSidAndStatusWithoutTheToken() {
        assertThat(parse(withoutToken("incoming-message.form")).deliveryId())
                .isEqualTo("SM7c1a3f0e9d8b4c2a1f6e5d4c3b2a1908:received");
        assertThat(parse(withoutToken("message-status.form")).deliveryId())
                .isEqualTo("SM5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b:undelivered");
        assertThat(parse(withoutToken("incoming-call.form")).deliveryId())
                .isEqualTo("CA0123456789abcdef0123456789abcdef:ringing");
        assertThat(parse(withoutToken("call-status.form")).deliveryId())
                .isEqualTo("CA0123456789abcdef0123456789abcdef:completed");
        assertThat(parse(withoutToken("recording-status.form")).deliveryId())
                .isEqualTo("RE00112233445566778899aabbccddeeff:completed");
        // no stable key: not de-duplicated
        assertThat(parse(withoutToken("gather-result.form")).deliveryId()).isNull();
        assertThat(parse(withoutToken("conference-status.form")).deliveryId()).isNull();
    }

    @Test
    void theEnvelopeNamesEveryKindAndShowsNoParameters() {
        for (String fixture : Fixtures.FORMS) {
            TwilioEvent<?> event = parse(fixture);
            assertThat(TwilioEvents.find(event.type())).as(fixture).hasValueSatisfying(type -> assertThat(
                            type.payloadType())
                    .isEqualTo(event.payload().getClass()));
            assertThat(event.toString()).as(fixture).contains(event.type()).doesNotContain("+1415");
            assertThat(event.accountSid()).as(fixture).startsWith("AC");
        }
    }
}
