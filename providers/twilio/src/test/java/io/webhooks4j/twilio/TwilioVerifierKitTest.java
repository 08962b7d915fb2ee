package io.webhooks4j.twilio;

import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.spi.WebhookProvider;
import io.webhooks4j.testkit.VerifierTestKit;
import java.time.Clock;
import java.util.List;

/** The shared verifier contract; Twilio signs no timestamp, so the tolerance checks do not apply. */
class TwilioVerifierKitTest extends VerifierTestKit {
    @Override
    protected WebhookProvider<?> provider(List<String> secrets, Clock clock) {
        return TwilioProvider.create(secrets.toArray(String[]::new));
    }

    @Override
    protected WebhookRequest unsignedRequest(RawBody body) {
        return Fixtures.unsigned(Fixtures.URL, body);
    }

    @Override
    protected RawBody sampleBody() {
        return Fixtures.body("incoming-message.form");
    }

    @Override
    protected String signatureHeader() {
        return TwilioHeaders.SIGNATURE;
    }

    @Override
    protected List<String> malformedSignatureHeaders() {
        return List.of(
                "garbage!",
                "not base64 at all",
                "AAAA", // base64 of 3 bytes, not 20
                "NOTRSOYDt4T1cUTdK1PDd93/VVr8B8=", // twilio-java's tampered example: not valid base64
                "RSOYDt4T1cUTdK1PDd93/VVr8B8=RSOYDt4T1cUTdK1PDd93/VVr8B8=");
    }

    @Override
    protected String secret() {
        return Fixtures.AUTH_TOKEN;
    }

    @Override
    protected String otherSecret() {
        return Fixtures.SECONDARY_TOKEN;
    }
}
