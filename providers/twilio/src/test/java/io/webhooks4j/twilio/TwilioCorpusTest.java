package io.webhooks4j.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.test.kit.PayloadCorpus;
import io.webhooks4j.twilio.event.CallStatus;
import io.webhooks4j.twilio.event.CloudEvent;
import io.webhooks4j.twilio.event.ConferenceStatus;
import io.webhooks4j.twilio.event.EventStreamsDelivery;
import io.webhooks4j.twilio.event.IncomingMessage;
import io.webhooks4j.twilio.event.MessageStatus;
import io.webhooks4j.twilio.event.RecordingStatus;
import io.webhooks4j.twilio.event.UnknownTwilioRequest;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue #21: every payload file under {@code src/test/resources/io/webhooks4j/twilio} (form callbacks and the Event
 * Streams JSON), signed and parsed through the real provider: none may fail, and every one but those listed in
 * {@link #RAW} (with the reason) reaches a typed record. Adding a file, or typing a listed one, fails this test until
 * the list is brought up to date. Since the Event Streams delivery became {@link EventStreamsDelivery} the list is
 * empty: 9 of 9 payloads typed (8 of 9 before).
 */
class TwilioCorpusTest {
    private static final TwilioProvider PROVIDER = TwilioProvider.create(Fixtures.AUTH_TOKEN);

    /** Corpus files that stay {@link UnknownTwilioRequest}, with the reason: none. */
    static final Map<String, String> RAW = Map.of();

    /** Every fixture, signed as Twilio sends it (a JSON body to an Event Streams sink URL), parsed once. */
    private static final PayloadCorpus<TwilioEvent<?>> CORPUS = PayloadCorpus.parse(
            PROVIDER,
            PayloadCorpus.read(TwilioCorpusTest.class, "/io/webhooks4j/twilio", ".form", ".json"),
            payload -> payload.name().endsWith(".json")
                    ? Fixtures.signed("https://hooks.example.com/events", "application/json", payload.body())
                    : Fixtures.signed(Fixtures.URL, payload.body()));

    @Test
    void everyPayloadParsesAndAllButTheListedOnesAreTyped() {
        CORPUS.assertNoErrors(Fixtures.FORMS.size() + 1);
        Map<String, String> raw = CORPUS.raw(e -> !(e.payload() instanceof UnknownTwilioRequest));
        assertThat(raw.keySet()).containsExactlyInAnyOrderElementsOf(RAW.keySet());
        assertThat(CORPUS.share(e -> !(e.payload() instanceof UnknownTwilioRequest), "twilio"))
                .isEqualTo(1.0);
        CORPUS.parsed()
                .forEach((file, event) -> assertThat(event.type()).as(file).isNotEqualTo("unknown"));
        assertThat(RAW.values()).allSatisfy(reason -> assertThat(reason).isNotBlank());
        assertThat(Fixtures.FORMS).allSatisfy(form -> assertThat(raw).doesNotContainKey(form));
    }

    @Test
    void keyFieldsHaveTheirExactValues() {
        Map<String, TwilioEvent<?>> byFile = CORPUS.parsed();
        assertThat(byFile.get("incoming-message.form").type()).isEqualTo("message.incoming");
        assertThat(((IncomingMessage) byFile.get("incoming-message.form").payload()).messageSid())
                .isEqualTo("SM7c1a3f0e9d8b4c2a1f6e5d4c3b2a1908");
        assertThat(byFile.get("message-status.form").payload()).isInstanceOf(MessageStatus.class);
        assertThat(((CallStatus) byFile.get("call-status.form").payload())
                        .call()
                        .callSid())
                .isEqualTo("CA0123456789abcdef0123456789abcdef");
        assertThat(byFile.get("recording-status.form").payload()).isInstanceOf(RecordingStatus.class);
        ConferenceStatus conference =
                (ConferenceStatus) byFile.get("conference-status.form").payload();
        assertThat(conference.conferenceSid()).isEqualTo("CFaabbccddeeff00112233445566778899");
        assertThat(conference.statusCallbackEvent()).isEqualTo("participant-join");

        TwilioEvent<?> streams = byFile.get("event-streams.json");
        assertThat(streams.type()).isEqualTo("event-streams.delivery");
        assertThat(TwilioEvents.find(streams.type())).containsSame(TwilioEvents.EVENT_STREAMS);
        List<CloudEvent> events = ((EventStreamsDelivery) streams.payload()).events();
        assertThat(events).hasSize(1);
        CloudEvent delivered = events.get(0);
        assertThat(delivered.specVersion()).isEqualTo("1.0");
        assertThat(delivered.id()).isEqualTo("EZ00112233445566778899aabbccddeeff");
        assertThat(delivered.type()).isEqualTo("com.twilio.messaging.message.delivered");
        assertThat(delivered.source())
                .isEqualTo("/2010-04-01/Accounts/ACf1e2d3c4b5a6978812345678abcdef01/Messages/"
                        + "SM5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b.json");
        assertThat(delivered.time()).isEqualTo(Instant.parse("2026-11-27T11:59:58Z"));
        assertThat(delivered.dataSchema())
                .isEqualTo(URI.create("https://events-schemas.twilio.com/Messaging.MessageStatus/2"));
        assertThat(delivered.dataContentType()).isEqualTo("application/json");
        assertThat(delivered.subject()).isNull();
        assertThat(delivered.dataBase64()).isNull();
        assertThat(delivered.extensions()).isEmpty();
        JsonNode data = delivered.data();
        assertThat(data.get("messageSid").asString()).isEqualTo("SM5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b");
        assertThat(data.get("messageStatus").asString()).isEqualTo("DELIVERED");
        assertThat(data.get("accountSid").asString()).isEqualTo("ACf1e2d3c4b5a6978812345678abcdef01");
        assertThat(data.propertyNames()).containsExactly("messageSid", "messageStatus", "accountSid");
        // the envelope still holds the signed bytes, so raw() and payloadAs see the whole array
        assertThat(streams.json()).isEqualTo(Fixtures.body("event-streams.json"));
        assertThat(streams.raw().get(0).get("id").asString()).isEqualTo(delivered.id());
        assertThat(streams.parameters().isEmpty()).isTrue();
    }
}
