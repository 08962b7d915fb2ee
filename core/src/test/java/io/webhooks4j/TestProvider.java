package io.webhooks4j;

import io.webhooks4j.internal.Crypto;
import io.webhooks4j.spi.Diagnosis;
import io.webhooks4j.spi.HmacAlgorithm;
import io.webhooks4j.spi.Secret;
import io.webhooks4j.spi.Verification;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import io.webhooks4j.spi.WebhookProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A tiny provider that lives in the core's tests: {@code X-Test-Signature: t=<epoch>,sha256=<hex HMAC-SHA256
 * of "t.body">}, event type in {@code X-Test-Event}, delivery id in {@code X-Test-Delivery}, JSON body.
 */
class TestProvider implements WebhookProvider<TestProvider.TestEvent> {
    static final String ID = "test";
    static final String SIGNATURE = "X-Test-Signature";
    static final String EVENT = "X-Test-Event";
    static final String DELIVERY = "X-Test-Delivery";

    static final EventType<TestEvent> ORDER_PAID = EventType.of(ID, "order.paid", JsonNode.class);
    static final EventType<TestEvent> ORDER_CREATED = EventType.of(ID, "order.created", JsonNode.class);
    static final EventType<TestEvent> INCOMING_CALL = EventType.of(ID, "call.incoming", JsonNode.class);
    static final EventType<TestEvent> ANY = EventType.any(ID);

    record TestEvent(String provider, String type, String deliveryId, JsonNode payload) implements WebhookEvent {}

    private final Keyring keyring;
    private final Clock clock;
    private final Duration tolerance;
    private final long maxBodyBytes;
    private final Set<String> requiredTypes;

    TestProvider(Keyring keyring, Clock clock, Duration tolerance, long maxBodyBytes, Set<String> requiredTypes) {
        this.keyring = keyring;
        this.clock = clock;
        this.tolerance = tolerance;
        this.maxBodyBytes = maxBodyBytes;
        this.requiredTypes = requiredTypes;
    }

    TestProvider(Keyring keyring, Clock clock) {
        this(keyring, clock, Duration.ofMinutes(5), DEFAULT_MAX_BODY_BYTES, Set.of());
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
        String header = Crypto.requireSingleHeader(request, SIGNATURE);
        String[] parts = header.split(",", -1);
        if (parts.length != 2 || !parts[0].startsWith("t=") || !parts[1].startsWith("sha256=")) {
            throw new WebhookVerificationException(
                    Reason.MALFORMED_HEADER, "Header '" + SIGNATURE + "' is not t=<seconds>,sha256=<hex>");
        }
        long t;
        try {
            t = Long.parseLong(parts[0].substring(2));
        } catch (NumberFormatException e) {
            throw new WebhookVerificationException(
                    Reason.MALFORMED_HEADER, "Timestamp in '" + SIGNATURE + "' is not a number");
        }
        byte[] expected = Crypto.decodeHex(parts[1].substring(7), 32);
        if (expected == null) {
            throw new WebhookVerificationException(
                    Reason.MALFORMED_HEADER, "Signature in '" + SIGNATURE + "' is not 64 hex digits");
        }
        Diagnosis.Builder diagnosis = Diagnosis.builder();
        byte[] signed = signedContent(t, request.body());
        for (Secret secret : keyring) {
            diagnosis.keyTried(secret.id());
            if (Crypto.constantTimeEquals(secret.hmac(HmacAlgorithm.SHA256, signed), expected)) {
                Instant signedAt = Instant.ofEpochSecond(t);
                Duration skew = Duration.between(signedAt, clock.instant());
                if (skew.compareTo(tolerance) > 0) {
                    throw new WebhookVerificationException(
                            Reason.TIMESTAMP_TOO_OLD, "Timestamp " + t + " is outside the tolerance of " + tolerance);
                }
                if (skew.negated().compareTo(tolerance) > 0) {
                    throw new WebhookVerificationException(
                            Reason.TIMESTAMP_TOO_NEW, "Timestamp " + t + " is in the future beyond " + tolerance);
                }
                return new Verification(secret.id(), signedAt);
            }
        }
        diagnosis.signedContent("t.body", signed, false).likelyCauses(Crypto.bodyReencodingHints(request.body()));
        throw new WebhookVerificationException(
                Reason.NO_MATCHING_SIGNATURE,
                "No signature in header '" + SIGNATURE + "' matched the payload",
                diagnosis.build());
    }

    private static byte[] signedContent(long t, RawBody body) {
        byte[] prefix = (t + ".").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] out = new byte[prefix.length + body.length()];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        System.arraycopy(body.toByteArray(), 0, out, prefix.length, body.length());
        return out;
    }

    @Override
    public TestEvent parse(WebhookRequest request, Verification verification) {
        String type = request.header(EVENT)
                .orElseThrow(
                        () -> new WebhookParseException(Reason.MISSING_EVENT_TYPE, "Missing header '" + EVENT + "'"));
        JsonNode payload = WebhookJson.readTree(request.body());
        if (!payload.isObject()) {
            throw new WebhookParseException(Reason.MALFORMED_BODY, "Expected a JSON object");
        }
        return new TestEvent(ID, type, request.header(DELIVERY).orElse(null), payload);
    }

    @Override
    public WebhookReply acknowledge(TestEvent event) {
        return event.type().equals(INCOMING_CALL.name()) ? WebhookReply.xml("<Response/>") : WebhookReply.ok();
    }

    @Override
    public WebhookRequest sign(WebhookRequest unsigned) {
        long t = clock.instant().getEpochSecond();
        String hex = HexFormat.of()
                .formatHex(keyring.primary().hmac(HmacAlgorithm.SHA256, signedContent(t, unsigned.body())));
        return unsigned.toBuilder()
                .setHeader(SIGNATURE, "t=" + t + ",sha256=" + hex)
                .build();
    }

    @Override
    public void validateHandlers(Set<String> eventTypeNames) {
        for (String required : requiredTypes) {
            if (!eventTypeNames.contains(required) && !eventTypeNames.contains(EventType.ANY)) {
                throw new IllegalStateException("The test provider needs a handler for " + required);
            }
        }
    }

    @Override
    public Class<?> eventClass() {
        return TestEvent.class;
    }

    @Override
    public String toString() {
        return "TestProvider[" + keyring + "]";
    }
}
