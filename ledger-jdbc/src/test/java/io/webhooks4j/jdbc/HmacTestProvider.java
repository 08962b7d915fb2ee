package io.webhooks4j.jdbc;

import io.webhooks4j.EventType;
import io.webhooks4j.Keyring;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookEvent;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookVerificationException;
import io.webhooks4j.spi.HmacAlgorithm;
import io.webhooks4j.spi.Secret;
import io.webhooks4j.spi.Verification;
import io.webhooks4j.spi.WebhookParseException;
import io.webhooks4j.spi.WebhookProvider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signing provider for the inbox proofs, in the style of the core's test provider: {@code X-Proof-Signature:
 * t=<epoch seconds>,sha256=<hex HMAC-SHA256 of "t.body">}, checked against a five-minute window. The event type and
 * the delivery id are in the signed JSON body ({@code {"id":"...","type":"order.paid",...}}), so the
 * de-duplication key (the delivery id, the SPI's default) comes from signed content.
 */
final class HmacTestProvider implements WebhookProvider<HmacTestProvider.ProofEvent> {
    static final String ID = "proof";
    static final String SIGNATURE = "X-Proof-Signature";
    static final String SECRET = "proof-secret-not-in-any-log";
    static final String URL = "https://receiver.example.test/webhooks/proof";
    static final EventType<ProofEvent> ORDER_PAID = EventType.of(ID, "order.paid", String.class);

    private static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final Pattern ID_MEMBER = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final Pattern TYPE_MEMBER = Pattern.compile("\"type\":\"([^\"]+)\"");

    /** The parsed delivery: its id and type from the signed body, and the body itself. */
    record ProofEvent(String provider, String type, String deliveryId, String body) implements WebhookEvent {}

    private final Keyring keyring = Keyring.of(SECRET);

    /** A signed delivery of {@code order.paid} with id {@code deliveryId}, as the sender would post it. */
    WebhookRequest signed(String deliveryId) {
        return sign(WebhookRequest.builder()
                .url(URL)
                .header("Content-Type", "application/json")
                .body("{\"id\":\"" + deliveryId + "\",\"type\":\"" + ORDER_PAID.name() + "\",\"amount\":4200}")
                .build());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Verification verify(WebhookRequest request) {
        String header = request.header(SIGNATURE)
                .orElseThrow(() ->
                        new WebhookVerificationException(Reason.MISSING_HEADER, "Missing header '" + SIGNATURE + "'"));
        String[] parts = header.split(",", -1);
        if (parts.length != 2 || !parts[0].startsWith("t=") || !parts[1].startsWith("sha256=")) {
            throw new WebhookVerificationException(
                    Reason.MALFORMED_HEADER, "Header '" + SIGNATURE + "' is not t=<seconds>,sha256=<hex>");
        }
        long t;
        byte[] expected;
        try {
            t = Long.parseLong(parts[0].substring(2));
            expected = HexFormat.of().parseHex(parts[1].substring(7));
        } catch (IllegalArgumentException e) {
            throw new WebhookVerificationException(
                    Reason.MALFORMED_HEADER, "Header '" + SIGNATURE + "' holds no number or no hex signature");
        }
        byte[] signed = signedContent(t, request.body());
        for (Secret secret : keyring) {
            if (MessageDigest.isEqual(secret.hmac(HmacAlgorithm.SHA256, signed), expected)) {
                Instant signedAt = Instant.ofEpochSecond(t);
                if (Duration.between(signedAt, Instant.now()).abs().compareTo(TOLERANCE) > 0) {
                    throw new WebhookVerificationException(
                            Reason.TIMESTAMP_TOO_OLD, "Timestamp " + t + " is outside the tolerance of " + TOLERANCE);
                }
                return new Verification(secret.id(), signedAt);
            }
        }
        throw new WebhookVerificationException(
                Reason.NO_MATCHING_SIGNATURE, "No signature in header '" + SIGNATURE + "' matched the payload");
    }

    @Override
    public ProofEvent parse(WebhookRequest request, Verification verification) {
        String body = request.body().utf8();
        return new ProofEvent(
                ID,
                member(TYPE_MEMBER, body, Reason.MISSING_EVENT_TYPE),
                member(ID_MEMBER, body, Reason.MALFORMED_BODY),
                body);
    }

    private static String member(Pattern pattern, String body, Reason missing) {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new WebhookParseException(missing, "The body has no member " + pattern.pattern());
        }
        return m.group(1);
    }

    @Override
    public WebhookRequest sign(WebhookRequest unsigned) {
        long t = Instant.now().getEpochSecond();
        String hex = HexFormat.of()
                .formatHex(keyring.primary().hmac(HmacAlgorithm.SHA256, signedContent(t, unsigned.body())));
        return unsigned.toBuilder()
                .setHeader(SIGNATURE, "t=" + t + ",sha256=" + hex)
                .build();
    }

    private static byte[] signedContent(long t, RawBody body) {
        byte[] prefix = (t + ".").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = body.toByteArray();
        byte[] out = new byte[prefix.length + bytes.length];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        System.arraycopy(bytes, 0, out, prefix.length, bytes.length);
        return out;
    }

    @Override
    public Class<?> eventClass() {
        return ProofEvent.class;
    }
}
