package io.webhooks4j.spring;

import io.webhooks4j.Keyring;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookEvent;
import io.webhooks4j.WebhookReply;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookVerificationException;
import io.webhooks4j.internal.Crypto;
import io.webhooks4j.spi.HmacAlgorithm;
import io.webhooks4j.spi.ProviderSettings;
import io.webhooks4j.spi.Secret;
import io.webhooks4j.spi.Verification;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import io.webhooks4j.spi.WebhookProvider;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * A tiny provider for the starter's tests, under the id of a real one: {@code X-Fake-Signature: <hex
 * HMAC-SHA256 of the body>}, type in {@code X-Fake-Event}, delivery id in {@code X-Fake-Delivery}, JSON body.
 */
class FakeProvider implements WebhookProvider<WebhookEvent> {
    static final String SIGNATURE = "X-Fake-Signature";
    static final String EVENT = "X-Fake-Event";
    static final String DELIVERY = "X-Fake-Delivery";

    /** Makes the event from type, delivery id and body. */
    interface Parser {
        WebhookEvent parse(String type, String deliveryId, JsonNode body);
    }

    private final String id;
    private final ProviderSettings settings;
    private final Class<?> eventClass;
    private final Parser parser;
    private final Function<WebhookEvent, List<String>> routingKeys;
    private final WebhookReply acknowledgement;

    FakeProvider(
            String id,
            ProviderSettings settings,
            Class<?> eventClass,
            Parser parser,
            Function<WebhookEvent, List<String>> routingKeys,
            WebhookReply acknowledgement) {
        this.id = id;
        this.settings = settings;
        this.eventClass = eventClass;
        this.parser = parser;
        this.routingKeys = routingKeys;
        this.acknowledgement = acknowledgement;
    }

    ProviderSettings settings() {
        return settings;
    }

    Keyring keyring() {
        return settings.keyring();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public long maxBodyBytes() {
        return settings.maxBodyBytes().orElse(DEFAULT_MAX_BODY_BYTES);
    }

    @Override
    public Verification verify(WebhookRequest request) {
        String header = Crypto.requireSingleHeader(request, SIGNATURE);
        byte[] expected = Crypto.decodeHex(header, 32);
        if (expected == null) {
            throw new WebhookVerificationException(
                    Reason.MALFORMED_HEADER, "Header '" + SIGNATURE + "' is not 64 hex digits");
        }
        for (Secret secret : settings.keyring()) {
            if (Crypto.constantTimeEquals(
                    secret.hmac(HmacAlgorithm.SHA256, request.body().toByteArray()), expected)) {
                return Verification.byKey(secret.id());
            }
        }
        throw new WebhookVerificationException(
                Reason.NO_MATCHING_SIGNATURE, "No signature in header '" + SIGNATURE + "' matched the payload");
    }

    @Override
    public WebhookEvent parse(WebhookRequest request, Verification verification) {
        String type = request.header(EVENT)
                .orElseThrow(
                        () -> new WebhookParseException(Reason.MISSING_EVENT_TYPE, "Missing header '" + EVENT + "'"));
        return parser.parse(type, request.header(DELIVERY).orElse(null), WebhookJson.readTree(request.body()));
    }

    @Override
    public List<String> routingKeys(WebhookEvent event) {
        return routingKeys.apply(event);
    }

    @Override
    public WebhookReply acknowledge(WebhookEvent event) {
        return acknowledgement;
    }

    @Override
    public WebhookRequest sign(WebhookRequest unsigned) {
        return sign(unsigned, settings.keyring().primary());
    }

    static WebhookRequest sign(WebhookRequest unsigned, Secret secret) {
        String hex = HexFormat.of()
                .formatHex(secret.hmac(HmacAlgorithm.SHA256, unsigned.body().toByteArray()));
        return unsigned.toBuilder().setHeader(SIGNATURE, hex).build();
    }

    @Override
    public Class<?> eventClass() {
        return eventClass;
    }

    @Override
    public String toString() {
        return "FakeProvider[" + id + ", " + settings.keyring() + "]";
    }
}
