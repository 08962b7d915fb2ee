package io.webhooks4j.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of any bean as a webhook handler. Its one parameter names the provider and the payload:
 *
 * <pre>{@code
 * @WebhookListener("invoice.paid")
 * void paid(StripeEvent<Invoice> event) { ... }          // one Stripe event type
 *
 * @WebhookListener
 * void invoices(StripeEvent<Invoice> event) { ... }      // every Stripe type whose payload is an Invoice
 *
 * @WebhookListener
 * TwiML.Response sms(TwilioEvent<IncomingMessage> sms) { ... }   // the return value is the reply
 * }</pre>
 *
 * <p>Without a value, the method handles every event type of the provider's catalogue whose payload fits the
 * parameter (every event of the provider when the payload is a wildcard or {@code Object}). A value narrows
 * it to the named event types ({@code "invoice.paid"}, {@code "pull_request.opened"}, or qualified as {@code
 * "stripe:invoice.paid"}); a name that is in no catalogue, or whose payload does not fit the parameter, fails
 * start-up. A method returning a {@link io.webhooks4j.WebhookReply} (Twilio's TwiML) sends that reply;
 * otherwise it returns {@code void}. A method that throws makes the delivery fail with 500, so the provider
 * retries it.
 *
 * <p>A {@code void} method may take the delivery's metadata, {@link io.webhooks4j.Delivery} (the key id that
 * verified it, the provider's delivery id, the headers as received), as a second parameter:
 *
 * <pre>{@code
 * @WebhookListener("invoice.paid")
 * void paid(StripeEvent<Invoice> event, Delivery delivery) { ... }
 *
 * @WebhookListener(unhandled = true)
 * void unknown(WebhookEvent event, Delivery delivery) { ... }   // no other handler matched
 * }</pre>
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WebhookListener {
    /** The event type names this method handles; empty for every type that fits its parameter. */
    String[] value() default {};

    /**
     * {@code true}: the method runs only for a delivery no typed handler matched (no other listener method,
     * {@link WebhookRoute} or typed handler of a customizer; {@code onAny} handlers do not count), such as an
     * event type the application does not know yet. Its parameter is {@code WebhookEvent} (every provider) or
     * a provider's envelope ({@code StripeEvent<?>}: that provider's only); it names no event types and
     * returns {@code void}.
     */
    boolean unhandled() default false;
}
