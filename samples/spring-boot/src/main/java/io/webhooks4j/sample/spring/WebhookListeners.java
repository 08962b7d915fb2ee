package io.webhooks4j.sample.spring;

import io.webhooks4j.Delivery;
import io.webhooks4j.WebhookEvent;
import io.webhooks4j.github.GitHubEvent;
import io.webhooks4j.github.event.PullRequestEvent;
import io.webhooks4j.pagerduty.PagerDutyEvent;
import io.webhooks4j.pagerduty.event.Incident;
import io.webhooks4j.shopify.ShopifyEvent;
import io.webhooks4j.shopify.event.Order;
import io.webhooks4j.spring.WebhookListener;
import io.webhooks4j.stripe.StripeEvent;
import io.webhooks4j.stripe.event.Invoice;
import io.webhooks4j.twilio.TwiML;
import io.webhooks4j.twilio.TwilioEvent;
import io.webhooks4j.twilio.event.IncomingMessage;
import java.lang.System.Logger.Level;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One listener per provider: the parameter type says which provider and payload, the value which types. Each
 * prints {@code received  <provider> <type> (delivery <id>)}. With {@code SAMPLE_FAIL_FIRST=N} every listener throws
 * on each delivery's first N attempts, so the inbox's retries show (Twilio's SMS listener replies with TwiML, so it
 * runs inline and is exempt: a failure there would be Twilio's to retry).
 */
@Component
class WebhookListeners {
    private static final System.Logger LOG = System.getLogger(WebhookListeners.class.getName());

    private final Received received;
    private final int failFirst;

    WebhookListeners(Received received, @Value("${sample.fail-first:0}") int failFirst) {
        this.received = received;
        this.failFirst = failFirst;
    }

    /** The demonstration switch: fail the first {@code SAMPLE_FAIL_FIRST} attempts of every delivery. */
    private void received(WebhookEvent event, Delivery delivery) {
        if (delivery.attempt() <= failFirst) {
            System.out.printf(
                    "failing   %s %s (delivery %s), attempt %d of the first %d (SAMPLE_FAIL_FIRST)%n",
                    event.provider(), event.type(), event.deliveryId(), delivery.attempt(), failFirst);
            throw new IllegalStateException("SAMPLE_FAIL_FIRST=" + failFirst + ": attempt " + delivery.attempt());
        }
        System.out.printf("received  %s %s (delivery %s)%n", event.provider(), event.type(), event.deliveryId());
    }

    @WebhookListener("invoice.paid")
    void invoicePaid(StripeEvent<Invoice> event, Delivery delivery) {
        received(event, delivery);
        Invoice invoice = event.data().object();
        record("stripe " + event.type() + " " + invoice.id() + " amount_paid=" + invoice.amountPaid());
    }

    @WebhookListener("pull_request.opened")
    void pullRequestOpened(GitHubEvent<PullRequestEvent> event, Delivery delivery) {
        received(event, delivery);
        record("github " + event.type() + " #" + event.payload().number());
    }

    @WebhookListener
    TwiML.Response sms(TwilioEvent<IncomingMessage> event) {
        System.out.printf("received  %s %s (delivery %s)%n", event.provider(), event.type(), event.deliveryId());
        IncomingMessage message = event.payload();
        record("twilio " + event.type() + " from " + message.from() + ": " + message.body());
        return TwiML.message("Thanks, got: " + message.body());
    }

    @WebhookListener("incident.triggered")
    void incidentTriggered(PagerDutyEvent<Incident> event, Delivery delivery) {
        received(event, delivery);
        record("pagerduty " + event.type() + " " + event.data().title());
    }

    @WebhookListener("orders/create")
    void orderCreated(ShopifyEvent<Order> webhook, Delivery delivery) {
        received(webhook, delivery);
        record("shopify " + webhook.topic() + " " + webhook.payload().name());
    }

    private void record(String line) {
        LOG.log(Level.INFO, line);
        received.add(line);
    }
}
