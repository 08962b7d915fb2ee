package io.webhooks4j.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.WebhookRequest;
import io.webhooks4j.Webhooks;
import io.webhooks4j.test.TestDeliveries;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's "Testing your handlers" example (webhooks4j-test with the Stripe module), verbatim, so it keeps compiling and passing. */
class ReadmeExampleTest {
    @Test
    void paidInvoiceIsRecorded() {
        List<String> paid = new ArrayList<>();
        Webhooks webhooks = Webhooks.builder()
                .provider(StripeProvider.create("whsec_test_secret"))
                .on(StripeEvents.INVOICE_PAID, e -> paid.add(e.data().object().id()))
                .build();

        WebhookRequest delivery = TestDeliveries.provider("stripe")
                .secrets("whsec_test_secret")
                .fixture("invoice.paid") // or .body(yourJson); .tampered(), .signedAt(old), several secrets
                .build();

        assertThat(webhooks.handle("stripe", delivery).status()).isEqualTo(200);
        assertThat(paid).containsExactly("in_1QwU6d2eZvKYlo2CiNv0Ice1");
    }
}
