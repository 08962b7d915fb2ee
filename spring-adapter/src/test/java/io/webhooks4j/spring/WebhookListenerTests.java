package io.webhooks4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.WebhookEvent;
import io.webhooks4j.WebhookReply;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.JsonNode;

class WebhookListenerTests {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(WebhooksAutoConfigurationTests.CONFIGURATIONS)
            .withPropertyValues(
                    "webhooks.stripe.secrets=" + Deliveries.STRIPE_SECRET,
                    "webhooks.twilio.secrets=" + Deliveries.TWILIO_SECRET);

    static final List<String> SEEN = new CopyOnWriteArrayList<>();

    static class Typed {
        @WebhookListener
        void invoices(FakeStripe.Event<FakeStripe.Invoice> event) {
            SEEN.add("invoice " + event.type() + " " + event.data().id());
        }
    }

    @Test
    void runsATypedListenerForEveryEventTypeWhosePayloadFits() {
        SEEN.clear();
        runner.withBean(Typed.class).run(context -> {
            Webhooks webhooks = context.getBean(Webhooks.class);
            webhooks.handle("stripe", Deliveries.invoicePaid("e1"));
            webhooks.handle("stripe", stripe("invoice.created", "{\"id\":\"in_2\"}"));
            WebhookResponse customer = webhooks.handle("stripe", stripe("customer.created", "{\"id\":\"cus_1\"}"));
            // invoice.paid is routed under "invoice" too: the listener still runs once
            assertThat(SEEN).containsExactly("invoice invoice.paid in_1", "invoice invoice.created in_2");
            assertThat(customer.outcome()).isEqualTo(DeliveryOutcome.Kind.ACKNOWLEDGED);
        });
    }

    static class Narrowed {
        @WebhookListener("invoice.paid")
        void paid(FakeStripe.Event<FakeStripe.Invoice> event) {
            SEEN.add("paid " + event.data().amountPaid());
        }

        @WebhookListener({"stripe:customer.created"})
        void customer(FakeStripe.Event<? extends FakeStripe.Customer> event) {
            SEEN.add("customer " + event.data().id());
        }

        @WebhookListener("charge.refunded")
        void refunded(FakeStripe.Event<JsonNode> event) {
            SEEN.add("refunded " + event.data().path("id").asString());
        }
    }

    @Test
    void narrowsToTheNamedEventTypes() {
        SEEN.clear();
        runner.withBean(Narrowed.class).run(context -> {
            Webhooks webhooks = context.getBean(Webhooks.class);
            webhooks.handle("stripe", stripe("invoice.created", "{\"id\":\"in_2\"}"));
            webhooks.handle("stripe", Deliveries.invoicePaid("e1"));
            webhooks.handle("stripe", stripe("customer.created", "{\"id\":\"cus_1\"}"));
            webhooks.handle("stripe", stripe("charge.refunded", "{\"id\":\"ch_1\"}"));
            assertThat(SEEN).containsExactly("paid 2000", "customer cus_1", "refunded ch_1");
        });
    }

    static class Wildcards {
        @WebhookListener
        void everyStripeEvent(FakeStripe.Event<?> event) {
            SEEN.add("stripe " + event.type());
        }

        @WebhookListener("message.incoming")
        void everyProvider(WebhookEvent event) {
            SEEN.add("named " + event.provider() + " " + event.type());
        }
    }

    @Test
    void aWildcardPayloadHandlesEveryEventOfTheProvider() {
        SEEN.clear();
        runner.withBean(Wildcards.class).run(context -> {
            Webhooks webhooks = context.getBean(Webhooks.class);
            webhooks.handle("stripe", stripe("made.up", "{}"));
            webhooks.handle("twilio", Deliveries.sms("SM1"));
            assertThat(SEEN).containsExactly("stripe made.up", "named twilio message.incoming");
        });
    }

    static class Replying {
        @WebhookListener
        WebhookReply sms(FakeTwilio.Sms sms) {
            SEEN.add("sms from " + sms.from());
            return WebhookReply.xml("<Response><Message>Thanks</Message></Response>");
        }

        @WebhookListener
        void calls(FakeTwilio.Call call) {
            SEEN.add("call");
        }
    }

    @Test
    void matchesARequestSubtypeAndSendsItsReturnValueAsTheReply() {
        SEEN.clear();
        runner.withBean(Replying.class).run(context -> {
            Webhooks webhooks = context.getBean(Webhooks.class);
            WebhookResponse sms = webhooks.handle("twilio", Deliveries.sms("SM1"));
            assertThat(sms.bodyAsString()).isEqualTo("<Response><Message>Thanks</Message></Response>");
            WebhookResponse call = webhooks.handle(
                    "twilio",
                    Deliveries.signed("twilio", "call.incoming", "CA1", "{\"From\":\"+1\"}", Deliveries.TWILIO_SECRET));
            assertThat(call.bodyAsString()).isEqualTo("<Response/>");
            assertThat(SEEN).containsExactly("sms from +15550001", "call");
        });
    }

    static class DependsOnWebhooks {
        DependsOnWebhooks(Webhooks webhooks) {
            SEEN.add("built with " + webhooks.providerIds());
        }

        @WebhookListener("invoice.paid")
        void paid(FakeStripe.Event<FakeStripe.Invoice> event) throws Exception {
            throw new Exception("billing is down");
        }
    }

    @Test
    void aListenerBeanMayDependOnWebhooksAndAThrowingListenerFailsTheDelivery() {
        SEEN.clear();
        runner.withBean(DependsOnWebhooks.class).run(context -> {
            assertThat(context).hasNotFailed();
            WebhookResponse response = context.getBean(Webhooks.class).handle("stripe", Deliveries.invoicePaid("e1"));
            assertThat(response.status()).isEqualTo(500);
            assertThat(SEEN).containsExactly("built with [stripe, twilio]");
        });
    }

    static class EveryRequest {
        @WebhookListener
        void all(FakeTwilio.Request request) {
            SEEN.add("request " + request.type());
        }
    }

    @Test
    void theProvidersWholeEventTypeHandlesEveryEvent() {
        SEEN.clear();
        runner.withBean(EveryRequest.class).run(context -> {
            Webhooks webhooks = context.getBean(Webhooks.class);
            webhooks.handle("twilio", Deliveries.sms("SM1"));
            webhooks.handle(
                    "twilio",
                    Deliveries.signed("twilio", "call.incoming", "CA1", "{\"From\":\"+1\"}", Deliveries.TWILIO_SECRET));
            assertThat(SEEN).containsExactly("request message.incoming", "request call.incoming");
        });
    }

    @Test
    void failsStartUpWhenTheProviderRequiresHandlersThatAreMissing() {
        runner.withPropertyValues("webhooks.stripe.options.require=customer.created")
                .withBean(Typed.class)
                .run(context -> {
                    FailureAnalysis analysis = WebhooksAutoConfigurationTests.analyze(context);
                    assertThat(analysis.getDescription()).contains("needs a handler for customer.created");
                    assertThat(analysis.getAction()).contains("@WebhookListener");
                });
        runner.withPropertyValues("webhooks.stripe.options.require=customer.created")
                .withBean(Typed.class)
                .withBean(Narrowed.class)
                .run(context -> assertThat(context).hasNotFailed());
    }

    static class PayloadMismatch {
        @WebhookListener("customer.created")
        void wrong(FakeStripe.Event<FakeStripe.Invoice> event) {}
    }

    @Test
    void failsStartUpWhenANamedTypeDoesNotFitTheParameter() {
        runner.withBean(PayloadMismatch.class).run(context -> {
            FailureAnalysis analysis = WebhooksAutoConfigurationTests.analyze(context);
            assertThat(analysis.getDescription())
                    .contains("PayloadMismatch.wrong(Event<Invoice>)", "'customer.created'", "payload is Customer");
            assertThat(analysis.getAction()).contains("Customer");
        });
    }

    static class SubtypeMismatch {
        @WebhookListener("call.incoming")
        void wrong(FakeTwilio.Sms sms) {}
    }

    @Test
    void failsStartUpWhenANamedTypeIsAnotherRequestKind() {
        runner.withBean(SubtypeMismatch.class).run(context -> assertThat(
                        WebhooksAutoConfigurationTests.analyze(context).getDescription())
                .contains("'call.incoming'", "payload is Call", "takes Sms"));
    }

    static class Misspelt {
        @WebhookListener("invoice.payed")
        void paid(FakeStripe.Event<FakeStripe.Invoice> event) {}
    }

    @Test
    void failsStartUpWithASuggestionWhenANameIsInNoCatalogue() {
        runner.withBean(Misspelt.class).run(context -> {
            FailureAnalysis analysis = WebhooksAutoConfigurationTests.analyze(context);
            assertThat(analysis.getDescription()).contains("'invoice.payed'", "in no webhook provider's catalogue");
            assertThat(analysis.getAction()).contains("Did you mean 'invoice.paid'");
        });
    }

    static class OtherProvidersName {
        @WebhookListener("message.incoming")
        void wrong(FakeStripe.Event<?> event) {}
    }

    @Test
    void failsStartUpWhenANameBelongsToAnotherProvider() {
        runner.withBean(OtherProvidersName.class).run(context -> assertThat(
                        WebhooksAutoConfigurationTests.analyze(context).getDescription())
                .contains("'message.incoming', an event type of twilio", "an event of stripe"));
    }

    static class NoFittingPayload {
        @WebhookListener
        void strings(FakeStripe.Event<String> event) {}
    }

    @Test
    void failsStartUpWhenNoEventTypeCarriesThePayload() {
        runner.withBean(NoFittingPayload.class).run(context -> assertThat(
                        WebhooksAutoConfigurationTests.analyze(context).getDescription())
                .contains("no event type of stripe carries that payload"));
    }

    static class BadSignature {
        @WebhookListener
        String reply(FakeTwilio.Sms sms) {
            return "<Response/>";
        }
    }

    @Test
    void failsStartUpWhenTheReturnTypeCannotBeSent() {
        runner.withBean(BadSignature.class).run(context -> assertThat(
                        WebhooksAutoConfigurationTests.analyze(context).getAction())
                .contains("Return void, or a WebhookReply"));
    }

    static class NotAnEvent {
        @WebhookListener
        void wrong(String text) {}
    }

    @Test
    void failsStartUpWhenTheParameterIsNoProvidersEvent() {
        runner.withBean(NotAnEvent.class).run(context -> assertThat(
                        WebhooksAutoConfigurationTests.analyze(context).getDescription())
                .contains("takes String, which is not the event of any webhook provider"));
    }

    @Test
    void failsStartUpWhenAListenersProviderHasNoSecret() {
        new ApplicationContextRunner()
                .withConfiguration(WebhooksAutoConfigurationTests.CONFIGURATIONS)
                .withPropertyValues("webhooks.stripe.secrets=" + Deliveries.STRIPE_SECRET)
                .withBean(Replying.class)
                .run(context -> {
                    FailureAnalysis analysis = WebhooksAutoConfigurationTests.analyze(context);
                    assertThat(analysis.getDescription())
                            .contains("Replying.sms(Sms) handles twilio events", "'twilio' has no secret");
                    assertThat(analysis.getAction())
                            .contains("webhooks.twilio.secrets", "webhooks.twilio.enabled=false");
                });
    }

    @Test
    void skipsTheListenersOfAProviderSwitchedOff() {
        SEEN.clear();
        runner.withPropertyValues("webhooks.twilio.enabled=false")
                .withBean(Replying.class)
                .withBean(Typed.class)
                .run(context -> {
                    assertThat(context.getBean(Webhooks.class).providerIds()).containsExactly("stripe");
                    context.getBean(Webhooks.class).handle("stripe", Deliveries.invoicePaid("e1"));
                    assertThat(SEEN).containsExactly("invoice invoice.paid in_1");
                });
    }

    private static io.webhooks4j.WebhookRequest stripe(String type, String json) {
        return Deliveries.signed("stripe", type, null, json, Deliveries.STRIPE_SECRET);
    }
}
