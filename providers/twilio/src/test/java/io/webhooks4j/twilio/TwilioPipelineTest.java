package io.webhooks4j.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.test.kit.DocumentedOutcomes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Whole deliveries through {@link Webhooks#handle}: replies, acknowledgements, de-duplication, bad input. */
class TwilioPipelineTest {
    private static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    private final List<TwilioEvent<?>> seen = new ArrayList<>();

    private Webhooks webhooks(TwilioProvider provider) {
        return Webhooks.builder()
                .provider(provider)
                .onReply(TwilioEvents.INCOMING_MESSAGE, sms -> TwiML.response()
                        .message("Got it: " + sms.payload().body())
                        .build())
                .on(TwilioEvents.MESSAGE_STATUS, seen::add)
                .on(TwilioEvents.ANY, seen::add)
                .build();
    }

    private final Webhooks webhooks = webhooks(TwilioProvider.create(Fixtures.AUTH_TOKEN));

    private static WebhookResponse documented(WebhookResponse response) {
        DocumentedOutcomes.assertDocumented(response, Fixtures.AUTH_TOKEN);
        return response;
    }

    private WebhookResponse handle(WebhookRequest request) {
        return documented(webhooks.handle("twilio", request));
    }

    @Test
    void repliesWithTheHandlersTwiml() {
        WebhookResponse response = handle(Fixtures.signed("incoming-message.form"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).contains(TwiML.CONTENT_TYPE);
        assertThat(response.bodyAsString())
                .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>Got it: Caf\u00e9 at 7?"
                        + " \uD83D\uDE80 50% off &amp; &lt;free&gt; 'cookies' + tea</Message></Response>");
        assertThat(response.outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
    }

    @Test
    void answersAnEmptyResponseWhenNoHandlerRepliesToACallOrMessage() {
        Webhooks quiet = Webhooks.builder()
                .provider(TwilioProvider.create(Fixtures.AUTH_TOKEN))
                .build();
        for (String fixture : List.of("incoming-call.form", "incoming-message.form", "gather-result.form")) {
            WebhookResponse response = documented(quiet.handle("twilio", Fixtures.signed(fixture)));
            assertThat(response.status()).as(fixture).isEqualTo(200);
            assertThat(response.contentType()).as(fixture).contains(TwiML.CONTENT_TYPE);
            assertThat(response.bodyAsString()).as(fixture).isEqualTo(EMPTY_TWIML);
            assertThat(response.outcome()).isEqualTo(DeliveryOutcome.Kind.ACKNOWLEDGED);
        }
        // a handler that returns null means "no reply" too
        Webhooks nullReply = Webhooks.builder()
                .provider(TwilioProvider.create(Fixtures.AUTH_TOKEN))
                .onReply(TwilioEvents.INCOMING_CALL, call -> null)
                .build();
        assertThat(nullReply
                        .handle("twilio", Fixtures.signed("incoming-call.form"))
                        .bodyAsString())
                .isEqualTo(EMPTY_TWIML);
    }

    @Test
    void acknowledgesCallbacksWithAnEmptyBody() {
        for (String fixture :
                List.of("message-status.form", "call-status.form", "recording-status.form", "conference-status.form")) {
            WebhookResponse response = handle(Fixtures.signed(fixture));
            assertThat(response.status()).as(fixture).isEqualTo(200);
            assertThat(response.body()).as(fixture).isEmpty();
        }
        assertThat(seen)
                .extracting(TwilioEvent::type)
                .contains("message.status", "call.status", "recording.status", "conference.status");
    }

    @Test
    void routesTypedHandlersWithoutCasts() {
        AtomicReference<String> digits = new AtomicReference<>();
        Webhooks ivr = Webhooks.builder()
                .provider(TwilioProvider.create(Fixtures.AUTH_TOKEN))
                .onReply(TwilioEvents.GATHER, gather -> {
                    digits.set(gather.payload().digits());
                    return TwiML.say("You pressed " + gather.payload().digits());
                })
                .onReply(TwilioEvents.INCOMING_CALL, call -> TwiML.response()
                        .gather(TwiML.gather().numDigits(1).action("/ivr").say("Press a key"))
                        .build())
                .build();
        assertThat(ivr.handle("twilio", Fixtures.signed("gather-result.form")).bodyAsString())
                .contains("<Say>You pressed 2</Say>");
        assertThat(digits).hasValue("2");
        assertThat(ivr.handle("twilio", Fixtures.signed("incoming-call.form")).bodyAsString())
                .contains("<Gather numDigits=\"1\" action=\"/ivr\"><Say>Press a key</Say></Gather>");
    }

    @Test
    void deduplicatesARetriedDelivery() {
        WebhookRequest status = Fixtures.signed("message-status.form");
        assertThat(handle(status).outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
        WebhookResponse retry = handle(status);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.outcome()).isEqualTo(DeliveryOutcome.Kind.DUPLICATE);
        assertThat(seen).hasSize(2); // the typed handler and ANY, once

        WebhookRequest sms = Fixtures.signed("incoming-message.form");
        handle(sms);
        WebhookResponse smsRetry = handle(sms);
        assertThat(smsRetry.outcome()).isEqualTo(DeliveryOutcome.Kind.DUPLICATE);
        assertThat(smsRetry.bodyAsString()).isEqualTo(EMPTY_TWIML);
    }

    @Test
    void deduplicatesBySidAndStatusWithoutTheToken() {
        WebhookRequest status = Fixtures.signed("message-status.form").toBuilder()
                .removeHeader("I-Twilio-Idempotency-Token")
                .build();
        handle(status);
        assertThat(handle(status).outcome()).isEqualTo(DeliveryOutcome.Kind.DUPLICATE);
        // gathers without the token are never de-duplicated
        WebhookRequest gather = Fixtures.signed("gather-result.form").toBuilder()
                .removeHeader("I-Twilio-Idempotency-Token")
                .build();
        handle(gather);
        assertThat(handle(gather).outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
    }

    // ---- the "Bad input" list ----

    @Test
    void malformedPercentEncodingIsABadRequest() {
        for (String body : List.of("Body=50%", "Body=%zz", "Body=%4", "MessageSid=SM1&%=x")) {
            WebhookRequest signed = Fixtures.signed(Fixtures.URL, "Body=ok").toBuilder()
                    .body(body)
                    .build();
            WebhookResponse response = handle(signed);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.reason()).contains(Reason.MALFORMED_BODY);
        }
    }

    @Test
    void aParameterWithoutEqualsIsANameWithAnEmptyValue() {
        WebhookRequest signed = Fixtures.signed(Fixtures.URL, "MessageSid=SM1&Body=hi&Flag");
        WebhookResponse response = handle(signed);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyAsString()).contains("Got it: hi");
        // unsigned, the same body is just unauthenticated
        WebhookResponse forged = handle(signed.toBuilder()
                .setHeader("X-Twilio-Signature", "RSOYDt4T1cUTdK1PDd93/VVr8B8=")
                .build());
        assertThat(forged.status()).isEqualTo(401);
    }

    @Test
    void tenThousandParametersAreHandled() {
        StringBuilder body = new StringBuilder("MessageSid=SM1&Body=bulk");
        for (int i = 0; i < 10_000; i++) {
            body.append("&P").append(i % 97).append('=').append(i);
        }
        WebhookRequest signed = Fixtures.signed(Fixtures.URL, body.toString());
        WebhookResponse response = handle(signed);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyAsString()).contains("Got it: bulk");
        WebhookResponse tampered =
                handle(signed.toBuilder().body(body.append("&P1=x").toString()).build());
        assertThat(tampered.status()).isEqualTo(401);
    }

    @Test
    void aBodyOverTheLimitIsTooLarge() {
        Webhooks small = webhooks(TwilioProvider.builder()
                .secrets(Fixtures.AUTH_TOKEN)
                .maxBodyBytes(512)
                .build());
        WebhookRequest signed = Fixtures.signed(Fixtures.URL, RawBody.ofUtf8("Body=" + "x".repeat(600)));
        WebhookResponse response = documented(small.handle("twilio", signed));
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.reason()).contains(Reason.BODY_TOO_LARGE);
    }

    @Test
    void aBodySha256ThatDoesNotMatchIsUnauthorized() {
        WebhookRequest signed =
                Fixtures.signed("https://hooks.example.com/events", "application/json", "{\"ok\":true}");
        assertThat(handle(signed).status()).isEqualTo(200);
        WebhookResponse response =
                handle(signed.toBuilder().body("{\"ok\":false}").build());
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.reason()).contains(Reason.BODY_HASH_MISMATCH);
    }

    @Test
    void anAuthenticJsonBodyThatIsNotJsonIsABadRequest() {
        WebhookRequest signed = Fixtures.signed("https://hooks.example.com/events", "application/json", "{not json");
        assertThat(handle(signed).status()).isEqualTo(400);
    }

    @Test
    void otherMethodsAreNotAllowed() {
        WebhookRequest get =
                Fixtures.signed("incoming-call.form").toBuilder().method("GET").build();
        assertThat(handle(get).status()).isEqualTo(405);
    }

    @Test
    void responsesNeverRevealTheExpectedSignature() {
        WebhookRequest signed = Fixtures.signed("incoming-message.form");
        String expected = signed.header("X-Twilio-Signature").orElseThrow();
        WebhookResponse response = handle(signed.toBuilder()
                .setHeader("X-Twilio-Signature", "AAAAAAAAAAAAAAAAAAAAAAAAAAA=")
                .build());
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.bodyAsString()).doesNotContain(expected).doesNotContain("Caf");
    }
}
