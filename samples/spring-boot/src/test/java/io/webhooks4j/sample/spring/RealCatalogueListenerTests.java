package io.webhooks4j.sample.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.github.GitHubEvent;
import io.webhooks4j.github.event.PullRequestEvent;
import io.webhooks4j.spring.WebhookListener;
import io.webhooks4j.spring.WebhooksAutoConfiguration;
import io.webhooks4j.stripe.StripeEvent;
import io.webhooks4j.twilio.TwilioEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code @WebhookListener} resolution against the real provider catalogues, without names. */
class RealCatalogueListenerTests {
    static final List<String> SEEN = new CopyOnWriteArrayList<>();

    static class Listeners {
        @WebhookListener
        void pullRequests(GitHubEvent<PullRequestEvent> event) {
            SEEN.add("pr " + event.type());
        }

        @WebhookListener
        void everyStripeEvent(StripeEvent<?> event) {
            SEEN.add("stripe " + event.type());
        }

        @WebhookListener
        void everyTwilioRequest(TwilioEvent<?> request) {
            SEEN.add("twilio " + request.type());
        }
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WebhooksAutoConfiguration.class))
            .withPropertyValues(
                    "webhooks.github.secrets=gh-secret",
                    "webhooks.stripe.secrets=whsec_test",
                    "webhooks.twilio.secrets=0123456789abcdef0123456789abcdef")
            .withBean(Listeners.class);

    @Test
    void runsEachListenerOnceForTheEventTypesWhosePayloadFits() {
        SEEN.clear();
        runner.run(context -> {
            Webhooks webhooks = context.getBean(Webhooks.class);
            WebhookResponse opened = webhooks.handle(
                    "github",
                    sign(
                            webhooks,
                            "github",
                            json("{\"action\":\"opened\",\"number\":3,\"pull_request\":{\"number\":3}}")
                                    .setHeader("X-GitHub-Event", "pull_request")
                                    .build()));
            WebhookResponse push = webhooks.handle(
                    "github",
                    sign(
                            webhooks,
                            "github",
                            json("{\"ref\":\"refs/heads/main\"}")
                                    .setHeader("X-GitHub-Event", "push")
                                    .build()));
            webhooks.handle(
                    "stripe",
                    sign(
                            webhooks,
                            "stripe",
                            json("{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"some.future_type\","
                                            + "\"created\":1764244800,\"data\":{\"object\":{}}}")
                                    .build()));
            webhooks.handle(
                    "twilio",
                    sign(
                            webhooks,
                            "twilio",
                            WebhookRequest.builder()
                                    .method("POST")
                                    .url("https://hooks.example.com/webhooks/twilio")
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .body("CallSid=CA00000000000000000000000000000001&From=%2B15550001111"
                                            + "&To=%2B15550002222&CallStatus=ringing&Direction=inbound")
                                    .build()));

            // pull_request.opened is also routed under pull_request: the listener still runs once
            assertThat(SEEN)
                    .containsExactly("pr pull_request.opened", "stripe some.future_type", "twilio call.incoming");
            assertThat(opened.outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
            assertThat(push.outcome()).isEqualTo(DeliveryOutcome.Kind.ACKNOWLEDGED);
        });
    }

    private static WebhookRequest.Builder json(String body) {
        return WebhookRequest.builder()
                .method("POST")
                .url("https://hooks.example.com/webhooks/x")
                .header("Content-Type", "application/json")
                .body(body);
    }

    private static WebhookRequest sign(Webhooks webhooks, String provider, WebhookRequest unsigned) {
        return webhooks.provider(provider).orElseThrow().sign(unsigned);
    }
}
