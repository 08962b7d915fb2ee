package io.webhooks4j.spring;

import io.webhooks4j.EventType;
import io.webhooks4j.ReplyingHandler;
import io.webhooks4j.WebhookEvent;
import io.webhooks4j.WebhookHandler;
import io.webhooks4j.Webhooks;
import java.util.Objects;

/**
 * A typed handler as a bean, for those who prefer lambdas to {@link WebhookListener} methods:
 *
 * <pre>{@code
 * @Bean
 * WebhookRoute invoicePaid(Billing billing) {
 *     return WebhookRoute.on(StripeEvents.INVOICE_PAID, event -> billing.paid(event.data().object()));
 * }
 * }</pre>
 */
public final class WebhookRoute {
    private final EventType<?> eventType;
    private final Object handler;
    private final boolean replying;

    private WebhookRoute(EventType<?> eventType, Object handler, boolean replying) {
        this.eventType = Objects.requireNonNull(eventType, "eventType");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.replying = replying;
    }

    /** Runs {@code handler} for every event of {@code type}. */
    public static <E extends WebhookEvent> WebhookRoute on(EventType<E> type, WebhookHandler<? super E> handler) {
        return new WebhookRoute(type, handler, false);
    }

    /** Runs {@code handler} for events of {@code type} and sends back its reply (Twilio's TwiML). */
    public static <E extends WebhookEvent> WebhookRoute onReply(EventType<E> type, ReplyingHandler<? super E> handler) {
        return new WebhookRoute(type, handler, true);
    }

    public EventType<?> eventType() {
        return eventType;
    }

    public boolean replying() {
        return replying;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void registerWith(Webhooks.Builder builder) {
        if (replying) {
            builder.onReply((EventType) eventType, (ReplyingHandler) handler);
        } else {
            builder.on((EventType) eventType, (WebhookHandler) handler);
        }
    }

    @Override
    public String toString() {
        return "WebhookRoute[" + eventType + (replying ? ", replying" : "") + "]";
    }
}
