package io.webhooks4j.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.testkit.DocumentedOutcomes;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random bodies, URLs and headers never get an undocumented answer, signed or not. */
class TwilioFuzzProperties {
    private static final Webhooks WEBHOOKS = Webhooks.builder()
            .provider(TwilioProvider.builder()
                    .secrets(Fixtures.AUTH_TOKEN)
                    .sharedKey("KW1", "shared-key-for-fuzzing-0123")
                    .maxBodyBytes(4096)
                    .build())
            .onReply(
                    TwilioEvents.INCOMING_MESSAGE,
                    sms -> TwiML.message("echo " + sms.payload().body()))
            .on(TwilioEvents.ANY, request -> request.parameters().size())
            .ledger(null)
            .build();

    @Provide
    Arbitrary<String> formish() {
        Arbitrary<String> tokens = Arbitraries.oneOf(
                Arbitraries.of(
                        "MessageSid=SM1",
                        "CallSid=CA1",
                        "Body=",
                        "Digits=1",
                        "NumMedia=x",
                        "NumMedia=1",
                        "MediaUrl0=u",
                        "CallStatus=completed",
                        "MessageStatus=sent",
                        "Timestamp=nope",
                        "Confidence=1e999999",
                        "RecordingStatus=absent",
                        "%",
                        "%zz",
                        "%F0%9F",
                        "+",
                        "=",
                        "&&",
                        "Latitude=abc",
                        "WaId=1&Forwarded=maybe"),
                Arbitraries.strings().ofMaxLength(30));
        return tokens.list().ofMaxSize(12).map(list -> String.join("&", list));
    }

    @Provide
    Arbitrary<String> urls() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        Fixtures.URL,
                        "",
                        "https://user:pw@h/x?bodySHA256=zz",
                        "http://[::1]:99/x",
                        "https://h:abc/x",
                        "https://h/x?bodySHA256=" + "a".repeat(64),
                        "no-scheme",
                        "https://@:/?#"),
                Arbitraries.strings().ofMaxLength(40));
    }

    @Provide
    Arbitrary<String> headerValues() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "RSOYDt4T1cUTdK1PDd93/VVr8B8=",
                        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
                        "key=KW1,algorithm=HMAC_SHA256",
                        "key=KW2,algorithm=HMAC_SHA1",
                        "Basic dTpw",
                        "application/json",
                        "application/x-www-form-urlencoded"),
                Arbitraries.strings().ofMaxLength(40));
    }

    @Property(tries = 300)
    void unsignedGarbageGetsADocumentedOutcome(
            @ForAll("formish") String body,
            @ForAll("urls") String url,
            @ForAll("headerValues") String signature,
            @ForAll("headerValues") String settings,
            @ForAll("headerValues") String contentType,
            @ForAll boolean withSettings) {
        WebhookRequest.Builder request = WebhookRequest.builder()
                .url(url)
                .header("Content-Type", contentType)
                .header("X-Twilio-Signature", signature)
                .header("Authorization", settings)
                .body(body);
        if (withSettings) {
            request.header("X-Twilio-Webhooks-Signature-Settings", settings);
        }
        WebhookResponse response = WEBHOOKS.handle("twilio", request.build());
        DocumentedOutcomes.assertDocumented(response, Fixtures.AUTH_TOKEN, "shared-key-for-fuzzing-0123");
    }

    @Property(tries = 300)
    void signedGarbageGetsADocumentedOutcome(
            @ForAll("formish") String body, @ForAll("urls") String url, @ForAll boolean json) {
        WebhookRequest unsigned = WebhookRequest.builder()
                .url(url.isEmpty() ? Fixtures.URL : url)
                .header("Content-Type", json ? "application/json" : Fixtures.FORM)
                .body(body)
                .build();
        WebhookRequest signed;
        try {
            signed = TwilioSigner.create(Fixtures.AUTH_TOKEN).sign(unsigned);
        } catch (RuntimeException e) {
            return; // the signer refuses what Twilio could not send either (a broken form body)
        }
        WebhookResponse response = WEBHOOKS.handle("twilio", signed);
        DocumentedOutcomes.assertDocumented(response, Fixtures.AUTH_TOKEN);
        if (signed.url().contains("bodySHA256=") && response.status() == 401) {
            // a URL that already carried a (wrong) bodySHA256: signed as is, and the body does not match it
            assertThat(response.reason()).contains(Reason.BODY_HASH_MISMATCH);
        } else {
            assertThat(response.status()).isIn(200, 400, 413);
        }
    }
}
