package io.webhooks4j.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.EventType;
import io.webhooks4j.RawBody;
import io.webhooks4j.stripe.event.LegacyOrder;
import io.webhooks4j.stripe.event.PaymentMethod;
import io.webhooks4j.stripe.event.Recipient;
import io.webhooks4j.stripe.event.Sku;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The retired objects Stripe still delivers ({@code order.*} of legacy Orders v1, {@code sku.*}, {@code
 * recipient.*}, and the former name {@code payment_method.card_automatically_updated}): catalogued as deprecated
 * constants with hand-written records. The corpus payloads ({@link StripeCorpusTest}) leave most nested fields
 * null; these bodies fill them, with the field names of stripe/openapi spec3 at
 * dd21899b0a6f6ed7ac301ec72c10c4c78220062a.
 */
class StripeRetiredObjectsTest {
    private static Object object(String body) {
        StripeProvider provider = Fixtures.provider();
        var request = Fixtures.signed(RawBody.ofUtf8(body));
        return provider.parse(request, provider.verify(request)).data().object();
    }

    @Test
    @SuppressWarnings("deprecation")
    void retiredTypesAreDeprecatedConstantsWithTheirRecords() throws NoSuchFieldException {
        Map<String, Class<?>> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("order.created", LegacyOrder.class),
                Map.entry("order.payment_failed", LegacyOrder.class),
                Map.entry("order.payment_succeeded", LegacyOrder.class),
                Map.entry("order.updated", LegacyOrder.class),
                Map.entry("payment_method.card_automatically_updated", PaymentMethod.class),
                Map.entry("recipient.created", Recipient.class),
                Map.entry("recipient.deleted", Recipient.class),
                Map.entry("recipient.updated", Recipient.class),
                Map.entry("sku.created", Sku.class),
                Map.entry("sku.deleted", Sku.class),
                Map.entry("sku.updated", Sku.class)));
        for (Map.Entry<String, Class<?>> e : expected.entrySet()) {
            EventType<?> type = StripeEvents.find(e.getKey()).orElseThrow();
            assertThat(type.payloadType()).as(e.getKey()).isEqualTo(e.getValue());
            Field field =
                    StripeEvents.class.getField(e.getKey().replace('.', '_').toUpperCase(Locale.ROOT));
            assertThat(field.isAnnotationPresent(Deprecated.class))
                    .as(e.getKey())
                    .isTrue();
        }
        assertThat(StripeEvents.SKU_CREATED.payloadType()).isEqualTo(Sku.class);
        assertThat(StripeEvents.all())
                .filteredOn(t -> t.payloadType() == LegacyOrder.class
                        || t.payloadType() == Recipient.class
                        || t.payloadType() == Sku.class)
                .hasSize(10);
    }

    @Test
    void aLegacyOrderReadsItsItemsShippingMethodsReturnsAndTransitions() {
        LegacyOrder order = (LegacyOrder) object("""
                {"id": "evt_o", "object": "event", "type": "order.payment_succeeded", "created": 1517840000,
                 "data": {"object": {"id": "or_1", "object": "order", "amount": 2250, "amount_returned": 750,
                   "application": "ca_1", "application_fee": 100, "charge": {"id": "ch_1", "object": "charge"},
                   "created": 1517837533, "currency": "usd", "customer": "cus_1", "email": "jenny@example.com",
                   "external_coupon_code": "SPRING", "livemode": false, "metadata": {"ref": "A-17"},
                   "items": [
                     {"object": "order_item", "amount": 1500, "currency": "usd", "description": "T-shirt",
                      "parent": "sku_1", "quantity": 2, "type": "sku"},
                     {"object": "order_item", "amount": 750, "currency": "usd", "description": "Express",
                      "parent": "ship_express", "quantity": null, "type": "shipping"},
                     {"object": "order_item", "amount": 0, "currency": "usd", "description": "Gift wrap",
                      "parent": null, "quantity": null, "type": "gift_wrap"}],
                   "returns": {"object": "list", "has_more": false, "total_count": 1,
                     "url": "/v1/order_returns?order=or_1",
                     "data": [{"id": "orret_1", "object": "order_return", "amount": 750, "created": 1517900000,
                       "currency": "usd", "livemode": false, "order": "or_1", "refund": "re_1",
                       "items": [{"object": "order_item", "amount": 750, "currency": "usd",
                                  "description": "T-shirt", "parent": "sku_1", "quantity": 1, "type": "sku"}]}]},
                   "selected_shipping_method": "ship_express",
                   "shipping_methods": [{"id": "ship_express", "amount": 750, "currency": "usd",
                     "description": "Express", "delivery_estimate": {"type": "range", "earliest": "2018-02-07",
                     "latest": "2018-02-09"}}],
                   "status": "paid",
                   "status_transitions": {"canceled": null, "fulfiled": 1517860000, "paid": 1517840000,
                     "returned": null},
                   "updated": 1517840000, "upstream_id": "shop-17"}}}""");

        assertThat(order.amount()).isEqualTo(2250L);
        assertThat(order.amountReturned()).isEqualTo(750L);
        assertThat(order.application()).isEqualTo("ca_1");
        assertThat(order.applicationFee()).isEqualTo(100L);
        assertThat(order.charge()).isEqualTo("ch_1");
        assertThat(order.customer()).isEqualTo("cus_1");
        assertThat(order.externalCouponCode()).isEqualTo("SPRING");
        assertThat(order.metadata()).containsEntry("ref", "A-17");
        assertThat(order.status()).isEqualTo(LegacyOrder.Status.PAID);
        assertThat(order.upstreamId()).isEqualTo("shop-17");
        assertThat(order.items())
                .extracting(LegacyOrder.Item::type)
                .containsExactly(
                        LegacyOrder.Item.Type.SKU, LegacyOrder.Item.Type.SHIPPING, LegacyOrder.Item.Type.UNKNOWN);
        assertThat(order.items().get(0).quantity()).isEqualTo(2L);
        assertThat(order.returns().totalCount()).isEqualTo(1L);
        assertThat(order.returns().data()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("orret_1");
            assertThat(r.amount()).isEqualTo(750L);
            assertThat(r.created()).isEqualTo(Instant.ofEpochSecond(1517900000));
            assertThat(r.order()).isEqualTo("or_1");
            assertThat(r.refund()).isEqualTo("re_1");
            assertThat(r.items()).singleElement().satisfies(i -> assertThat(i.quantity())
                    .isEqualTo(1L));
        });
        assertThat(order.selectedShippingMethod()).isEqualTo("ship_express");
        assertThat(order.shippingMethods()).singleElement().satisfies(m -> {
            assertThat(m.amount()).isEqualTo(750L);
            assertThat(m.deliveryEstimate().type()).isEqualTo(LegacyOrder.DeliveryEstimate.Type.RANGE);
            assertThat(m.deliveryEstimate().earliest()).isEqualTo("2018-02-07");
            assertThat(m.deliveryEstimate().latest()).isEqualTo("2018-02-09");
            assertThat(m.deliveryEstimate().date()).isNull();
        });
        assertThat(order.statusTransitions().paid()).isEqualTo(Instant.ofEpochSecond(1517840000));
        assertThat(order.statusTransitions().fulfilled()).isEqualTo(Instant.ofEpochSecond(1517860000));
        assertThat(order.statusTransitions().canceled()).isNull();
        assertThat(order.updated()).isEqualTo(Instant.ofEpochSecond(1517840000));
    }

    @Test
    void aSkuReadsItsDimensionsBucketInventoryAndExpandedProduct() {
        Sku sku = (Sku) object("""
                {"id": "evt_s", "object": "event", "type": "sku.updated", "created": 1517860625,
                 "data": {"object": {"id": "sku_1", "object": "sku", "active": false, "attributes": {},
                   "currency": "eur", "image": "https://example.com/shirt.png",
                   "inventory": {"quantity": null, "type": "bucket", "value": "limited"},
                   "package_dimensions": {"height": 1.5, "length": 12, "weight": 7.25, "width": 9},
                   "price": 2500, "product": {"id": "prod_1", "object": "product"}}}}""");

        assertThat(sku.active()).isFalse();
        assertThat(sku.attributes()).isEmpty();
        assertThat(sku.metadata()).isEmpty();
        assertThat(sku.image()).isEqualTo("https://example.com/shirt.png");
        assertThat(sku.inventory().type()).isEqualTo(Sku.Inventory.Type.BUCKET);
        assertThat(sku.inventory().value()).isEqualTo(Sku.Inventory.Value.LIMITED);
        assertThat(sku.inventory().quantity()).isNull();
        assertThat(sku.packageDimensions().height()).isEqualByComparingTo(new BigDecimal("1.5"));
        assertThat(sku.packageDimensions().weight()).isEqualByComparingTo(new BigDecimal("7.25"));
        assertThat(sku.price()).isEqualTo(2500L);
        assertThat(sku.product()).isEqualTo("prod_1");
        assertThat(sku.created()).isNull();
    }

    @Test
    void aRecipientReadsItsBankAccountCardsAndMigration() {
        Recipient recipient = (Recipient) object("""
                {"id": "evt_r", "object": "event", "type": "recipient.updated", "created": 1517862766,
                 "data": {"object": {"id": "rp_1", "object": "recipient", "type": "corporation",
                   "active_account": {"id": "ba_1", "object": "bank_account", "bank_name": "STRIPE TEST BANK",
                     "country": "US", "currency": "usd", "last4": "6789", "status": "verified"},
                   "cards": {"object": "list", "has_more": false, "url": "/v1/recipients/rp_1/cards",
                     "data": [{"id": "card_1", "object": "card", "brand": "Visa", "last4": "4242",
                               "exp_month": 8, "exp_year": 2019, "funding": "debit"}]},
                   "default_card": "card_1", "migrated_to": {"id": "acct_1", "object": "account"},
                   "rolled_back_from": null, "metadata": {"crm": "42"}, "livemode": false}}}""");

        assertThat(recipient.type()).isEqualTo(Recipient.Type.CORPORATION);
        assertThat(recipient.activeAccount().object()).isEqualTo("bank_account");
        assertThat(recipient.activeAccount().last4()).isEqualTo("6789");
        assertThat(recipient.cards().data()).singleElement().satisfies(card -> {
            assertThat(card.object()).isEqualTo("card");
            assertThat(card.last4()).isEqualTo("4242");
            assertThat(card.expYear()).isEqualTo(2019L);
        });
        assertThat(recipient.defaultCard()).isEqualTo("card_1");
        assertThat(recipient.migratedTo()).isEqualTo("acct_1");
        assertThat(recipient.rolledBackFrom()).isNull();
        assertThat(recipient.metadata()).containsEntry("crm", "42");
    }

    @Test
    void deletionStubsAndUnknownValuesParse() {
        Recipient recipient = (Recipient) object("""
                {"id": "evt_d", "object": "event", "type": "recipient.deleted",
                 "data": {"object": {"id": "rp_2", "object": "recipient", "deleted": true}}}""");
        assertThat(recipient.deleted()).isTrue();
        assertThat(recipient.metadata()).isEmpty();
        assertThat(recipient.cards()).isNull();

        Sku sku = (Sku) object("""
                {"id": "evt_d2", "object": "event", "type": "sku.deleted",
                 "data": {"object": {"id": "sku_2", "object": "sku", "deleted": true,
                   "inventory": {"type": "on_demand"}}}}""");
        assertThat(sku.deleted()).isTrue();
        assertThat(sku.inventory().type()).isEqualTo(Sku.Inventory.Type.UNKNOWN);

        LegacyOrder order = (LegacyOrder) object("""
                {"id": "evt_d3", "object": "event", "type": "order.updated",
                 "data": {"object": {"id": "or_2", "object": "order", "status": "on_hold"}}}""");
        assertThat(order.status()).isEqualTo(LegacyOrder.Status.UNKNOWN);
        assertThat(order.items()).isEmpty();
        assertThat(order.shippingMethods()).isEmpty();
    }
}
