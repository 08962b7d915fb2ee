package io.webhooks4j.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.twilio.event.IncomingMessage;
import io.webhooks4j.twilio.event.UnknownTwilioRequest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The attacks of issue #15 reproduced through {@link Webhooks#handle}, each against a receiver configured as the
 * README shows it: they must not make a handler run.
 */
class TwilioAttackRegressionTest {
    private final List<IncomingMessage> messages = new ArrayList<>();
    private final List<TwilioEvent<?>> all = new ArrayList<>();

    private final Webhooks webhooks = Webhooks.builder()
            .provider(TwilioProvider.create(Fixtures.AUTH_TOKEN))
            .onReply(TwilioEvents.INCOMING_MESSAGE, sms -> {
                messages.add(sms.payload());
                return TwiML.message("Got it");
            })
            .on(TwilioEvents.ANY, all::add)
            .build();

    /**
     * #15.1: the attacker wants {@code evil} handled as an incoming message. They get Twilio to sign a real
     * message whose text carries {@code &bodySHA256=<sha256(evil)>&z=} (they text the number), capture its
     * signature, and post {@code evil} as a form to a URL equal to the signed string of that message: the URL
     * then carries a {@code bodySHA256} matching the body, and a verifier in hash mode signs the URL only.
     */
    @Test
    void aFormPostToAUrlCarryingBodySha256IsNotVerifiedByTheUrlAlone() {
        String evil = "MessageSid=SMffffffffffffffffffffffffffffffff&AccountSid=ACf1e2d3c4b5a6978812345678abcdef01"
                + "&From=%2B16665550123&To=%2B14155550100&Body=Your+account+is+closed%2C+call+%2B16665550123";
        String sha = HexFormat.of().formatHex(RawBody.ofUtf8(evil).sha256());
        String captured = "AccountSid=ACf1e2d3c4b5a6978812345678abcdef01&MessageSid=SM0123456789abcdef0123456789abcdef"
                + "&From=%2B14155550199&To=%2B14155550100&Body=hi%26bodySHA256%3D" + sha + "%26z%3D";
        WebhookRequest legit = Fixtures.signed(Fixtures.URL, captured);
        assertThat(webhooks.handle("twilio", legit).status()).isEqualTo(200);
        assertThat(messages).hasSize(1);

        String signedString = TwilioSigner.signedString(Fixtures.URL, legit.formParameters());
        assertThat(signedString).contains("&bodySHA256=" + sha + "&z=");
        WebhookRequest attack = WebhookRequest.builder()
                .url(signedString)
                .header("Content-Type", Fixtures.FORM)
                .header("X-Twilio-Signature", legit.header("X-Twilio-Signature").orElseThrow())
                .body(evil)
                .build();
        WebhookResponse response = webhooks.handle("twilio", attack);

        assertThat(messages).as("handler runs").hasSize(1);
        assertThat(messages).extracting(IncomingMessage::from).doesNotContain("+16665550123");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.reason()).contains(Reason.NO_MATCHING_SIGNATURE);
    }

    /**
     * #15.1 with the Content-Type changed too: the same captured signature, the URL equal to its signed string,
     * and an attacker's JSON body whose hash the message text carried. Twilio appends {@code bodySHA256} to the
     * URL, so one in the middle of the query (followed by the rest of the signed parameters) is refused.
     */
    @Test
    void aJsonPostToAUrlWhoseBodySha256IsNotTheLastParameterIsRefused() {
        String evil = "[{\"type\":\"com.twilio.messaging.message.delivered\",\"id\":\"EZevil\"}]";
        String sha = HexFormat.of().formatHex(RawBody.ofUtf8(evil).sha256());
        String captured = "AccountSid=ACf1e2d3c4b5a6978812345678abcdef01&MessageSid=SM0123456789abcdef0123456789abcdef"
                + "&From=%2B14155550199&To=%2B14155550100&Body=hi%26bodySHA256%3D" + sha + "%26z%3D";
        WebhookRequest legit = Fixtures.signed(Fixtures.URL, captured);
        WebhookRequest attack = WebhookRequest.builder()
                .url(TwilioSigner.signedString(Fixtures.URL, legit.formParameters()))
                .header("Content-Type", "application/json")
                .header("X-Twilio-Signature", legit.header("X-Twilio-Signature").orElseThrow())
                .body(evil)
                .build();
        WebhookResponse response = webhooks.handle("twilio", attack);
        assertThat(all).isEmpty();
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.reason()).contains(Reason.BODY_HASH_MISMATCH);
    }

    @Test
    void aNonFormRequestNeedsBodySha256AsTheLastParameterOfItsUrl() {
        String body = "{\"ok\":true}";
        String sha = HexFormat.of().formatHex(RawBody.ofUtf8(body).sha256());
        for (String url : List.of(
                "https://hooks.example.com/events?bodySHA256=" + sha + "&tenant=acme",
                "https://hooks.example.com/events", // none at all, even for an empty body
                "https://hooks.example.com/events?x=bodySHA256=" + sha)) {
            String signature =
                    TwilioSigner.create(Fixtures.AUTH_TOKEN).signature(url, io.webhooks4j.FormParameters.empty());
            for (String sent : List.of(body, "")) {
                WebhookRequest request = WebhookRequest.builder()
                        .url(url)
                        .header("Content-Type", "application/json")
                        .header("X-Twilio-Signature", signature)
                        .body(sent)
                        .build();
                WebhookResponse response = webhooks.handle("twilio", request);
                assertThat(response.status()).as(url).isEqualTo(401);
                assertThat(response.reason()).as(url).contains(Reason.BODY_HASH_MISMATCH);
            }
        }
        assertThat(all).isEmpty();
        // appended last, as Twilio does: accepted
        WebhookRequest good = Fixtures.signed("https://hooks.example.com/events?tenant=acme", "application/json", body);
        assertThat(good.url()).endsWith("?tenant=acme&bodySHA256=" + sha);
        assertThat(webhooks.handle("twilio", good).status()).isEqualTo(200);
    }

    /** #15.1, the other way round: a JSON body never has its bytes read as form parameters. */
    @Test
    void aJsonRequestIsNeverReadAsFormParameters() {
        WebhookRequest signed = Fixtures.signed("https://hooks.example.com/events", "application/json", "[]");
        // the same signed URL and a body that is a form, sent as JSON, hash-matching because it is re-signed
        String form = "MessageSid=SM1&From=%2B16665550123&Body=evil";
        WebhookRequest formAsJson = Fixtures.signed("https://hooks.example.com/events", "text/plain", form);
        assertThat(webhooks.handle("twilio", signed).status()).isEqualTo(200);
        assertThat(webhooks.handle("twilio", formAsJson).status()).isEqualTo(200);
        assertThat(messages).isEmpty();
        assertThat(all)
                .allSatisfy(r -> assertThat(r.payload()).isInstanceOf(UnknownTwilioRequest.class))
                .allSatisfy(r -> assertThat(r.parameters().isEmpty()).isTrue());
    }

    // ---- #15.2: a replay under a fresh (or no) idempotency token ----

    private static WebhookRequest withToken(WebhookRequest request, String token) {
        WebhookRequest.Builder b = request.toBuilder().removeHeader(TwilioHeaders.IDEMPOTENCY_TOKEN);
        if (token != null) {
            b.header(TwilioHeaders.IDEMPOTENCY_TOKEN, token);
        }
        return b.build();
    }

    @Test
    void aCapturedMessageReSentWithANewOrNoTokenDoesNotRunTheHandlerAgain() {
        WebhookRequest original = Fixtures.signed("incoming-message.form");
        assertThat(webhooks.handle("twilio", original).outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
        for (String token : new String[] {"4b0c7a52-5d0e-4c59-9e2a-0f6d4c1b7e11", "x", null}) {
            WebhookResponse replay = webhooks.handle("twilio", withToken(original, token));
            assertThat(replay.status()).as("token %s", token).isEqualTo(200);
            assertThat(replay.outcome()).as("token %s", token).isEqualTo(DeliveryOutcome.Kind.DUPLICATE);
        }
        assertThat(messages).hasSize(1);
    }

    @Test
    void everyDeDuplicatedKindResistsAFreshToken() {
        for (String fixture : List.of(
                "message-status.form",
                "incoming-call.form",
                "call-status.form",
                "recording-status.form",
                "incoming-whatsapp.form")) {
            WebhookRequest original = Fixtures.signed(fixture);
            assertThat(webhooks.handle("twilio", original).outcome())
                    .as(fixture)
                    .isEqualTo(DeliveryOutcome.Kind.HANDLED);
            assertThat(webhooks.handle("twilio", withToken(original, "fresh-" + fixture))
                            .outcome())
                    .as(fixture)
                    .isEqualTo(DeliveryOutcome.Kind.DUPLICATE);
            assertThat(webhooks.handle("twilio", withToken(original, null)).outcome())
                    .as(fixture)
                    .isEqualTo(DeliveryOutcome.Kind.DUPLICATE);
        }
    }

    @Test
    void aReplayToThePortVariantOfTheUrlIsTheSameDelivery() {
        WebhookRequest original =
                Fixtures.signed("https://hooks.example.com/sms", Fixtures.body("message-status.form"));
        assertThat(webhooks.handle("twilio", original).outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
        WebhookRequest withPort = withToken(original, "fresh").toBuilder()
                .url("https://hooks.example.com:443/sms")
                .build();
        assertThat(webhooks.handle("twilio", withPort).outcome()).isEqualTo(DeliveryOutcome.Kind.DUPLICATE);
    }

    @Test
    void aCapturedJsonDeliveryReSentWithANewTokenIsADuplicate() {
        WebhookRequest json = Fixtures.signed(
                "https://hooks.example.com/events", "application/json", Fixtures.body("event-streams.json"));
        assertThat(webhooks.handle("twilio", json).outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
        assertThat(webhooks.handle("twilio", withToken(json, "fresh")).outcome())
                .isEqualTo(DeliveryOutcome.Kind.DUPLICATE);
    }

    @Test
    void twoDifferentLegitimateDeliveriesBothRun() {
        String base = "AccountSid=ACf1e2d3c4b5a6978812345678abcdef01&MessageSid=SM0123456789abcdef0123456789abcdef"
                + "&To=%2B14155550100&From=%2B14155550199&MessageStatus=";
        WebhookRequest sent = withToken(Fixtures.signed(Fixtures.URL, base + "sent"), "same-token");
        WebhookRequest delivered = withToken(Fixtures.signed(Fixtures.URL, base + "delivered"), "same-token");
        assertThat(webhooks.handle("twilio", sent).outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
        assertThat(webhooks.handle("twilio", delivered).outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
        // two messages with the same text from the same number
        String sms = "AccountSid=AC1&To=%2B14155550100&From=%2B14155550199&Body=yes&MessageSid=";
        assertThat(webhooks.handle("twilio", Fixtures.signed(Fixtures.URL, sms + "SM1"))
                        .outcome())
                .isEqualTo(DeliveryOutcome.Kind.HANDLED);
        assertThat(webhooks.handle("twilio", Fixtures.signed(Fixtures.URL, sms + "SM2"))
                        .outcome())
                .isEqualTo(DeliveryOutcome.Kind.HANDLED);
        assertThat(messages).extracting(IncomingMessage::messageSid).containsExactly("SM1", "SM2");
    }

    @Test
    void byteIdenticalGatherResultsAreNotDeDuplicated() {
        // a caller pressing 2 twice at the same menu sends the same parameters twice: both need an answer
        WebhookRequest gather = Fixtures.signed("gather-result.form");
        assertThat(webhooks.handle("twilio", gather).outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
        assertThat(webhooks.handle("twilio", gather).outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
        assertThat(webhooks.handle("twilio", withToken(gather, null)).outcome())
                .isEqualTo(DeliveryOutcome.Kind.HANDLED);
    }
}
