package io.webhooks4j.shopify;

import static io.webhooks4j.shopify.ShopifyFixtures.signedFixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.shopify.event.Address;
import io.webhooks4j.shopify.event.Cart;
import io.webhooks4j.shopify.event.Checkout;
import io.webhooks4j.shopify.event.Collection;
import io.webhooks4j.shopify.event.Customer;
import io.webhooks4j.shopify.event.CustomersDataRequest;
import io.webhooks4j.shopify.event.CustomersRedact;
import io.webhooks4j.shopify.event.DeletedResource;
import io.webhooks4j.shopify.event.FinancialStatus;
import io.webhooks4j.shopify.event.Fulfillment;
import io.webhooks4j.shopify.event.InventoryItem;
import io.webhooks4j.shopify.event.InventoryLevel;
import io.webhooks4j.shopify.event.LineItem;
import io.webhooks4j.shopify.event.Money;
import io.webhooks4j.shopify.event.Order;
import io.webhooks4j.shopify.event.Product;
import io.webhooks4j.shopify.event.ProductStatus;
import io.webhooks4j.shopify.event.Refund;
import io.webhooks4j.shopify.event.Shop;
import io.webhooks4j.shopify.event.ShopRedact;
import io.webhooks4j.shopify.event.Variant;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ShopifyPayloadTest {
    private final ShopifyProvider provider = ShopifyFixtures.provider();

    private ShopifyEvent<?> parse(String topic, String fixture) {
        WebhookRequest request = signedFixture(topic, fixture);
        return provider.parse(request, provider.verify(request));
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    @Test
    void readsTheEnvelopeHeaders() {
        ShopifyEvent<?> webhook = parse("orders/create", "orders-create.json");

        assertThat(webhook.provider()).isEqualTo("shopify");
        assertThat(webhook.topic()).isEqualTo("orders/create");
        assertThat(webhook.type()).isEqualTo("orders/create");
        assertThat(webhook.shopDomain()).isEqualTo("maple-and-moss.myshopify.com");
        assertThat(webhook.apiVersion()).isEqualTo("2026-07");
        assertThat(webhook.webhookId()).isEqualTo("b54557e4-bdd9-4b37-8a5f-bf7d70bcd043");
        assertThat(webhook.deliveryId()).isEqualTo("b54557e4-bdd9-4b37-8a5f-bf7d70bcd043");
        assertThat(webhook.eventId()).isEqualTo("98880550-7158-44d4-b7cd-2c97c8a091b5");
        assertThat(webhook.triggeredAt()).isEqualTo(Instant.parse("2026-11-27T11:59:58.123456Z"));
        assertThat(webhook.subTopic()).isNull();
        assertThat(webhook.name()).isNull();
        assertThat(webhook.raw().path("name").asString()).isEqualTo("#1042");
        assertThat(webhook.toString()).doesNotContain("ines.moreau");
    }

    @Test
    void ordersCreateMoneyFieldByField() {
        Order order = (Order) parse("orders/create", "orders-create.json").payload();

        assertThat(order.id()).isEqualTo(5931844223081L);
        assertThat(order.adminGraphqlApiId()).isEqualTo("gid://shopify/Order/5931844223081");
        assertThat(order.name()).isEqualTo("#1042");
        assertThat(order.orderNumber()).isEqualTo(1042L);
        assertThat(order.currency()).isEqualTo("EUR");
        assertThat(order.financialStatus()).isEqualTo(FinancialStatus.PENDING);
        assertThat(order.totalPrice()).isEqualTo(dec("93.30"));
        assertThat(order.subtotalPrice()).isEqualTo(dec("87.40"));
        assertThat(order.totalTax()).isEqualTo(dec("15.55"));
        assertThat(order.totalDiscounts()).isEqualTo(dec("9.70"));
        assertThat(order.totalLineItemsPrice()).isEqualTo(dec("97.10"));
        assertThat(order.totalOutstanding()).isEqualTo(dec("93.30"));
        assertThat(order.totalTipReceived()).isEqualTo(dec("0.00"));
        assertThat(order.totalShippingPriceSet().shopMoney()).isEqualTo(new Money(dec("5.90"), "EUR"));
        assertThat(order.totalPriceSet().presentmentMoney()).isEqualTo(new Money(dec("93.30"), "EUR"));
        assertThat(order.taxesIncluded()).isTrue();
        assertThat(order.taxLines()).singleElement().satisfies(tax -> {
            assertThat(tax.title()).isEqualTo("TVA");
            assertThat(tax.price()).isEqualTo(dec("15.55"));
            assertThat(tax.rate()).isEqualByComparingTo("0.2");
        });
        assertThat(order.discountCodes()).singleElement().satisfies(code -> {
            assertThat(code.code()).isEqualTo("AUTOMNE10");
            assertThat(code.amount()).isEqualTo(dec("9.70"));
            assertThat(code.type()).isEqualTo("percentage");
        });
        assertThat(order.discountApplications().get(0).value()).isEqualByComparingTo("10");
        assertThat(order.noteAttributes().get(0).name()).isEqualTo("gift_wrap");
        assertThat(order.createdAt()).isEqualTo(Instant.parse("2026-11-27T12:41:07Z"));
        assertThat(order.cancelledAt()).isNull();
        assertThat(order.fulfillments()).isEmpty();
        assertThat(order.refunds()).isEmpty();
    }

    @Test
    void ordersCreateLineItemsFieldByField() {
        Order order = (Order) parse("orders/create", "orders-create.json").payload();

        assertThat(order.lineItems()).hasSize(2);
        LineItem teapot = order.lineItems().get(0);
        assertThat(teapot.id()).isEqualTo(14512348807273L);
        assertThat(teapot.adminGraphqlApiId()).isEqualTo("gid://shopify/LineItem/14512348807273");
        assertThat(teapot.productId()).isEqualTo(8834127610217L);
        assertThat(teapot.variantId()).isEqualTo(46710923837289L);
        assertThat(teapot.title()).isEqualTo("Théière en fonte");
        assertThat(teapot.variantTitle()).isEqualTo("Noir");
        assertThat(teapot.sku()).isEqualTo("TEA-POT-CI-BLK");
        assertThat(teapot.quantity()).isEqualTo(2);
        assertThat(teapot.price()).isEqualTo(dec("34.50"));
        assertThat(teapot.priceSet().shopMoney().amount()).isEqualTo(dec("34.50"));
        assertThat(teapot.totalDiscount()).isEqualTo(dec("0.00"));
        assertThat(teapot.grams()).isEqualTo(450);
        assertThat(teapot.requiresShipping()).isTrue();
        assertThat(teapot.properties().get(0).value()).isEqualTo("À toi ☕");
        assertThat(teapot.taxLines().get(0).price()).isEqualTo(dec("11.50"));
        assertThat(teapot.discountAllocations().get(0).amount()).isEqualTo(dec("6.90"));
        assertThat(teapot.discountAllocations().get(0).discountApplicationIndex())
                .isZero();

        BigDecimal lines = order.lineItems().stream()
                .map(item -> item.price().multiply(BigDecimal.valueOf(item.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(lines).isEqualTo(order.totalLineItemsPrice());
        BigDecimal discounts = order.lineItems().stream()
                .flatMap(item -> item.discountAllocations().stream())
                .map(allocation -> allocation.amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(discounts).isEqualTo(order.totalDiscounts());

        assertThat(order.shippingLines()).singleElement().satisfies(line -> {
            assertThat(line.title()).isEqualTo("Colissimo Domicile");
            assertThat(line.price()).isEqualTo(dec("5.90"));
            assertThat(line.discountedPrice()).isEqualTo(dec("5.90"));
            assertThat(line.isRemoved()).isFalse();
        });
    }

    @Test
    void ordersCreateAddressesAndCustomer() {
        Order order = (Order) parse("orders/create", "orders-create.json").payload();

        Address shipping = order.shippingAddress();
        assertThat(shipping.name()).isEqualTo("Inès Moreau");
        assertThat(shipping.address2()).isEqualTo("Bâtiment B");
        assertThat(shipping.countryCode()).isEqualTo("FR");
        assertThat(shipping.latitude()).isEqualByComparingTo("45.7597");
        assertThat(order.billingAddress().zip()).isEqualTo("69003");
        Customer customer = order.customer();
        assertThat(customer.id()).isEqualTo(7718231457897L);
        assertThat(customer.adminGraphqlApiId()).isEqualTo("gid://shopify/Customer/7718231457897");
        assertThat(customer.defaultAddress().isDefault()).isTrue();
        assertThat(customer.defaultAddress().customerId()).isEqualTo(7718231457897L);
    }

    @Test
    void ordersPaidWithFulfillmentAndPresentmentMoney() {
        ShopifyEvent<?> webhook = parse("orders/paid", "orders-paid.json");
        Order order = (Order) webhook.payload();

        assertThat(order.financialStatus()).isEqualTo(FinancialStatus.PAID);
        assertThat(order.fulfillmentStatus()).isEqualTo("partial");
        assertThat(order.totalPrice()).isEqualTo(dec("1264.48"));
        assertThat(order.totalPriceSet().presentmentMoney()).isEqualTo(new Money(dec("1727.29"), "CAD"));
        assertThat(order.totalOutstanding()).isEqualTo(dec("0.00"));
        assertThat(order.lineItems().get(1).productId()).isNull();
        assertThat(order.lineItems().get(1).sku()).isEmpty();
        assertThat(order.lineItems().get(0).taxLines().get(0).rate()).isEqualByComparingTo("0.06");
        assertThat(order.shippingLines().get(0).carrierIdentifier()).isEqualTo("4d7a28a8d4b6f11a");
        Fulfillment fulfillment = order.fulfillments().get(0);
        assertThat(fulfillment.id()).isEqualTo(5102300000001L);
        assertThat(fulfillment.orderId()).isEqualTo(order.id());
        assertThat(fulfillment.status()).isEqualTo("success");
        assertThat(fulfillment.trackingNumbers()).containsExactly("1Z999AA10123456784");
        assertThat(fulfillment.lineItems().get(0).quantity()).isEqualTo(2);
        assertThat(order.paymentGatewayNames()).containsExactly("shopify_payments", "gift_card");
    }

    @Test
    void refundsCreate() {
        Refund refund = (Refund) parse("refunds/create", "refunds-create.json").payload();

        assertThat(refund.orderId()).isEqualTo(5931900000123L);
        assertThat(refund.refundLineItems().get(0).subtotal()).isEqualTo(dec("20.00"));
        assertThat(refund.refundLineItems().get(0).totalTax()).isEqualTo(dec("0.90"));
        assertThat(refund.refundLineItems().get(0).lineItem().title()).isEqualTo("Descaling tablets");
        assertThat(refund.transactions().get(0).amount()).isEqualTo(dec("20.90"));
        assertThat(refund.transactions().get(0).kind()).isEqualTo("refund");
        assertThat(refund.transactions().get(0).parentId()).isEqualTo(7311999999999L);
    }

    @Test
    void productsUpdateWithUnicodeTitlesAndEmoji() {
        Product product =
                (Product) parse("products/update", "products-update.json").payload();

        assertThat(product.title()).isEqualTo("Théière en fonte 「冬」 ☕🍵 — Édition limitée");
        assertThat(product.bodyHtml()).contains("❄️");
        assertThat(product.tags()).endsWith("🎁");
        assertThat(product.status()).isEqualTo(ProductStatus.ACTIVE);
        assertThat(product.adminGraphqlApiId()).isEqualTo("gid://shopify/Product/8834127610217");
        assertThat(product.variants()).hasSize(2);
        Variant black = product.variants().get(0);
        assertThat(black.title()).isEqualTo("Noir ⚫");
        assertThat(black.price()).isEqualTo(dec("34.50"));
        assertThat(black.compareAtPrice()).isEqualTo(dec("39.00"));
        assertThat(black.inventoryItemId()).isEqualTo(48812000000001L);
        assertThat(black.inventoryQuantity()).isEqualTo(17);
        Variant red = product.variants().get(1);
        assertThat(red.option1()).isEqualTo("Rouge cerise 🍒");
        assertThat(red.compareAtPrice()).isNull();
        assertThat(red.inventoryQuantity()).isEqualTo(-2);
        assertThat(product.options().get(0).values()).containsExactly("Noir ⚫", "Rouge cerise 🍒");
        assertThat(product.images().get(0).variantIds()).containsExactly(46710923837289L);
        assertThat(product.image().width()).isEqualTo(2048);
        assertThat(product.variantGids().get(0).updatedAt()).isEqualTo(Instant.parse("2026-11-27T13:02:19Z"));
    }

    @Test
    void inventoryLevelsUpdate() {
        InventoryLevel level = (InventoryLevel)
                parse("inventory_levels/update", "inventory_levels-update.json").payload();

        assertThat(level.inventoryItemId()).isEqualTo(48812000000001L);
        assertThat(level.locationId()).isEqualTo(71230000001L);
        assertThat(level.available()).isEqualTo(17);
        assertThat(level.updatedAt()).isEqualTo(Instant.parse("2026-11-27T13:02:19Z"));
    }

    @Test
    void customersCreateWithJapaneseNames() {
        Customer customer =
                (Customer) parse("customers/create", "customers-create.json").payload();

        assertThat(customer.id()).isEqualTo(7718231490665L);
        assertThat(customer.firstName()).isEqualTo("ゾーイ");
        assertThat(customer.lastName()).isEqualTo("中村");
        assertThat(customer.totalSpent()).isEqualTo(dec("0.00"));
        assertThat(customer.addresses()).singleElement().satisfies(a -> assertThat(a.city())
                .isEqualTo("東京都"));
        assertThat(customer.emailMarketingConsent().state()).isEqualTo("subscribed");
        assertThat(customer.smsMarketingConsent()).isNull();
        assertThat(customer.createdAt()).isEqualTo(Instant.parse("2026-11-27T13:10:31Z"));
    }

    @Test
    void appUninstalledCarriesTheShop() {
        Shop shop = (Shop) parse("app/uninstalled", "app-uninstalled.json").payload();

        assertThat(shop.id()).isEqualTo(71234567L);
        assertThat(shop.myshopifyDomain()).isEqualTo("maple-and-moss.myshopify.com");
        assertThat(shop.currency()).isEqualTo("EUR");
        assertThat(shop.enabledPresentmentCurrencies()).containsExactly("EUR", "CHF");
        assertThat(shop.ianaTimezone()).isEqualTo("Europe/Paris");
    }

    private Object parseInline(String topic, String json) {
        WebhookRequest request = ShopifyFixtures.signed(topic, RawBody.ofUtf8(json));
        return provider.parse(request, provider.verify(request)).payload();
    }

    @Test
    void cartsUpdate() {
        Cart cart = (Cart) parseInline("carts/update", """
                {"id": "Z2NwLWV1cm9wZS13ZXN0MTowMUpD", "token": "Z2NwLWV1cm9wZS13ZXN0MTowMUpD", "note": "🎂",
                 "updated_at": "2026-11-27T13:00:00+01:00", "created_at": "2026-11-27T12:58:00+01:00",
                 "line_items": [{"id": 46710923837289, "key": "46710923837289:9f1c", "properties": {"gift": "oui"},
                   "quantity": 3, "variant_id": 46710923837289, "product_id": 8834127610217, "title": "Théière",
                   "price": "34.50", "line_price": "103.50", "original_price": "34.50",
                   "original_line_price": "103.50", "discounted_price": "34.50", "total_discount": "0.00",
                   "grams": 450, "taxable": true, "gift_card": false, "sku": "TEA-POT-CI-BLK", "vendor": "Maple & Moss"}]}
                """);

        assertThat(cart.id()).isEqualTo("Z2NwLWV1cm9wZS13ZXN0MTowMUpD");
        assertThat(cart.note()).isEqualTo("🎂");
        assertThat(cart.lineItems().get(0).linePrice()).isEqualTo(dec("103.50"));
        assertThat(cart.lineItems().get(0).properties().path("gift").asString()).isEqualTo("oui");
    }

    @Test
    void checkoutsCreate() {
        Checkout checkout = (Checkout) parseInline("checkouts/create", """
                {"id": 37120385171561, "token": "c1e3b9f0", "cart_token": "Z2Nw", "email": "ines.moreau@example.org",
                 "currency": "EUR", "presentment_currency": "EUR", "subtotal_price": "87.40",
                 "total_price": "93.30", "total_tax": "15.55", "total_discounts": "9.70",
                 "total_line_items_price": "97.10", "completed_at": null,
                 "abandoned_checkout_url": "https://maple-and-moss.myshopify.com/71234567/checkouts/c1e3b9f0/recover",
                 "line_items": [{"key": "a1b2", "product_id": 8834127610217, "variant_id": 46710923837289,
                   "title": "Théière en fonte", "quantity": 2, "price": "34.50", "line_price": "69.00",
                   "requires_shipping": true}],
                 "shipping_address": {"city": "Lyon", "country_code": "FR"}}
                """);

        assertThat(checkout.totalPrice()).isEqualTo(dec("93.30"));
        assertThat(checkout.completedAt()).isNull();
        assertThat(checkout.lineItems().get(0).linePrice()).isEqualTo(dec("69.00"));
        assertThat(checkout.shippingAddress().city()).isEqualTo("Lyon");
    }

    @Test
    void collectionsAndInventoryItemsAndFulfillments() {
        Collection collection = (Collection) parseInline("collections/update", """
                {"id": 482865238, "admin_graphql_api_id": "gid://shopify/Collection/482865238",
                 "handle": "the-matcha-edit", "title": "L'édition matcha 🍵", "sort_order": "best-selling",
                 "published_scope": "web", "updated_at": "2026-11-27T13:00:00+01:00",
                 "image": {"src": "https://cdn.shopify.com/s/files/matcha.jpg", "alt": null, "width": 800,
                   "height": 600, "created_at": "2026-01-02T10:00:00+01:00"}}
                """);
        assertThat(collection.title()).isEqualTo("L'édition matcha 🍵");
        assertThat(collection.image().width()).isEqualTo(800);

        InventoryItem item = (InventoryItem) parseInline("inventory_items/update", """
                {"id": 48812000000001, "sku": "TEA-POT-CI-BLK", "cost": "12.75", "tracked": true,
                 "requires_shipping": true, "country_code_of_origin": "JP", "harmonized_system_code": "732393",
                 "admin_graphql_api_id": "gid://shopify/InventoryItem/48812000000001"}
                """);
        assertThat(item.cost()).isEqualTo(dec("12.75"));
        assertThat(item.countryCodeOfOrigin()).isEqualTo("JP");

        Fulfillment fulfillment = (Fulfillment) parseInline("fulfillments/update", """
                {"id": 5102300000001, "order_id": 5931900000123, "status": "success", "shipment_status": "delivered",
                 "tracking_company": "UPS", "tracking_number": "1Z999AA10123456784",
                 "destination": {"city": "Oakland", "country_code": "US"}, "line_items": []}
                """);
        assertThat(fulfillment.shipmentStatus()).isEqualTo("delivered");
        assertThat(fulfillment.destination().city()).isEqualTo("Oakland");

        DeletedResource deleted = (DeletedResource) parseInline("products/delete", "{\"id\": 8834127610217}");
        assertThat(deleted.id()).isEqualTo(8834127610217L);
    }

    @Test
    void unknownEnumValuesReadAsUnknown() {
        Order order = (Order) parseInline("orders/updated", "{\"financial_status\": \"teleported\"}");
        Product product = (Product) parseInline("products/update", "{\"status\": \"hibernating\"}");

        assertThat(order.financialStatus()).isEqualTo(FinancialStatus.UNKNOWN);
        assertThat(product.status()).isEqualTo(ProductStatus.UNKNOWN);
    }

    @Test
    void complianceTopics() {
        CustomersDataRequest dataRequest = (CustomersDataRequest)
                parse("customers/data_request", "customers-data_request.json").payload();
        assertThat(dataRequest.shopId()).isEqualTo(71234567L);
        assertThat(dataRequest.customer().email()).isEqualTo("ines.moreau@example.org");
        assertThat(dataRequest.ordersRequested()).containsExactly(5931844223081L, 5931900000123L);
        assertThat(dataRequest.dataRequest().id()).isEqualTo(9981L);

        CustomersRedact redact = (CustomersRedact)
                parse("customers/redact", "customers-redact.json").payload();
        assertThat(redact.customer().id()).isEqualTo(7718231457897L);
        assertThat(redact.customer().phone()).isNull();
        assertThat(redact.ordersToRedact()).containsExactly(5931844223081L);

        ShopRedact shopRedact =
                (ShopRedact) parse("shop/redact", "shop-redact.json").payload();
        assertThat(shopRedact.shopDomain()).isEqualTo("maple-and-moss.myshopify.com");
    }

    @Test
    void unmodelledTopicKeepsTheRawJsonAndCanBeBoundOnDemand() {
        ShopifyEvent<?> webhook = parse("audit_events/admin_api_activity", "orders-create.json");

        assertThat(webhook.payload()).isInstanceOf(JsonNode.class);
        assertThat(webhook.payloadAs(Order.class).totalPrice()).isEqualTo(dec("93.30"));
    }

    @Test
    void readsSubTopicAndNameWhenSent() {
        WebhookRequest request = ShopifySigner.create(ShopifyFixtures.SECRET)
                .sign(ShopifyFixtures.unsigned("metaobjects/create", RawBody.ofUtf8("{\"id\": 7}"))
                        .header("X-Shopify-Sub-Topic", "lookbook")
                        .header("X-Shopify-Name", "lookbook-sync")
                        .build());

        ShopifyEvent<?> webhook = provider.parse(request, provider.verify(request));

        assertThat(webhook.subTopic()).isEqualTo("lookbook");
        assertThat(webhook.name()).isEqualTo("lookbook-sync");
    }

    @Test
    void eventDeliveriesAreReadFromTheUnprefixedHeadersAndKeyedByEventId() {
        RawBody body = ShopifyFixtures.fixture("orders-create.json");
        WebhookRequest request = ShopifySigner.create(ShopifyFixtures.SECRET)
                .sign(WebhookRequest.builder()
                        .header("shopify-topic", "orders/create")
                        .header("shopify-shop-domain", ShopifyFixtures.SHOP)
                        .header("shopify-api-version", "2026-07")
                        .header("shopify-event-id", "0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b")
                        .header("shopify-triggered-at", "2026-11-27T11:59:59Z")
                        .body(body)
                        .build());

        ShopifyEvent<?> webhook = provider.parse(request, provider.verify(request));

        assertThat(webhook.topic()).isEqualTo("orders/create");
        assertThat(webhook.shopDomain()).isEqualTo(ShopifyFixtures.SHOP);
        assertThat(webhook.webhookId()).isNull();
        assertThat(webhook.deliveryId()).isEqualTo("0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b");
        assertThat(webhook.triggeredAt()).isEqualTo(Instant.parse("2026-11-27T11:59:59Z"));
        assertThat(((Order) webhook.payload()).totalPrice()).isEqualTo(dec("93.30"));
    }

    @Test
    void unreadableTriggeredAtIsNullNotAnError() {
        WebhookRequest request = ShopifySigner.create(ShopifyFixtures.SECRET)
                .sign(ShopifyFixtures.unsigned("shop/redact", ShopifyFixtures.fixture("shop-redact.json"))
                        .setHeader("X-Shopify-Triggered-At", "last tuesday")
                        .build());

        assertThat(provider.parse(request, provider.verify(request)).triggeredAt())
                .isNull();
    }

    @Test
    void graphQlStyleTopicIsNormalised() {
        WebhookRequest request = signedFixture("ORDERS_CREATE", "orders-create.json");
        ShopifyEvent<?> webhook = provider.parse(request, provider.verify(request));

        assertThat(webhook.topic()).isEqualTo("orders/create");
        assertThat(webhook.payload()).isInstanceOf(Order.class);
    }
}
