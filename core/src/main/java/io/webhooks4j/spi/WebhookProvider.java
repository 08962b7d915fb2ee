package io.webhooks4j.spi;

import io.webhooks4j.WebhookEvent;
import io.webhooks4j.WebhookReply;
import io.webhooks4j.WebhookRequest;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The plug-in point for one provider: its id, how it verifies, how it parses, how it signs (for tests and
 * the CLI). An instance holds its configuration (keyring, clock, tolerance, body limit). Implementations are
 * immutable and thread-safe.
 *
 * @param <E> the envelope type this provider produces
 */
public interface WebhookProvider<E extends WebhookEvent> {
    /** Default body limit: 1 MiB. */
    long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    /** The id used in routes and keys: {@code stripe}, {@code github}, ... */
    String id();

    /** The largest body this provider accepts, in bytes. */
    default long maxBodyBytes() {
        return DEFAULT_MAX_BODY_BYTES;
    }

    /**
     * Proves {@code request} authentic, on its exact bytes, or throws.
     *
     * @throws io.webhooks4j.WebhookVerificationException with the reason and a diagnosis
     * @throws WebhookParseException when an authentic delivery lacks a header the provider always sends, or
     *     when the signed content cannot even be built from the request (a form body with a broken escape)
     */
    Verification verify(WebhookRequest request);

    /**
     * Turns a verified request into a typed event. Unknown event types are not errors: they parse to the
     * provider's fallback event with the raw content.
     *
     * @throws WebhookParseException when the body cannot be read (a 400, never a 500)
     */
    E parse(WebhookRequest request, Verification verification);

    /**
     * The names a handler key may use to select {@code event}, most specific first. The default is the event
     * type; GitHub adds the event without its action ({@code pull_request} for {@code pull_request.opened}).
     */
    default List<String> routingKeys(E event) {
        return List.of(event.type());
    }

    /** The reply when no handler replied (or the delivery is a duplicate): 200 empty, TwiML's empty Response. */
    default WebhookReply acknowledge(E event) {
        return WebhookReply.ok();
    }

    /**
     * Signs {@code unsigned} the way the provider would, with every key of this provider's keyring where the
     * provider sends several signatures (the primary only where it sends one) and the time of its clock; adds
     * the headers the provider always sends when they are missing. For tests, fixtures and the CLI.
     */
    WebhookRequest sign(WebhookRequest unsigned);

    /**
     * Checks the registered handlers when {@link io.webhooks4j.Webhooks} is built; throws {@link IllegalStateException}
     * with an actionable message when something required is missing (Shopify's compliance topics for a
     * public app). The default accepts anything.
     *
     * @param eventTypeNames the names of the event types that have handlers ({@code *} for catch-alls)
     */
    default void validateHandlers(Set<String> eventTypeNames) {}

    /**
     * The key {@code event} is de-duplicated on, or {@code null} to not de-duplicate it. It must come from
     * signed content wherever the provider signs any (see {@link DeliveryKeys}): a key taken from an unsigned
     * header lets a captured delivery be replayed under a fresh id. The default is {@link
     * WebhookEvent#deliveryId()}, right only where that id is itself signed (Stripe's event id in the body).
     */
    default @Nullable String deduplicationKey(E event, WebhookRequest request, Verification verification) {
        return event.deliveryId();
    }

    /**
     * How long the provider waits for an answer before it counts the delivery as failed (GitHub 10 s, Shopify and
     * PagerDuty 5 s, Twilio 15 s). An inline handler that takes more than half of it is logged with a WARN that
     * names inbox mode. The default, 10 s, is for providers that do not document theirs.
     */
    default java.time.Duration responseBudget() {
        return java.time.Duration.ofSeconds(10);
    }

    /**
     * True when the signature covers the request URL (Twilio), so adapters must reconstruct the public URL
     * faithfully and may pass on query parameters as verified; false (the default) when only the body (and
     * headers) are signed, so nothing in the URL is verified.
     */
    default boolean signsUrl() {
        return false;
    }

    /** The ids of the keys this provider verifies with, for logs (never a secret). */
    default List<String> keyIds() {
        return List.of();
    }

    /** The envelope class, for frameworks that resolve handlers by parameter type. */
    Class<?> eventClass();
}
