package io.webhooks4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.Delivery;
import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.WebhookEvent;
import io.webhooks4j.WebhookReply;
import io.webhooks4j.Webhooks;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code @WebhookListener(unhandled = true)} and the Delivery as a second parameter (#16.18). */
class UnhandledAndDeliveryListenerTests {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(WebhooksAutoConfigurationTests.CONFIGURATIONS)
            .withPropertyValues(
                    "webhooks.stripe.secrets[0]=" + Deliveries.STRIPE_SECOND_SECRET,
                    "webhooks.stripe.secrets[1]=" + Deliveries.STRIPE_SECRET,
                    "webhooks.twilio.secrets=" + Deliveries.TWILIO_SECRET);

    static final List<String> SEEN = new CopyOnWriteArrayList<>();

    static class WithDelivery {
        @WebhookListener("invoice.paid")
        void paid(FakeStripe.Event<FakeStripe.Invoice> event, Delivery delivery) {
            SEEN.add("paid " + event.data().id() + " key=" + delivery.keyId() + " id=" + delivery.deliveryId()
                    + " header=" + delivery.header(FakeProvider.EVENT).orElse("?"));
        }
    }

    @Test
    void aListenerMayTakeTheDeliveryAsItsSecondParameter() {
        SEEN.clear();
        runner.withBean(WithDelivery.class).run(context -> {
            context.getBean(Webhooks.class).handle("stripe", Deliveries.invoicePaid("evt_d1"));
            assertThat(SEEN).containsExactly("paid in_1 key=key-2 id=evt_d1 header=invoice.paid");
        });
    }

    static class Fallbacks {
        @WebhookListener("invoice.paid")
        void paid(FakeStripe.Event<FakeStripe.Invoice> event) {
            SEEN.add("typed " + event.type());
        }

        @WebhookListener(unhandled = true)
        void unhandled(WebhookEvent event, Delivery delivery) {
            SEEN.add("unhandled " + event.provider() + " " + event.type() + " key=" + delivery.keyId());
        }

        @WebhookListener(unhandled = true)
        void unhandledStripe(FakeStripe.Event<?> event) {
            SEEN.add("unhandled stripe only " + event.type());
        }
    }

    @Test
    void anUnhandledListenerRunsOnlyWhenNoTypedHandlerMatched() {
        SEEN.clear();
        runner.withBean(Fallbacks.class)
                .withBean(WebhooksCustomizer.class, () -> builder -> builder.onAny(e -> SEEN.add("any " + e.type())))
                .run(context -> {
                    Webhooks webhooks = context.getBean(Webhooks.class);
                    webhooks.handle("stripe", Deliveries.invoicePaid("evt_u1"));
                    assertThat(SEEN).containsExactly("typed invoice.paid", "any invoice.paid");

                    SEEN.clear();
                    webhooks.handle(
                            "stripe",
                            Deliveries.signed(
                                    "stripe",
                                    "customer.created",
                                    "evt_u2",
                                    "{\"id\":\"c\"}",
                                    Deliveries.STRIPE_SECRET));
                    assertThat(SEEN)
                            .containsExactlyInAnyOrder(
                                    "unhandled stripe customer.created key=key-2",
                                    "unhandled stripe only customer.created",
                                    "any customer.created");

                    SEEN.clear();
                    assertThat(webhooks.handle("twilio", Deliveries.sms("SM_u3"))
                                    .outcome())
                            .isEqualTo(DeliveryOutcome.Kind.HANDLED);
                    assertThat(SEEN)
                            .containsExactlyInAnyOrder(
                                    "unhandled twilio message.incoming key=key-1", "any message.incoming");
                });
    }

    static class UnhandledWithNames {
        @WebhookListener(value = "invoice.paid", unhandled = true)
        void wrong(WebhookEvent event) {}
    }

    @Test
    void failsStartUpForAnUnhandledListenerThatNamesTypes() {
        runner.withBean(UnhandledWithNames.class).run(context -> assertThat(
                        WebhooksAutoConfigurationTests.analyze(context).getDescription())
                .contains("is unhandled = true and names event types [invoice.paid]"));
    }

    static class ReplyingWithDelivery {
        @WebhookListener
        WebhookReply sms(FakeTwilio.Sms sms, Delivery delivery) {
            return WebhookReply.xml("<Response/>");
        }
    }

    @Test
    void failsStartUpForAReplyingListenerTakingTheDelivery() {
        runner.withBean(ReplyingWithDelivery.class).run(context -> assertThat(
                        WebhooksAutoConfigurationTests.analyze(context).getAction())
                .contains("Drop the Delivery parameter, or return void."));
    }

    static class UnhandledReplying {
        @WebhookListener(unhandled = true)
        WebhookReply sms(WebhookEvent event) {
            return WebhookReply.xml("<Response/>");
        }
    }

    @Test
    void failsStartUpForAnUnhandledListenerReturningAReply() {
        runner.withBean(UnhandledReplying.class).run(context -> assertThat(
                        WebhooksAutoConfigurationTests.analyze(context).getAction())
                .contains("Return void from an unhandled listener"));
    }

    static class SecondParameterNotADelivery {
        @WebhookListener("invoice.paid")
        void paid(FakeStripe.Event<FakeStripe.Invoice> event, String other) {}
    }

    @Test
    void failsStartUpForASecondParameterThatIsNoDelivery() {
        runner.withBean(SecondParameterNotADelivery.class).run(context -> {
            var analysis = WebhooksAutoConfigurationTests.analyze(context);
            assertThat(analysis.getDescription()).contains("optionally the Delivery as a second parameter");
            assertThat(analysis.getAction()).contains("io.webhooks4j.Delivery");
        });
    }

    static class UnhandledNotAnEvent {
        @WebhookListener(unhandled = true)
        void wrong(String text) {}
    }

    @Test
    void failsStartUpForAnUnhandledListenerWhoseParameterIsNoEvent() {
        runner.withBean(UnhandledNotAnEvent.class).run(context -> assertThat(
                        WebhooksAutoConfigurationTests.analyze(context).getDescription())
                .contains("takes String, which is not the event of any webhook provider"));
    }
}
