package com.example.hooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.webhooks4j.WebhookRequest;
import io.webhooks4j.test.TestDeliveries;
import org.junit.jupiter.api.Test;

class BillingTest {
    @Test
    void aSignedFixtureRunsTheHandler() {
        Billing billing = new Billing("whsec_consumer_secret");
        WebhookRequest delivery = TestDeliveries.provider("stripe")
                .secrets("whsec_consumer_secret")
                .fixture("invoice.paid")
                .build();

        assertEquals(200, billing.webhooks.handle("stripe", delivery).status());
        assertEquals(1, billing.paid.size());
    }
}
