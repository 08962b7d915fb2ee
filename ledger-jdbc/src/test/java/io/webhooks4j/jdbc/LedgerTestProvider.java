package io.webhooks4j.jdbc;

import io.webhooks4j.EventType;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookEvent;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookVerificationException;
import io.webhooks4j.spi.Verification;
import io.webhooks4j.spi.WebhookParseException;
import io.webhooks4j.spi.WebhookProvider;

/**
 * A tiny provider for the ledger tests: the shared token in {@code X-Test-Token} stands for a signature, the
 * delivery id is {@code X-Test-Delivery}, the event type {@code X-Test-Event}.
 */
final class LedgerTestProvider implements WebhookProvider<LedgerTestProvider.TestEvent> {
    static final String ID = "test";
    static final String TOKEN = "X-Test-Token";
    static final String DELIVERY = "X-Test-Delivery";
    static final String EVENT = "X-Test-Event";
    static final String SECRET = "s3cret";
    static final EventType<TestEvent> ORDER_PAID = EventType.of(ID, "order.paid", String.class);

    record TestEvent(String provider, String type, String deliveryId, String body) implements WebhookEvent {}

    static WebhookRequest delivery(String deliveryId) {
        return WebhookRequest.builder()
                .url("https://example.test/webhooks/test")
                .header(TOKEN, SECRET)
                .header(EVENT, ORDER_PAID.name())
                .header(DELIVERY, deliveryId)
                .body("{\"id\":\"" + deliveryId + "\"}")
                .build();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Verification verify(WebhookRequest request) {
        if (!request.header(TOKEN).map(SECRET::equals).orElse(false)) {
            throw new WebhookVerificationException(
                    Reason.NO_MATCHING_SIGNATURE, "Header '" + TOKEN + "' does not hold the shared token");
        }
        return Verification.byKey("key-1");
    }

    @Override
    public TestEvent parse(WebhookRequest request, Verification verification) {
        String type = request.header(EVENT)
                .orElseThrow(
                        () -> new WebhookParseException(Reason.MISSING_EVENT_TYPE, "Missing header '" + EVENT + "'"));
        return new TestEvent(
                ID, type, request.header(DELIVERY).orElse(null), request.body().utf8());
    }

    @Override
    public WebhookRequest sign(WebhookRequest unsigned) {
        return unsigned.toBuilder().setHeader(TOKEN, SECRET).build();
    }

    @Override
    public Class<?> eventClass() {
        return TestEvent.class;
    }
}
