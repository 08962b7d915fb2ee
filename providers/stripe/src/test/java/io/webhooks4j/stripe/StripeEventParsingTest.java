package io.webhooks4j.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.stripe.event.Charge;
import io.webhooks4j.stripe.event.CheckoutSession;
import io.webhooks4j.stripe.event.Customer;
import io.webhooks4j.stripe.event.Dispute;
import io.webhooks4j.stripe.event.Invoice;
import io.webhooks4j.stripe.event.InvoiceLineItem;
import io.webhooks4j.stripe.event.PaymentIntent;
import io.webhooks4j.stripe.event.PaymentMethod;
import io.webhooks4j.stripe.event.Payout;
import io.webhooks4j.stripe.event.Price;
import io.webhooks4j.stripe.event.Product;
import io.webhooks4j.stripe.event.Refund;
import io.webhooks4j.stripe.event.SetupIntent;
import io.webhooks4j.stripe.event.Subscription;
import io.webhooks4j.stripe.event.SubscriptionItem;
import io.webhooks4j.stripe.internal.StripeEventParser;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Our fixtures, signed at test time, verified and parsed: every field asserted. */
class StripeEventParsingTest {
    @SuppressWarnings("unchecked")
    private static <T> StripeEvent<T> parse(String fixture, Class<T> payload) {
        StripeEvent<?> event = Fixtures.parse(fixture);
        assertThat(event.data().object()).isInstanceOf(payload);
        return (StripeEvent<T>) event;
    }

    @Test
    void readsTheEnvelope() {
        StripeEvent<PaymentIntent> event = parse("payment_intent.succeeded.json", PaymentIntent.class);
        assertThat(event.provider()).isEqualTo("stripe");
        assertThat(event.id()).isEqualTo("evt_3QwPiS2eZvKYlo2C0hZ7kX1a");
        assertThat(event.deliveryId()).isEqualTo(event.id());
        assertThat(event.type()).isEqualTo("payment_intent.succeeded");
        assertThat(event.created()).isEqualTo(Instant.parse("2026-11-27T12:00:00Z"));
        assertThat(event.apiVersion()).isEqualTo("2026-07-29.dahlia");
        assertThat(event.livemode()).isFalse();
        assertThat(event.account()).isNull();
        assertThat(event.requestId()).isEqualTo("req_Zk3p9QwErTy7Ui");
        assertThat(event.idempotencyKey()).isEqualTo("8f14e45f-ceea-467a-9af0-2b8c1d0e3f51");
        assertThat(event.pendingWebhooks()).isEqualTo(2L);
        assertThat(event.data().previousAttributes()).isNull();
        assertThat(event.isThin()).isFalse();
        assertThat(event.raw().path("data").path("object").path("client_secret").asString())
                .startsWith("pi_3QwPiS2eZvKYlo2C0aB4cD5e_secret_");
        assertThat(event.toString()).contains(event.id()).doesNotContain("Zoë");
    }

    @Test
    void readsAPaymentIntentWithNonAsciiText() {
        PaymentIntent intent = parse("payment_intent.succeeded.json", PaymentIntent.class)
                .data()
                .object();
        assertThat(intent.id()).isEqualTo("pi_3QwPiS2eZvKYlo2C0aB4cD5e");
        assertThat(intent.amount()).isEqualTo(4250L);
        assertThat(intent.amountReceived()).isEqualTo(4250L);
        assertThat(intent.amountCapturable()).isZero();
        assertThat(intent.applicationFeeAmount()).isNull();
        assertThat(intent.currency()).isEqualTo("eur");
        assertThat(intent.status()).isEqualTo(PaymentIntent.Status.SUCCEEDED);
        assertThat(intent.captureMethod()).isEqualTo("automatic_async");
        assertThat(intent.customer()).isEqualTo("cus_RqL8mNvB2xYz7T");
        assertThat(intent.description()).isEqualTo("Café order #1042 ☕🥐");
        assertThat(intent.receiptEmail()).isEqualTo("zoë@example.com");
        assertThat(intent.latestCharge()).isEqualTo("ch_3QwPiS2eZvKYlo2C0f6G7h8i");
        assertThat(intent.paymentMethod()).isEqualTo("pm_1QwPiQ2eZvKYlo2CxYz12345");
        assertThat(intent.paymentMethodTypes()).containsExactly("card", "link");
        assertThat(intent.lastPaymentError()).isNull();
        assertThat(intent.created()).isEqualTo(Instant.ofEpochSecond(1795780790L));
        assertThat(intent.canceledAt()).isNull();
        assertThat(intent.livemode()).isFalse();
        assertThat(intent.metadata())
                .containsExactly(Map.entry("order_id", "1042"), Map.entry("note", "extra croissant 🥐"));
        assertThat(intent.shipping().name()).isEqualTo("Zoë Müller");
        assertThat(intent.shipping().address().line1()).isEqualTo("Hohe Straße 12");
        assertThat(intent.shipping().address().city()).isEqualTo("Köln");
        assertThat(intent.shipping().address().postalCode()).isEqualTo("50667");
        assertThat(intent.shipping().address().country()).isEqualTo("DE");
        assertThat(intent.shipping().address().line2()).isNull();
    }

    @Test
    void readsAFailedPaymentIntentsError() {
        PaymentIntent intent = parse("payment_intent.payment_failed.json", PaymentIntent.class)
                .data()
                .object();
        assertThat(intent.status()).isEqualTo(PaymentIntent.Status.REQUIRES_PAYMENT_METHOD);
        assertThat(intent.amountReceived()).isZero();
        assertThat(intent.customer()).isNull();
        assertThat(intent.metadata()).isEmpty();
        assertThat(intent.lastPaymentError().type()).isEqualTo("card_error");
        assertThat(intent.lastPaymentError().code()).isEqualTo("card_declined");
        assertThat(intent.lastPaymentError().declineCode()).isEqualTo("insufficient_funds");
        assertThat(intent.lastPaymentError().message()).isEqualTo("Your card has insufficient funds.");
        assertThat(intent.lastPaymentError().docUrl()).isEqualTo("https://stripe.com/docs/error-codes/card-declined");
    }

    @Test
    void readsAChargeWithItsRefunds() {
        StripeEvent<Charge> event = parse("charge.refunded.json", Charge.class);
        Charge charge = event.data().object();
        assertThat(charge.id()).isEqualTo("ch_3QwPiS2eZvKYlo2C0f6G7h8i");
        assertThat(charge.amount()).isEqualTo(4250L);
        assertThat(charge.amountCaptured()).isEqualTo(4250L);
        assertThat(charge.amountRefunded()).isEqualTo(1500L);
        assertThat(charge.status()).isEqualTo(Charge.Status.SUCCEEDED);
        assertThat(charge.paid()).isTrue();
        assertThat(charge.refunded()).isFalse();
        assertThat(charge.disputed()).isFalse();
        assertThat(charge.paymentIntent()).isEqualTo("pi_3QwPiS2eZvKYlo2C0aB4cD5e");
        assertThat(charge.balanceTransaction()).isEqualTo("txn_3QwPiS2eZvKYlo2C0jK9lM0n");
        assertThat(charge.billingDetails().name()).isEqualTo("Zoë Müller");
        assertThat(charge.billingDetails().address().line1()).isEqualTo("Hohe Straße 12");
        assertThat(charge.outcome().riskScore()).isEqualTo(21L);
        assertThat(charge.outcome().type()).isEqualTo("authorized");
        assertThat(charge.paymentMethodDetails().path("card").path("last4").asString())
                .isEqualTo("4242");
        assertThat(charge.created()).isEqualTo(Instant.ofEpochSecond(1795780791L));
        assertThat(charge.refunds().hasMore()).isFalse();
        assertThat(charge.refunds().totalCount()).isEqualTo(2L);
        assertThat(charge.refunds().data()).hasSize(2);
        Refund first = charge.refunds().data().get(0);
        assertThat(first.id()).isEqualTo("re_3QwPiS2eZvKYlo2C0pQ1rS2t");
        assertThat(first.amount()).isEqualTo(1000L);
        assertThat(first.status()).isEqualTo(Refund.Status.SUCCEEDED);
        assertThat(first.reason()).isEqualTo("requested_by_customer");
        assertThat(first.created()).isEqualTo(Instant.ofEpochSecond(1795783000L));
        Refund second = charge.refunds().data().get(1);
        assertThat(second.amount()).isEqualTo(500L);
        assertThat(second.status()).isEqualTo(Refund.Status.PENDING);
        assertThat(second.balanceTransaction()).isNull();
        assertThat(second.metadata()).containsEntry("ticket", "SUP-77");
        assertThat(event.data().previousAttributes().path("amount_refunded").asLong())
                .isEqualTo(1000L);
        assertThat(event.idempotencyKey()).isEqualTo("refund-1042-2");
    }

    @Test
    void readsADispute() {
        Dispute dispute =
                parse("charge.dispute.created.json", Dispute.class).data().object();
        assertThat(dispute.id()).isEqualTo("du_1QwS0c2eZvKYlo2C3xY9zA0b");
        assertThat(dispute.amount()).isEqualTo(4250L);
        assertThat(dispute.charge()).isEqualTo("ch_3QwPiS2eZvKYlo2C0f6G7h8i");
        assertThat(dispute.reason()).isEqualTo("fraudulent");
        assertThat(dispute.status()).isEqualTo(Dispute.Status.NEEDS_RESPONSE);
        assertThat(dispute.isChargeRefundable()).isFalse();
        assertThat(dispute.evidenceDetails().dueBy()).isEqualTo(Instant.ofEpochSecond(1796687999L));
        assertThat(dispute.evidenceDetails().hasEvidence()).isFalse();
        assertThat(dispute.evidenceDetails().submissionCount()).isZero();
    }

    @Test
    void readsARefundUpdate() {
        StripeEvent<Refund> event = parse("refund.updated.json", Refund.class);
        assertThat(event.data().object().status()).isEqualTo(Refund.Status.SUCCEEDED);
        assertThat(event.data().object().balanceTransaction()).isEqualTo("txn_3QwPiS2eZvKYlo2C0gH7iJ8k");
        assertThat(event.data().previousAttributes().path("status").asString()).isEqualTo("pending");
        assertThat(event.data().previousAttributes().path("balance_transaction").isNull())
                .isTrue();
        assertThat(event.requestId()).isNull();
    }

    @Test
    void readsACustomerAndWhatChanged() {
        StripeEvent<Customer> event = parse("customer.updated.json", Customer.class);
        Customer customer = event.data().object();
        assertThat(customer.id()).isEqualTo("cus_RqL8mNvB2xYz7T");
        assertThat(customer.email()).isEqualTo("zoë@example.com");
        assertThat(customer.name()).isEqualTo("Zoë Müller");
        assertThat(customer.phone()).isEqualTo("+49 221 1234567");
        assertThat(customer.balance()).isEqualTo(-500L);
        assertThat(customer.delinquent()).isFalse();
        assertThat(customer.address().line2()).isEqualTo("3. OG");
        assertThat(customer.invoiceSettings().defaultPaymentMethod()).isEqualTo("pm_1QwPiQ2eZvKYlo2CxYz12345");
        assertThat(customer.taxExempt()).isEqualTo("none");
        assertThat(customer.created()).isEqualTo(Instant.ofEpochSecond(1795700000L));
        assertThat(customer.metadata()).containsExactly(Map.entry("crm_id", "C-88121"));
        JsonNode previous = event.data().previousAttributes();
        assertThat(previous.path("address").path("line2").isNull()).isTrue();
        assertThat(previous.path("invoice_settings").has("default_payment_method"))
                .isTrue();
    }

    @Test
    void readsASubscriptionWithItemsAndPrices() {
        StripeEvent<Subscription> event = parse("customer.subscription.updated.json", Subscription.class);
        Subscription subscription = event.data().object();
        assertThat(subscription.id()).isEqualTo("sub_1QwU1a2eZvKYlo2CpL4n5M6o");
        assertThat(subscription.customer()).isEqualTo("cus_RqL8mNvB2xYz7T");
        assertThat(subscription.status()).isEqualTo(Subscription.Status.ACTIVE);
        assertThat(subscription.cancelAtPeriodEnd()).isFalse();
        assertThat(subscription.cancelAt()).isNull();
        assertThat(subscription.startDate()).isEqualTo(Instant.ofEpochSecond(1795700000L));
        assertThat(subscription.currentPeriodEnd()).isNull(); // on the items since 2025-03-31
        assertThat(subscription.latestInvoice()).isEqualTo("in_1QwU6d2eZvKYlo2CiNv0Ice1");
        assertThat(subscription.metadata()).containsEntry("workspace", "ws_4417");
        assertThat(subscription.items().totalCount()).isEqualTo(2L);
        assertThat(subscription.items().data()).hasSize(2);
        SubscriptionItem pro = subscription.items().data().get(0);
        assertThat(pro.id()).isEqualTo("si_RqM1a2B3c4D5e6");
        assertThat(pro.quantity()).isEqualTo(3L);
        assertThat(pro.currentPeriodStart()).isEqualTo(Instant.ofEpochSecond(1795700000L));
        assertThat(pro.currentPeriodEnd()).isEqualTo(Instant.ofEpochSecond(1798292000L));
        assertThat(pro.price().id()).isEqualTo("price_1QwTzz2eZvKYlo2CPro0Mnth");
        assertThat(pro.price().unitAmount()).isEqualTo(2900L);
        assertThat(pro.price().currency()).isEqualTo("eur");
        assertThat(pro.price().type()).isEqualTo(Price.Type.RECURRING);
        assertThat(pro.price().recurring().interval()).isEqualTo(Price.Interval.MONTH);
        assertThat(pro.price().recurring().intervalCount()).isEqualTo(1L);
        assertThat(pro.price().lookupKey()).isEqualTo("pro_monthly");
        assertThat(pro.price().product()).isEqualTo("prod_RqK9pRoPlAn01");
        SubscriptionItem support = subscription.items().data().get(1);
        assertThat(support.price().unitAmount()).isEqualTo(950L);
        assertThat(support.price().unitAmountDecimal()).isEqualByComparingTo(new BigDecimal("949.5"));
        assertThat(support.metadata()).containsEntry("addon", "priority-support");
        assertThat(event.data()
                        .previousAttributes()
                        .at("/items/data/0/quantity")
                        .asLong())
                .isEqualTo(2L);
    }

    @Test
    void readsAnInvoiceWithItsLines() {
        StripeEvent<Invoice> event = parse("invoice.paid.json", Invoice.class);
        Invoice invoice = event.data().object();
        assertThat(invoice.id()).isEqualTo("in_1QwU6d2eZvKYlo2CiNv0Ice1");
        assertThat(invoice.number()).isEqualTo("7C1A2B3D-0002");
        assertThat(invoice.status()).isEqualTo(Invoice.Status.PAID);
        assertThat(invoice.amountDue()).isEqualTo(9650L);
        assertThat(invoice.amountPaid()).isEqualTo(9650L);
        assertThat(invoice.amountRemaining()).isZero();
        assertThat(invoice.subtotal()).isEqualTo(9650L);
        assertThat(invoice.total()).isEqualTo(9650L);
        assertThat(invoice.attemptCount()).isEqualTo(1L);
        assertThat(invoice.billingReason()).isEqualTo("subscription_update");
        assertThat(invoice.customerEmail()).isEqualTo("zoë@example.com");
        assertThat(invoice.dueDate()).isNull();
        assertThat(invoice.statusTransitions().paidAt()).isEqualTo(Instant.ofEpochSecond(1795874028L));
        assertThat(invoice.statusTransitions().voidedAt()).isNull();
        assertThat(invoice.subscription()).isNull();
        assertThat(invoice.subscriptionId()).isEqualTo("sub_1QwU1a2eZvKYlo2CpL4n5M6o");
        assertThat(invoice.parent().subscriptionDetails().metadata()).containsEntry("workspace", "ws_4417");
        assertThat(invoice.lines().hasMore()).isFalse();
        assertThat(invoice.lines().data()).extracting(InvoiceLineItem::amount).containsExactly(8700L, 950L);
        InvoiceLineItem pro = invoice.lines().data().get(0);
        assertThat(pro.description()).isEqualTo("3 × Pro (monthly) (at €29.00 / month)");
        assertThat(pro.quantity()).isEqualTo(3L);
        assertThat(pro.period().start()).isEqualTo(Instant.ofEpochSecond(1795700000L));
        assertThat(pro.period().end()).isEqualTo(Instant.ofEpochSecond(1798292000L));
        assertThat(pro.priceId()).isEqualTo("price_1QwTzz2eZvKYlo2CPro0Mnth");
        assertThat(pro.subscriptionId()).isEqualTo("sub_1QwU1a2eZvKYlo2CpL4n5M6o");
        assertThat(pro.pricing().unitAmountDecimal()).isEqualByComparingTo("2900");
        InvoiceLineItem support = invoice.lines().data().get(1);
        assertThat(support.description()).isEqualTo("Priority support 🚀");
        assertThat(support.parent().subscriptionItemDetails().proration()).isTrue();
        assertThat(support.parent().subscriptionItemDetails().subscriptionItem())
                .isEqualTo("si_RqM7f8G9h0I1j2");
        assertThat(support.metadata()).containsEntry("addon", "priority-support");
    }

    @Test
    void readsAnInvoiceOfAnOlderApiVersion() {
        StripeEvent<Invoice> event = parse("invoice.payment_failed.2020-08-27.json", Invoice.class);
        assertThat(event.apiVersion()).isEqualTo("2020-08-27");
        assertThat(event.requestId()).isEqualTo("req_OldStyleId01");
        assertThat(event.idempotencyKey()).isNull();
        Invoice invoice = event.data().object();
        assertThat(invoice.status()).isEqualTo(Invoice.Status.OPEN);
        assertThat(invoice.amountDue()).isEqualTo(2900L);
        assertThat(invoice.amountPaid()).isZero();
        assertThat(invoice.attemptCount()).isEqualTo(2L);
        assertThat(invoice.nextPaymentAttempt()).isEqualTo(Instant.ofEpochSecond(1796159000L));
        assertThat(invoice.parent()).isNull();
        assertThat(invoice.subscriptionId()).isEqualTo("sub_1HkOldSubscr01");
        assertThat(invoice.lines().hasMore()).isTrue();
        assertThat(invoice.lines().totalCount()).isEqualTo(3L);
        InvoiceLineItem line = invoice.lines().data().get(0);
        assertThat(line.pricing()).isNull();
        assertThat(line.price().unitAmount()).isEqualTo(2900L);
        assertThat(line.priceId()).isEqualTo("price_1HkOldStarter");
        assertThat(line.subscriptionId()).isEqualTo("sub_1HkOldSubscr01");
        assertThat(line.proration()).isFalse();
        assertThat(event.raw().at("/data/object/charge").asString()).isEqualTo("ch_1HkOld2eZvKYlo2COldChg01");
    }

    @Test
    void readsACheckoutSession() {
        CheckoutSession session = parse("checkout.session.completed.json", CheckoutSession.class)
                .data()
                .object();
        assertThat(session.id()).isEqualTo("cs_test_a1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuVwXyZ");
        assertThat(session.mode()).isEqualTo(CheckoutSession.Mode.SUBSCRIPTION);
        assertThat(session.status()).isEqualTo(CheckoutSession.Status.COMPLETE);
        assertThat(session.paymentStatus()).isEqualTo(CheckoutSession.PaymentStatus.PAID);
        assertThat(session.amountSubtotal()).isEqualTo(8700L);
        assertThat(session.amountTotal()).isEqualTo(10353L);
        assertThat(session.clientReferenceId()).isEqualTo("ws_4417");
        assertThat(session.customerDetails().name()).isEqualTo("Zoë Müller 😀");
        assertThat(session.customerDetails().address().city()).isEqualTo("Köln");
        assertThat(session.subscription()).isEqualTo("sub_1QwU1a2eZvKYlo2CpL4n5M6o");
        assertThat(session.paymentIntent()).isNull();
        assertThat(session.expiresAt()).isEqualTo(Instant.ofEpochSecond(1795962300L));
        assertThat(session.successUrl()).endsWith("session_id={CHECKOUT_SESSION_ID}");
        assertThat(session.metadata()).containsExactly(Map.entry("plan", "pro"), Map.entry("seats", "3"));
    }

    @Test
    void readsASetupIntentAndAPaymentMethod() {
        SetupIntent intent =
                parse("setup_intent.succeeded.json", SetupIntent.class).data().object();
        assertThat(intent.status()).isEqualTo(SetupIntent.Status.SUCCEEDED);
        assertThat(intent.usage()).isEqualTo("off_session");
        assertThat(intent.paymentMethod()).isEqualTo("pm_1QwW8f2eZvKYlo2CnEwCaRd1");
        assertThat(intent.latestAttempt()).isEqualTo("setatt_1QwW8h2eZvKYlo2CaTt3mP01");
        assertThat(intent.paymentMethodTypes()).containsExactly("card");
        assertThat(intent.metadata()).containsEntry("source", "account-settings");
        PaymentMethod method = parse("payment_method.attached.json", PaymentMethod.class)
                .data()
                .object();
        assertThat(method.type()).isEqualTo("card");
        assertThat(method.customer()).isEqualTo("cus_RqL8mNvB2xYz7T");
        assertThat(method.card().brand()).isEqualTo("mastercard");
        assertThat(method.card().last4()).isEqualTo("4444");
        assertThat(method.card().expMonth()).isEqualTo(3);
        assertThat(method.card().expYear()).isEqualTo(2031);
        assertThat(method.card().funding()).isEqualTo("debit");
        assertThat(method.billingDetails().address().postalCode()).isEqualTo("50667");
    }

    @Test
    void readsAConnectPayout() {
        StripeEvent<Payout> event = parse("payout.paid.json", Payout.class);
        assertThat(event.account()).isEqualTo("acct_1QwConnected0001");
        assertThat(event.livemode()).isTrue();
        Payout payout = event.data().object();
        assertThat(payout.amount()).isEqualTo(1234567L);
        assertThat(payout.status()).isEqualTo(Payout.Status.PAID);
        assertThat(payout.arrivalDate()).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
        assertThat(payout.automatic()).isTrue();
        assertThat(payout.destination()).isEqualTo("ba_1QwConnectedBank01");
        assertThat(payout.method()).isEqualTo("standard");
    }

    @Test
    void readsAProductAndAnExpandedPriceProduct() {
        Product product = parse("product.created.json", Product.class).data().object();
        assertThat(product.name()).isEqualTo("Pro");
        assertThat(product.description()).endsWith("priority brewing ☕");
        assertThat(product.images()).hasSize(1);
        assertThat(product.defaultPrice()).isNull();
        assertThat(product.taxCode()).isEqualTo("txcd_10103001");
        assertThat(product.unitLabel()).isEqualTo("seat");
        assertThat(product.updated()).isEqualTo(Instant.ofEpochSecond(1795600000L));
        StripeEvent<Price> priceEvent = parse("price.updated.json", Price.class);
        Price price = priceEvent.data().object();
        assertThat(price.active()).isFalse();
        assertThat(price.product()).isEqualTo("prod_RqK9pRoPlAn01"); // expanded object read as its id
        assertThat(price.recurring().trialPeriodDays()).isEqualTo(14L);
        assertThat(price.metadata()).containsEntry("retired", "2026-11");
        assertThat(priceEvent.data().previousAttributes().path("lookup_key").asString())
                .isEqualTo("pro_monthly");
    }

    @Test
    void readsAThinEvent() {
        StripeEvent<?> event = Fixtures.parse("v1.billing.meter.error_report_triggered.thin.json");
        assertThat(event.isThin()).isTrue();
        assertThat(event.type()).isEqualTo("v1.billing.meter.error_report_triggered");
        assertThat(event.id()).isEqualTo("evt_test_65RM8sQH88Q3o5Y4f7Q16RM8sQH8GHmAjsXUHyRfIQPs");
        assertThat(event.deliveryId()).isEqualTo(event.id());
        assertThat(event.created()).isEqualTo(Instant.parse("2026-11-27T11:58:31.504Z"));
        assertThat(event.account()).isEqualTo("acct_1QwConnected0001");
        assertThat(event.apiVersion()).isNull();
        assertThat(event.requestId()).isEqualTo("req_v2MeTeR3rr0r");
        assertThat(event.idempotencyKey()).isEqualTo("meter-evt-0001");
        StripeThinEvent thin = (StripeThinEvent) event.data().object();
        assertThat(thin.relatedObject().id()).isEqualTo("mtr_test_61RM8sQHvBm9bZXpE41Kaff33");
        assertThat(thin.relatedObject().type()).isEqualTo("billing.meter");
        assertThat(thin.relatedObject().url()).isEqualTo("/v1/billing/meters/mtr_test_61RM8sQHvBm9bZXpE41Kaff33");
        assertThat(thin.reason().type()).isEqualTo("request");
        assertThat(thin.context()).isEqualTo("acct_1QwConnected0001");
        assertThat(thin.livemode()).isFalse();
    }

    @Test
    void keepsUnknownEventTypesAsTrees() {
        StripeEvent<?> event = Fixtures.parse("unknown.future_event.json");
        assertThat(event.type()).isEqualTo("hologram.projected");
        assertThat(event.apiVersion()).isEqualTo("2027-03-31.future");
        assertThat(event.data().object()).isInstanceOf(JsonNode.class);
        assertThat(((JsonNode) event.data().object()).path("brightness").asInt())
                .isEqualTo(11);
    }

    @Test
    void readsStatusValuesAddedLaterAsUnknown() {
        String body = "{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"invoice.updated\",\"created\":1795780800,"
                + "\"data\":{\"object\":{\"id\":\"in_1\",\"object\":\"invoice\",\"status\":\"teleported\","
                + "\"lines\":{\"data\":[{\"id\":\"il_1\",\"amount\":5,\"brand_new\":{\"x\":[1,2]}}]},"
                + "\"brand_new_field\":{\"deep\":true}}}}";
        StripeEvent<?> event = StripeEventParser.parse(io.webhooks4j.RawBody.ofUtf8(body));
        Invoice invoice = (Invoice) event.data().object();
        assertThat(invoice.status()).isEqualTo(Invoice.Status.UNKNOWN);
        assertThat(invoice.lines().data().get(0).amount()).isEqualTo(5L);
        assertThat(invoice.amountPaid()).isNull();
        assertThat(invoice.metadata()).isEmpty();
        assertThat(event.livemode()).isFalse();
        assertThat(event.requestId()).isNull();
        assertThat(event.pendingWebhooks()).isNull();
    }

    @Test
    void readsTheRequestIdOfApiVersionsBefore2017AsAString() {
        String body =
                "{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"customer.created\",\"api_version\":\"2016-07-06\","
                        + "\"request\":\"req_2016style\",\"data\":{\"object\":{\"id\":\"cus_1\",\"object\":\"customer\"}}}";
        StripeEvent<?> event = StripeEventParser.parse(io.webhooks4j.RawBody.ofUtf8(body));
        assertThat(event.requestId()).isEqualTo("req_2016style");
        assertThat(event.idempotencyKey()).isNull();
        assertThat(((Customer) event.data().object()).id()).isEqualTo("cus_1");
    }
}
