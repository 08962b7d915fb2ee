package io.webhooks4j.sample.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.Webhooks;
import io.webhooks4j.github.GitHubEvents;
import io.webhooks4j.github.GitHubProvider;
import io.webhooks4j.servlet.WebhookServlet;
import io.webhooks4j.stripe.StripeEvents;
import io.webhooks4j.stripe.StripeProvider;
import io.webhooks4j.test.TestDeliveries;
import io.webhooks4j.twilio.TwiML;
import io.webhooks4j.twilio.TwilioEvents;
import io.webhooks4j.twilio.TwilioProvider;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.junit.jupiter.api.Test;

/** The README's quick start, as written there (with stand-ins for the application's own objects). */
class QuickStartTest {
    static final class Billing {
        final List<Long> paid = new ArrayList<>();

        void paid(Long amount) {
            paid.add(amount);
        }
    }

    static final class Review {
        final List<String> requested = new ArrayList<>();

        void request(String sha) {
            requested.add(sha);
        }
    }

    @Test
    void quickStartCompilesAndDispatchesARealEvent() {
        Billing billing = new Billing();
        Review review = new Review();
        java.util.function.Function<String, String> env = name -> "whsec_quick_start_" + name;

        Webhooks webhooks = Webhooks.builder()
                .provider(StripeProvider.create(env.apply("STRIPE_WEBHOOK_SECRET")))
                .provider(GitHubProvider.create(env.apply("GITHUB_WEBHOOK_SECRET")))
                .provider(TwilioProvider.create(env.apply("TWILIO_AUTH_TOKEN")))
                .on(
                        StripeEvents.INVOICE_PAID,
                        event -> billing.paid(event.data().object().amountPaid()))
                .on(
                        GitHubEvents.PULL_REQUEST_OPENED,
                        event -> review.request(
                                event.payload().pullRequest().head().sha()))
                .onReply(TwilioEvents.INCOMING_MESSAGE, sms -> TwiML.response()
                        .message("Got it: " + sms.payload().body())
                        .build())
                .build();

        ServletContextHandler servletContext = new ServletContextHandler();
        servletContext.addServlet(new WebhookServlet(webhooks), "/webhooks/*");

        var delivery = TestDeliveries.provider("stripe")
                .secrets(env.apply("STRIPE_WEBHOOK_SECRET"))
                .fixture("invoice.paid")
                .build();
        assertThat(webhooks.handle("stripe", delivery).status()).isEqualTo(200);
        assertThat(billing.paid).hasSize(1).allSatisfy(amount -> assertThat(amount)
                .isPositive());
    }
}
