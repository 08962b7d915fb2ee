package com.example.hooks;

import io.webhooks4j.Webhooks;
import io.webhooks4j.servlet.WebhookServlet;
import io.webhooks4j.stripe.StripeEvents;
import io.webhooks4j.stripe.StripeProvider;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What a user writes: one provider, one typed handler, one servlet. */
public final class Billing {
    final List<String> paid = new CopyOnWriteArrayList<>();
    final Webhooks webhooks;
    final WebhookServlet servlet;

    public Billing(String stripeSecret) {
        webhooks = Webhooks.builder()
                .provider(StripeProvider.create(stripeSecret))
                .on(StripeEvents.INVOICE_PAID, event -> paid.add(event.data().object().id()))
                .build();
        servlet = new WebhookServlet(webhooks);
    }
}
