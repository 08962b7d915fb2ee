package io.webhooks4j.servlet;

import io.webhooks4j.EventType;
import io.webhooks4j.Headers;
import io.webhooks4j.Keyring;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookEvent;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookVerificationException;
import io.webhooks4j.internal.Crypto;
import io.webhooks4j.spi.HmacAlgorithm;
import io.webhooks4j.spi.Secret;
import io.webhooks4j.spi.Verification;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import io.webhooks4j.spi.WebhookProvider;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * A tiny provider for these tests: {@code X-Hmac-Signature: sha256=<hex HMAC-SHA256 of the body>}, event
 * type in {@code X-Hmac-Event}, delivery id in {@code X-Hmac-Delivery}, JSON object body. The event keeps the
 * headers it arrived with, so tests can see what the servlet passed on.
 */
final class HmacTestProvider implements WebhookProvider<HmacTestProvider.HmacEvent> {
    static final String ID = "hmac";
    static final String SIGNATURE = "X-Hmac-Signature";
    static final String EVENT = "X-Hmac-Event";
    static final String DELIVERY = "X-Hmac-Delivery";

    static final EventType<HmacEvent> ORDER_PAID = EventType.of(ID, "order.paid", JsonNode.class);
    static final EventType<HmacEvent> ANY = EventType.any(ID);

    record HmacEvent(String provider, String type, String deliveryId, JsonNode payload, Headers headers)
            implements WebhookEvent {}

    private final Keyring keyring;
    private final long maxBodyBytes;
    /** How often {@link #verify} ran: a partial body must never get there. */
    final AtomicInteger verifications = new AtomicInteger();

    HmacTestProvider(String secret, long maxBodyBytes) {
        this.keyring = Keyring.of(secret);
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    @Override
    public Verification verify(WebhookRequest request) {
        verifications.incrementAndGet();
        String header = Crypto.requireSingleHeader(request, SIGNATURE);
        byte[] expected = header.startsWith("sha256=") ? Crypto.decodeHex(header.substring(7), 32) : null;
        if (expected == null) {
            throw new WebhookVerificationException(
                    Reason.MALFORMED_HEADER, "Header '" + SIGNATURE + "' is not sha256=<64 hex digits>");
        }
        byte[] body = request.body().toByteArray();
        for (Secret secret : keyring) {
            if (Crypto.constantTimeEquals(secret.hmac(HmacAlgorithm.SHA256, body), expected)) {
                return Verification.byKey(secret.id());
            }
        }
        throw new WebhookVerificationException(
                Reason.NO_MATCHING_SIGNATURE, "No signature in header '" + SIGNATURE + "' matched the payload");
    }

    @Override
    public HmacEvent parse(WebhookRequest request, Verification verification) {
        String type = request.header(EVENT)
                .orElseThrow(
                        () -> new WebhookParseException(Reason.MISSING_EVENT_TYPE, "Missing header '" + EVENT + "'"));
        // Like GitHub's form-encoded hooks: the JSON is the form's "payload" parameter.
        JsonNode payload = "application/x-www-form-urlencoded".equals(request.mediaType())
                ? WebhookJson.readTree(request.formParameters().first("payload").orElse(""))
                : WebhookJson.readTree(request.body());
        if (!payload.isObject()) {
            throw new WebhookParseException(Reason.MALFORMED_BODY, "Expected a JSON object");
        }
        return new HmacEvent(ID, type, request.header(DELIVERY).orElse(null), payload, request.headers());
    }

    @Override
    public WebhookRequest sign(WebhookRequest unsigned) {
        String hex = HexFormat.of()
                .formatHex(keyring.primary()
                        .hmac(HmacAlgorithm.SHA256, unsigned.body().toByteArray()));
        return unsigned.toBuilder().setHeader(SIGNATURE, "sha256=" + hex).build();
    }

    @Override
    public Class<?> eventClass() {
        return HmacEvent.class;
    }

    @Override
    public String toString() {
        return "HmacTestProvider[" + keyring + "]";
    }
}
