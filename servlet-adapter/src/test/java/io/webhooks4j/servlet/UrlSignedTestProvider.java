package io.webhooks4j.servlet;

import io.webhooks4j.EventType;
import io.webhooks4j.FormParameters;
import io.webhooks4j.Keyring;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookEvent;
import io.webhooks4j.WebhookReply;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookVerificationException;
import io.webhooks4j.internal.Crypto;
import io.webhooks4j.spi.HmacAlgorithm;
import io.webhooks4j.spi.Secret;
import io.webhooks4j.spi.Verification;
import io.webhooks4j.spi.WebhookProvider;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A Twilio-like provider for these tests: {@code X-Url-Signature: <base64 HMAC-SHA256 of the public URL
 * followed by the raw body>}, so a delivery verifies only when the servlet reconstructs the exact URL the
 * sender used. Form body; replies TwiML-like XML.
 */
final class UrlSignedTestProvider implements WebhookProvider<UrlSignedTestProvider.UrlEvent> {
    static final String ID = "urlsigned";
    static final String SIGNATURE = "X-Url-Signature";
    static final String DELIVERY = "X-Url-Delivery";

    static final EventType<UrlEvent> MESSAGE = EventType.of(ID, "message", FormParameters.class);

    record UrlEvent(String provider, String type, String deliveryId, String url, FormParameters form)
            implements WebhookEvent {}

    private final Keyring keyring;

    UrlSignedTestProvider(String secret) {
        this.keyring = Keyring.of(secret);
    }

    @Override
    public String id() {
        return ID;
    }

    /** Like Twilio: the signature covers the URL, so the query string is verified too. */
    @Override
    public boolean signsUrl() {
        return true;
    }

    @Override
    public Verification verify(WebhookRequest request) {
        String header = Crypto.requireSingleHeader(request, SIGNATURE);
        byte[] expected = Crypto.decodeBase64(header);
        if (expected == null || expected.length != 32) {
            throw new WebhookVerificationException(
                    Reason.MALFORMED_HEADER, "Header '" + SIGNATURE + "' is not a base64 HMAC-SHA256");
        }
        byte[] signed = signedContent(request);
        for (Secret secret : keyring) {
            if (Crypto.constantTimeEquals(secret.hmac(HmacAlgorithm.SHA256, signed), expected)) {
                return Verification.byKey(secret.id());
            }
        }
        throw new WebhookVerificationException(
                Reason.NO_MATCHING_SIGNATURE, "No signature in header '" + SIGNATURE + "' matched the URL and body");
    }

    private static byte[] signedContent(WebhookRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(request.url().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(request.body().toByteArray());
        return out.toByteArray();
    }

    @Override
    public UrlEvent parse(WebhookRequest request, Verification verification) {
        return new UrlEvent(
                ID, MESSAGE.name(), request.header(DELIVERY).orElse(null), request.url(), request.formParameters());
    }

    @Override
    public WebhookReply acknowledge(UrlEvent event) {
        return WebhookReply.xml("<Response/>");
    }

    @Override
    public WebhookRequest sign(WebhookRequest unsigned) {
        String signature = Base64.getEncoder()
                .encodeToString(keyring.primary().hmac(HmacAlgorithm.SHA256, signedContent(unsigned)));
        return unsigned.toBuilder().setHeader(SIGNATURE, signature).build();
    }

    @Override
    public Class<?> eventClass() {
        return UrlEvent.class;
    }

    @Override
    public String toString() {
        return "UrlSignedTestProvider[" + keyring + "]";
    }
}
