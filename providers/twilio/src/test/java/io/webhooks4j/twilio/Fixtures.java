package io.webhooks4j.twilio;

import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.test.TestResources;
import java.util.List;

/** Our own fixtures under src/test/resources/io/webhooks4j/twilio, and requests signed with a test token. */
final class Fixtures {
    static final String AUTH_TOKEN = "9f2c4b7a1e3d5f60718293a4b5c6d7e8";
    static final String SECONDARY_TOKEN = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    static final String URL = "https://hooks.example.com/twilio/sms?tenant=acme";
    static final String FORM = "application/x-www-form-urlencoded";

    /** Every form fixture, one of each kind (and a WhatsApp message and a conference callback). */
    static final List<String> FORMS = List.of(
            "incoming-message.form",
            "incoming-whatsapp.form",
            "message-status.form",
            "incoming-call.form",
            "call-status.form",
            "gather-result.form",
            "recording-status.form",
            "conference-status.form");

    private Fixtures() {}

    /** The fixture's bytes; a trailing newline (which editors add) is dropped, since it would join a value. */
    static RawBody body(String name) {
        byte[] bytes = TestResources.rawBody(Fixtures.class, name).toByteArray();
        int length = bytes.length;
        while (length > 0 && (bytes[length - 1] == '\n' || bytes[length - 1] == '\r')) {
            length--;
        }
        return RawBody.of(java.util.Arrays.copyOf(bytes, length));
    }

    static WebhookRequest unsigned(String url, RawBody body) {
        return WebhookRequest.builder()
                .url(url)
                .header("Content-Type", FORM)
                .body(body)
                .build();
    }

    static WebhookRequest signed(String fixture) {
        return signed(URL, body(fixture));
    }

    static WebhookRequest signed(String url, RawBody body) {
        return signed(url, FORM, body);
    }

    /** Signed with the test token as Twilio signs: a non-form body gets {@code bodySHA256} in its URL. */
    static WebhookRequest signed(String url, String contentType, RawBody body) {
        return TwilioSigner.create(AUTH_TOKEN)
                .sign(WebhookRequest.builder()
                        .url(url)
                        .header("Content-Type", contentType)
                        .body(body)
                        .build());
    }

    static WebhookRequest signed(String url, String contentType, String body) {
        return signed(url, contentType, RawBody.ofUtf8(body));
    }

    static WebhookRequest signed(String url, String formBody) {
        return signed(url, RawBody.ofUtf8(formBody));
    }
}
