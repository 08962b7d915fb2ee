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
 *
 * <p>It holds one typed handler: a plain one ({@link #on}) is a replying one that returns no reply, so the
 * provider's default acknowledgement is sent.
 */
public final class WebhookRoute {
    private final Handler<?> handler;
    private final boolean replying;

    /** The event type and its handler, of the same {@code E}. */
    private record Handler<E extends WebhookEvent>(EventType<E> type, ReplyingHandler<? super E> handler) {
        Handler {
            Objects.requireNonNull(type, "eventType");
            Objects.requireNonNull(handler, "handler");
        }

        void registerWith(Webhooks.Builder builder) {
            builder.onReply(type, handler);
        }
    }

    private WebhookRoute(Handler<?> handler, boolean replying) {
        this.handler = handler;
        this.replying = replying;
    }

    /** Runs {@code handler} for every event of {@code type}. */
    public static <E extends WebhookEvent> WebhookRoute on(EventType<E> type, WebhookHandler<? super E> handler) {
        Objects.requireNonNull(handler, "handler");
        ReplyingHandler<E> noReply = event -> {
            handler.handle(event);
            return null;
        };
        return new WebhookRoute(new Handler<>(type, noReply), false);
    }

    /** Runs {@code handler} for events of {@code type} and sends back its reply (Twilio's TwiML). */
    public static <E extends WebhookEvent> WebhookRoute onReply(EventType<E> type, ReplyingHandler<? super E> handler) {
        return new WebhookRoute(new Handler<>(type, handler), true);
    }

    public EventType<?> eventType() {
        return handler.type();
    }

    /** Whether the handler was given as a replying one ({@link #onReply}). */
    public boolean replying() {
        return replying;
    }

    void registerWith(Webhooks.Builder builder) {
        handler.registerWith(builder);
    }

    @Override
    public String toString() {
        return "WebhookRoute[" + handler.type() + (replying ? ", replying" : "") + "]";
    }
}
