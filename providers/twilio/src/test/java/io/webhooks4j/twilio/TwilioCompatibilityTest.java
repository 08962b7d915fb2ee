package io.webhooks4j.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.WebhookRequest;
import io.webhooks4j.Webhooks;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookProvider;
import io.webhooks4j.test.TestDeliveries;
import io.webhooks4j.test.kit.WebhookProviderCompatibilityKit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The provider compatibility kit, for Twilio: it signs the URL and the form parameters (no timestamp), replies
 * with TwiML, and documents {@code TwiML} beside the template in its root package.
 */
class TwilioCompatibilityTest extends WebhookProviderCompatibilityKit {
    /** Values of the signature header that are present but cannot be read. */
    static final List<String> MALFORMED = List.of(
            "garbage!",
            "not base64 at all",
            "AAAA", // base64 of 3 bytes, not 20
            "NOTRSOYDt4T1cUTdK1PDd93/VVr8B8=", // twilio-java's tampered example: not valid base64
            "RSOYDt4T1cUTdK1PDd93/VVr8B8=RSOYDt4T1cUTdK1PDd93/VVr8B8=");

    TwilioCompatibilityTest() {
        super(
                new TwilioProviderFactory(),
                Fixtures.AUTH_TOKEN,
                Fixtures.SECONDARY_TOKEN,
                TwilioHeaders.SIGNATURE,
                MALFORMED);
    }

    @Override
    protected io.webhooks4j.test.Fixture sampleFixture() {
        return io.webhooks4j.test.Fixtures.get("twilio", "message.incoming");
    }

    /** Twilio signs the URL and the parameters; its idempotency token is not signed. */
    @Override
    protected List<String> unsignedHeaders() {
        return List.of(TwilioHeaders.IDEMPOTENCY_TOKEN, "User-Agent");
    }

    @Override
    protected Set<String> templateExtras() {
        return Set.of("TwiML");
    }

    /** The typed parameters the records read, each kind's own included. */
    @Override
    protected List<String> hostileFieldNames() {
        return List.of(
                "NumMedia",
                "NumSegments",
                "ErrorCode",
                "SequenceNumber",
                "CallDuration",
                "Duration",
                "SipResponseCode",
                "RecordingDuration",
                "RecordingChannels",
                "DialCallDuration",
                "Confidence",
                "Latitude",
                "Longitude",
                "Forwarded",
                "FrequentlyForwarded",
                "Timestamp",
                "RecordingStartTime",
                "MessageStatus",
                "SmsStatus",
                "CallStatus",
                "DialCallStatus",
                "Direction",
                "RecordingStatus",
                "MediaUrl0",
                "MediaContentType0",
                "MediaUrl1",
                "WaId",
                "From",
                "Body",
                "SpeechResult",
                "Digits",
                "CallbackSource",
                "MessageSid",
                "CallSid",
                "AccountSid");
    }

    /** TwiML replies and the bindings users make ({@code payloadAs}) must hold for hostile values too. */
    @Override
    protected void addHandlers(Webhooks.Builder builder) {
        builder.onReply(
                        TwilioEvents.INCOMING_MESSAGE,
                        sms -> TwiML.message("echo " + sms.payload().body()))
                .onReply(
                        TwilioEvents.GATHER,
                        gather -> TwiML.say("You said " + gather.payload().speechResult()))
                .on(TwilioEvents.ANY, request -> {
                    WebhookJson.readTree(WebhookJson.write(request));
                    request.payloadAs(JsonNode.class);
                    if (request.json() == null) {
                        request.payloadAs(Map.class); // parameters are always an object (a JSON body may not be)
                    }
                });
    }

    /**
     * Twilio signs the decoded parameters, so a forged form is decoded once (about its size: 8.4 MB for 8 MiB);
     * its diagnosis (the URL variants, their exact text, the hints) is not built on top of that.
     */
    @Override
    protected long forgedVerificationAllocationLimit(long bodyBytes) {
        return bodyBytes * 2;
    }

    @Test
    void aTestDeliveryOfYourOwnBodyIsSentFormEncodedAndSignedOverItsParameters() {
        TestDeliveries.Builder builder = TestDeliveries.provider("twilio")
                .secrets(Fixtures.AUTH_TOKEN)
                .url("https://hooks.example.com/twilio/sms")
                .body("MessageSid=SM0123456789abcdef0123456789abcdef&AccountSid=AC0123456789abcdef0123456789abcdef"
                        + "&From=%2B14155550199&To=%2B14155550100&Body=hi");
        WebhookRequest request = builder.build();
        assertThat(request.headers().first("Content-Type")).contains("application/x-www-form-urlencoded");
        assertThat(request.url()).doesNotContain("bodySHA256");
        WebhookProvider<?> provider = builder.providerInstance();
        assertThat(provider.parse(request, provider.verify(request)).type()).isEqualTo("message.incoming");
    }

    @Test
    void aTestDeliveryFindsAFixtureByItsOldName() {
        assertThat(TestDeliveries.provider("twilio")
                        .secrets(Fixtures.AUTH_TOKEN)
                        .url("https://hooks.example.com/twilio")
                        .fixture("incoming-message")
                        .build()
                        .body())
                .isEqualTo(io.webhooks4j.test.Fixtures.get("twilio", "message.incoming")
                        .body());
    }
}
