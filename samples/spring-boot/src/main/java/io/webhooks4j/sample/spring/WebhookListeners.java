package io.webhooks4j.sample.spring;

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
import org.springframework.stereotype.Component;

/** One listener per provider: the parameter type says which provider and payload, the value which types. */
@Component
class WebhookListeners {
    private static final System.Logger LOG = System.getLogger(WebhookListeners.class.getName());

    private final Received received;

    WebhookListeners(Received received) {
        this.received = received;
    }

    @WebhookListener("invoice.paid")
    void invoicePaid(StripeEvent<Invoice> event) {
        Invoice invoice = event.data().object();
        record("stripe " + event.type() + " " + invoice.id() + " amount_paid=" + invoice.amountPaid());
    }

    @WebhookListener("pull_request.opened")
    void pullRequestOpened(GitHubEvent<PullRequestEvent> event) {
        record("github " + event.type() + " #" + event.payload().number());
    }

    @WebhookListener
    TwiML.Response sms(TwilioEvent<IncomingMessage> event) {
        IncomingMessage message = event.payload();
        record("twilio " + event.type() + " from " + message.from() + ": " + message.body());
        return TwiML.message("Thanks, got: " + message.body());
    }

    @WebhookListener("incident.triggered")
    void incidentTriggered(PagerDutyEvent<Incident> event) {
        record("pagerduty " + event.type() + " " + event.data().title());
    }

    @WebhookListener("orders/create")
    void orderCreated(ShopifyEvent<Order> webhook) {
        record("shopify " + webhook.topic() + " " + webhook.payload().name());
    }

    private void record(String line) {
        LOG.log(Level.INFO, line);
        received.add(line);
    }
}
