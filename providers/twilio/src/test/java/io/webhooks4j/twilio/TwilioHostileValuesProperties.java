package io.webhooks4j.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.testkit.DocumentedOutcomes;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Issue #15.8: every value a sender controls, correctly signed, gets a documented answer (200 or 400), never a
 * 500. Each try takes a real request kind, puts hostile values into its typed parameters (numbers too large,
 * negative or overflowing, huge exponents, bad enums, broken escapes, odd Unicode, repeated names, empty
 * values), signs it as Twilio would, and sends it through the pipeline, whose handlers render the event as
 * the CLI does ({@code WebhookJson.write}) and bind it with {@code payloadAs}, so those must hold too.
 */
class TwilioHostileValuesProperties {
    private static final Webhooks WEBHOOKS = Webhooks.builder()
            .provider(TwilioProvider.create(Fixtures.AUTH_TOKEN))
            .onReply(TwilioEvents.INCOMING_MESSAGE, sms -> TwiML.message("echo " + sms.body()))
            .onReply(TwilioEvents.GATHER, gather -> TwiML.say("You said " + gather.speechResult()))
            .on(TwilioEvents.ANY, request -> {
                WebhookJson.readTree(WebhookJson.write(request));
                request.payloadAs(JsonNode.class);
                if (!(request instanceof UnknownTwilioRequest unknown && unknown.json() != null)) {
                    request.payloadAs(Map.class); // parameters are always an object (a JSON body may not be)
                }
            })
            .build();

    private static final TwilioSigner SIGNER = TwilioSigner.create(Fixtures.AUTH_TOKEN);

    /** The typed parameters the records read, each kind's own included. */
    private static final List<String> TYPED = List.of(
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

    @Provide
    Arbitrary<String> fixtures() {
        return Arbitraries.of(
                "incoming-message.form",
                "incoming-whatsapp.form",
                "message-status.form",
                "incoming-call.form",
                "call-status.form",
                "gather-result.form",
                "recording-status.form",
                "conference-status.form");
    }

    /** A hostile value, already form-encoded (so a broken escape stays broken). */
    @Provide
    Arbitrary<String> hostileValues() {
        Arbitrary<String> numbers = Arbitraries.of(
                "9".repeat(400),
                "2147483648",
                "-2147483649",
                "-1",
                "-0",
                "%2B1",
                "+1",
                "1.5",
                "0x1F",
                "1e999999999",
                "-1E-999999999",
                "1e1000",
                "1e1001",
                "NaN",
                "Infinity",
                "%D9%A3", // ARABIC-INDIC DIGIT THREE
                "%EF%BC%91", // FULLWIDTH DIGIT ONE
                "+7+",
                "0.9124" + "0".repeat(200),
                "00000000000000000000000000000042");
        Arbitrary<String> texts = Arbitraries.of(
                "teleported",
                "IN-PROGRESS",
                "in_progress",
                "no_answer",
                "COMPLETED%00",
                "maybe",
                "TRUE",
                "Tue%2C+31+Feb+2026+25%3A61%3A61+%2B0000",
                "Fri%2C+27+Nov+99999+11%3A59%3A01+%2B0000",
                "%2B1000000000-01-01T00%3A00%3A00Z",
                "2026-11-27T11%3A59%3A58Z",
                "",
                "%",
                "%zz",
                "%4",
                "%E2%82", // truncated UTF-8
                "%ED%A0%80", // an encoded surrogate, not UTF-8
                "%FF%FE",
                "%F0%9F%9A%80%E2%80%AE%EF%BF%BF", // emoji, right-to-left override, U+FFFF
                "%C0%AF", // overlong slash
                "%EF%BB%BF", // byte-order mark
                "whatsapp%3A%2B34600111222",
                "%26bodySHA256%3D" + "0".repeat(64),
                "%3C%2FResponse%3E%5D%5D%3E");
        Arbitrary<String> random =
                Arbitraries.strings().ofMaxLength(40).map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8));
        return Arbitraries.frequencyOf(Tuple.of(4, numbers), Tuple.of(4, texts), Tuple.of(2, random));
    }

    @Provide
    Arbitrary<List<String>> overrides() {
        Arbitrary<String> one = Combinators.combine(
                        Arbitraries.of(TYPED),
                        hostileValues(),
                        Arbitraries.integers().between(0, 3))
                .as((name, value, how) -> switch (how) {
                    case 0 -> name + "=" + value; // added (a repeated name when the fixture has it)
                    case 1 -> name; // no '=': an empty value
                    case 2 -> name + "=" + value + "&" + name + "=" + value; // identical duplicates
                    default -> name + "=";
                });
        return one.list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 400)
    void hostileSignedFormsGetOnly200Or400(
            @ForAll("fixtures") String fixture, @ForAll("overrides") List<String> extra) {
        String base = Fixtures.body(fixture).utf8();
        List<String> segments = new ArrayList<>();
        for (String override : extra) {
            String name = override.split("=", 2)[0];
            segments.add(override);
            // replace the fixture's own value half of the time, so the hostile one is the first one read
            if (name.length() % 2 == 0) {
                base = base.replaceAll("(^|&)" + name + "=[^&]*", "$1");
            }
        }
        String body = String.join("&", segments) + "&" + base;
        WebhookRequest unsigned = Fixtures.unsigned(Fixtures.URL, io.webhooks4j.RawBody.ofUtf8(body));
        WebhookRequest signed;
        try {
            signed = SIGNER.sign(unsigned);
        } catch (RuntimeException e) {
            // the signer cannot decode a broken escape either; the pipeline must still answer 401 or 400
            assertDocumented(WEBHOOKS.handle(
                    "twilio",
                    unsigned.toBuilder()
                            .header("X-Twilio-Signature", "AAAAAAAAAAAAAAAAAAAAAAAAAAA=")
                            .build()));
            return;
        }
        WebhookResponse response = WEBHOOKS.handle("twilio", signed);
        assertDocumented(response);
        assertThat(response.status()).as("%s for %s", response, body).isIn(200, 400);
    }

    @Provide
    Arbitrary<String> hostileJson() {
        Arbitrary<String> values = Arbitraries.of(
                "1e999999999",
                "-1e-999999999",
                "9".repeat(99),
                "9".repeat(101),
                "\"\\u12\"",
                "\"\\ud800\"",
                "\"\\uDFFF\\uD800\"",
                "\"\u202e\uffff\"",
                "NaN",
                "[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]",
                "\"" + "x".repeat(10_000) + "\"",
                "null",
                "true",
                "{}",
                "\"teleported\"",
                "\"\"");
        return Combinators.combine(
                        Arbitraries.of("AccountSid", "id", "type", "data", "MessageStatus"),
                        values,
                        values,
                        Arbitraries.integers().between(0, 4))
                .as((key, a, b, shape) -> switch (shape) {
                    case 0 -> "{\"" + key + "\":" + a + ",\"" + key + "\":" + b + "}"; // duplicate names
                    case 1 -> "[{\"" + key + "\":" + a + "}]";
                    case 2 -> "{\"" + key + "\":" + a + ",}"; // trailing comma
                    case 3 -> a;
                    default -> "[" + "[".repeat(300) + "]".repeat(300) + "]"; // deeper than allowed
                });
    }

    @Property(tries = 200)
    void hostileSignedJsonGetsOnly200Or400(@ForAll("hostileJson") String json, @ForAll boolean charset) {
        WebhookRequest signed = SIGNER.sign(WebhookRequest.builder()
                .url("https://hooks.example.com/events?sink=primary")
                .header("Content-Type", charset ? "application/json; charset=utf-8" : "application/json")
                .body(json)
                .build());
        WebhookResponse response = WEBHOOKS.handle("twilio", signed);
        assertDocumented(response);
        assertThat(response.status()).as("%s for %s", response, json).isIn(200, 400);
    }

    private static void assertDocumented(WebhookResponse response) {
        DocumentedOutcomes.assertDocumented(response, Fixtures.AUTH_TOKEN);
        assertThat(response.status()).isNotEqualTo(500);
        assertThat(response.outcome()).isNotEqualTo(DeliveryOutcome.Kind.FAILED);
    }
}
