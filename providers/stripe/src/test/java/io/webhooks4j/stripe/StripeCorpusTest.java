package io.webhooks4j.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.stripe.event.Account;
import io.webhooks4j.stripe.event.Coupon;
import io.webhooks4j.stripe.event.ExternalAccount;
import io.webhooks4j.stripe.event.Invoice;
import io.webhooks4j.stripe.event.InvoiceItem;
import io.webhooks4j.stripe.event.LegacyOrder;
import io.webhooks4j.stripe.event.PaymentMethod;
import io.webhooks4j.stripe.event.PaymentSource;
import io.webhooks4j.stripe.event.Plan;
import io.webhooks4j.stripe.event.Recipient;
import io.webhooks4j.stripe.event.Refund;
import io.webhooks4j.stripe.event.Review;
import io.webhooks4j.stripe.event.Sku;
import io.webhooks4j.stripe.event.Source;
import io.webhooks4j.stripe.event.SubscriptionSchedule;
import io.webhooks4j.stripe.event.TaxRate;
import io.webhooks4j.stripe.event.Transfer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Stripe event payloads other projects publish as fixtures (test resources {@code corpus/}, verbatim; sources,
 * commits and licences in {@code corpus/MANIFEST.md}), signed and parsed through the real provider: none may fail,
 * and the share that reaches a typed record is measured against issue 21's goal of 90%.
 */
class StripeCorpusTest {
    /**
     * The floor reached on 2026-12-02: 99 of 101 (98.0%), above issue 21's goal of 90% (it was 90 of 101, 89.1%,
     * before the retired {@code order.*}, {@code sku.*}, {@code recipient.*} and {@code
     * payment_method.card_automatically_updated} were catalogued with hand-written records). Every payload whose type
     * the catalogue knows is typed (the second assertion below holds it); the 2 left raw are {@code
     * customer.bank_account.deleted}, a type no versioned Stripe source we have lists, and {@code
     * setup_intent.updated}, which Stripe never sent. The types the catalogue keeps raw are listed in {@link
     * StripeUntypedEventsTest}; none occurs in this corpus.
     */
    static final double TYPED_FLOOR = 0.98;

    static Path corpus() throws URISyntaxException {
        return Path.of(StripeCorpusTest.class.getResource("corpus").toURI());
    }

    record Parsed(String file, StripeEvent<?> event) {}

    static List<Parsed> parseAll(List<String> errors) throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus())) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        StripeProvider provider = Fixtures.provider();
        List<Parsed> parsed = new ArrayList<>();
        for (Path file : files) {
            String name = corpus().relativize(file).toString();
            WebhookRequest request = Fixtures.signed(RawBody.of(Files.readAllBytes(file)));
            try {
                parsed.add(new Parsed(name, provider.parse(request, provider.verify(request))));
            } catch (RuntimeException e) {
                errors.add(name + ": " + e);
            }
        }
        return parsed;
    }

    @Test
    void everyPayloadParsesAndTheTypedShareHoldsItsFloor() throws Exception {
        List<String> errors = new ArrayList<>();
        List<Parsed> parsed = parseAll(errors);

        assertThat(errors).isEmpty();
        assertThat(parsed).hasSize(101);
        Map<String, Integer> rawByType = new TreeMap<>();
        long typed = 0;
        for (Parsed p : parsed) {
            if (p.event().data().object() instanceof JsonNode) {
                rawByType.merge(p.event().type(), 1, Integer::sum);
            } else {
                typed++;
            }
        }
        double share = (double) typed / parsed.size();
        System.out.printf(
                "stripe corpus: %d of %d payloads typed (%.1f%%); raw by type: %s%n",
                typed, parsed.size(), 100 * share, rawByType);
        assertThat(share).isGreaterThanOrEqualTo(TYPED_FLOOR);
        // What stays raw is only what the catalogue does not know: a known type never falls back to a tree.
        for (String type : rawByType.keySet()) {
            assertThat(StripeEvents.find(type)).as(type).isEmpty();
        }
    }

    @Test
    void everyPayloadIsTheRecordItsCatalogueKeyNames() throws Exception {
        List<String> errors = new ArrayList<>();
        for (Parsed p : parseAll(errors)) {
            StripeEvents.find(p.event().type())
                    .ifPresent(key ->
                            assertThat(p.event().data().object()).as(p.file()).isInstanceOf(key.payloadType()));
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void keyFieldsOfGeneratedRecordsHaveTheirExactValues() throws Exception {
        Coupon coupon = payload("stripe_model_callbacks/coupon.created.json", Coupon.class);
        assertThat(coupon.id()).isEqualTo("25OFF_00000000000000");
        assertThat(coupon.percentOff()).isEqualByComparingTo("25");
        assertThat(coupon.amountOff()).isNull();
        assertThat(coupon.duration()).isEqualTo(Coupon.Duration.REPEATING);
        assertThat(coupon.durationInMonths()).isEqualTo(3L);
        assertThat(coupon.created()).isEqualTo(Instant.ofEpochSecond(1517909275));

        Plan plan = payload("stripe_model_callbacks/plan.created.json", Plan.class);
        assertThat(plan.id()).isEqualTo("peak_00000000000000");
        assertThat(plan.amount()).isEqualTo(6000L);
        assertThat(plan.currency()).isEqualTo("dkk");
        assertThat(plan.interval()).isEqualTo(Plan.Interval.MONTH);
        assertThat(plan.product()).isEqualTo("prod_00000000000000");

        Transfer transfer = payload("stripe_model_callbacks/transfer.created.json", Transfer.class);
        assertThat(transfer.amount()).isEqualTo(1100L);
        assertThat(transfer.destination()).isEqualTo("acct_1Brq15AT5SYrvIfd");

        TaxRate rate = payload("stripe_model_callbacks/tax_rate.created.json", TaxRate.class);
        assertThat(rate.percentage()).isEqualByComparingTo(new BigDecimal("16"));
        assertThat(rate.inclusive()).isFalse();
        assertThat(rate.jurisdiction()).isEqualTo("DE");

        Review review = payload("stripe_model_callbacks/review.opened.json", Review.class);
        assertThat(review.charge()).isEqualTo("ch_00000000000000");
        assertThat(review.open()).isTrue();

        SubscriptionSchedule schedule =
                payload("stripe_model_callbacks/subscription_schedule.created.json", SubscriptionSchedule.class);
        assertThat(schedule.id()).isEqualTo("sub_sched_1GhwDXJ3a8kmO8fm97mybWCy");
        assertThat(schedule.status()).isEqualTo(SubscriptionSchedule.Status.NOT_STARTED);
        assertThat(schedule.customer()).isEqualTo("cus_HG9JJV3LEHUjhO");

        InvoiceItem item = payload("stripe_model_callbacks/invoiceitem.created.json", InvoiceItem.class);
        assertThat(item.amount()).isEqualTo(1000L);
        assertThat(item.invoice()).isNull();

        Source source = payload("stripe_model_callbacks/source.chargeable.json", Source.class);
        assertThat(source.type()).isEqualTo(Source.Type.ACH_CREDIT_TRANSFER);
        assertThat(source.flow()).isEqualTo("receiver");

        Account account = payload("dj-stripe/event_account_updated_custom.json", Account.class);
        assertThat(account.id()).isEqualTo("acct_1IuHosQveW0ONQsd");
        assertThat(account.country()).isEqualTo("US");
        assertThat(account.chargesEnabled()).isTrue();

        ExternalAccount bank =
                payload("dj-stripe/event_external_account_bank_account_created.json", ExternalAccount.class);
        assertThat(bank.object()).isEqualTo("bank_account");
        assertThat(bank.last4()).isEqualTo("1116");
        assertThat(bank.bankName()).isEqualTo("STRIPE TEST BANK");
        ExternalAccount card = payload("dj-stripe/event_external_account_card_created.json", ExternalAccount.class);
        assertThat(card.object()).isEqualTo("card");
        assertThat(card.last4()).isEqualTo("8210");
        assertThat(card.expYear()).isEqualTo(2022L);

        PaymentSource customerSource =
                payload("stripe_model_callbacks/customer.source.created.json", PaymentSource.class);
        assertThat(customerSource.object()).isEqualTo("source");
    }

    @Test
    void keyFieldsOfHandWrittenRecordsHaveTheirExactValues() throws Exception {
        Invoice invoice = payload("stripe_model_callbacks/invoice.payment_succeeded.json", Invoice.class);
        assertThat(invoice.id()).isEqualTo("in_1BrsEhAT5SYrvIfdlmd9sZns");
        assertThat(invoice.amountPaid()).isEqualTo(10000L);
        assertThat(invoice.customer()).isEqualTo("cus_CGNFgjPGtHlvXI");

        Refund refund = payload("stripe_model_callbacks/charge.refund.updated.json", Refund.class);
        assertThat(refund.amount()).isEqualTo(100L);
        assertThat(refund.charge()).isEqualTo("ch_00000000000000");
    }

    @Test
    void keyFieldsOfRetiredObjectsHaveTheirExactValues() throws Exception {
        Sku sku = payload("stripe_model_callbacks/sku.created.json", Sku.class);
        assertThat(sku.id()).isEqualTo("sku_00000000000000");
        assertThat(sku.price()).isEqualTo(1500L);
        assertThat(sku.currency()).isEqualTo("usd");
        assertThat(sku.product()).isEqualTo("prod_00000000000000");
        assertThat(sku.attributes()).containsExactlyInAnyOrderEntriesOf(Map.of("size", "Medium", "gender", "Unisex"));
        assertThat(sku.inventory().type()).isEqualTo(Sku.Inventory.Type.FINITE);
        assertThat(sku.inventory().quantity()).isEqualTo(50L);
        assertThat(sku.inventory().value()).isNull();
        assertThat(sku.packageDimensions()).isNull();
        assertThat(sku.created()).isEqualTo(Instant.ofEpochSecond(1517860189));
        assertThat(sku.updated()).isEqualTo(Instant.ofEpochSecond(1517860189));
        assertThat(payload("stripe_model_callbacks/sku.deleted.json", Sku.class).created())
                .isEqualTo(Instant.ofEpochSecond(1517860796));

        Recipient recipient = payload("stripe_model_callbacks/recipient.created.json", Recipient.class);
        assertThat(recipient.id()).isEqualTo("rp_00000000000000");
        assertThat(recipient.type()).isEqualTo(Recipient.Type.INDIVIDUAL);
        assertThat(recipient.name()).isEqualTo("John Doe");
        assertThat(recipient.email()).isEqualTo("test@example.com");
        assertThat(recipient.created()).isEqualTo(Instant.ofEpochSecond(1517862676));
        assertThat(recipient.cards().data()).isEmpty();
        assertThat(recipient.cards().totalCount()).isZero();
        assertThat(recipient.cards().url()).isEqualTo("/v1/recipients/rp_1BsGcSAT5SYrvIfduRsLVVIY/cards");
        assertThat(recipient.activeAccount()).isNull();
        assertThat(recipient.migratedTo()).isNull();
        assertThat(payload("stripe_model_callbacks/recipient.deleted.json", Recipient.class)
                        .created())
                .isEqualTo(Instant.ofEpochSecond(1517862740));

        LegacyOrder order = payload("stripe_model_callbacks/order.created.json", LegacyOrder.class);
        assertThat(order.id()).isEqualTo("or_00000000000000");
        assertThat(order.amount()).isEqualTo(1500L);
        assertThat(order.amountReturned()).isNull();
        assertThat(order.currency()).isEqualTo("usd");
        assertThat(order.status()).isEqualTo(LegacyOrder.Status.CREATED);
        assertThat(order.created()).isEqualTo(Instant.ofEpochSecond(1517837533));
        assertThat(order.updated()).isEqualTo(Instant.ofEpochSecond(1517837533));
        assertThat(order.items()).singleElement().satisfies(item -> {
            assertThat(item.type()).isEqualTo(LegacyOrder.Item.Type.SKU);
            assertThat(item.parent()).isEqualTo("sk_1BrqWPAT5SYrvIfdCfVmF7Kx");
            assertThat(item.amount()).isEqualTo(1500L);
            assertThat(item.description()).isEqualTo("T-shirt");
            assertThat(item.quantity()).isNull();
        });
        assertThat(order.shipping().name()).isEqualTo("Jenny Rosen");
        assertThat(order.shipping().address().postalCode()).isEqualTo("123456");
        assertThat(order.shippingMethods()).isEmpty();
        assertThat(order.returns().data()).isEmpty();
        assertThat(order.statusTransitions().paid()).isNull();
        assertThat(payload("stripe_model_callbacks/order.updated.json", LegacyOrder.class)
                        .updated())
                .isEqualTo(Instant.ofEpochSecond(1517839939));

        PaymentMethod method =
                payload("stripe_model_callbacks/payment_method.card_automatically_updated.json", PaymentMethod.class);
        assertThat(method.id()).isEqualTo("pm_1MxwglIICJxvfdbRkDNKMCwZ");
        assertThat(method.customer()).isEqualTo("cus_NiCY7UI5u0pbJH");
        assertThat(method.card().last4()).isEqualTo("7080");
        assertThat(method.card().expYear()).isEqualTo(2023);
        assertThat(method.created()).isEqualTo(Instant.ofEpochSecond(1681755727));
    }

    private static <T> T payload(String file, Class<T> type) throws IOException, URISyntaxException {
        StripeProvider provider = Fixtures.provider();
        WebhookRequest request = Fixtures.signed(RawBody.of(Files.readAllBytes(corpus().resolve(file))));
        Object object = provider.parse(request, provider.verify(request)).data().object();
        assertThat(object).as(file).isInstanceOf(type);
        return type.cast(object);
    }
}
