package io.webhooks4j.shopify;

import static io.webhooks4j.shopify.ShopifyFixtures.signedFixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.EventType;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.shopify.event.AppPurchaseOneTimeChange;
import io.webhooks4j.shopify.event.AppScopesUpdate;
import io.webhooks4j.shopify.event.AppSubscription;
import io.webhooks4j.shopify.event.AppSubscriptionChange;
import io.webhooks4j.shopify.event.BulkOperation;
import io.webhooks4j.shopify.event.Checkout;
import io.webhooks4j.shopify.event.Company;
import io.webhooks4j.shopify.event.CompanyContact;
import io.webhooks4j.shopify.event.CompanyContactRoleChange;
import io.webhooks4j.shopify.event.CompanyLocation;
import io.webhooks4j.shopify.event.CustomerAccountSettings;
import io.webhooks4j.shopify.event.CustomerEmailMarketingConsentUpdate;
import io.webhooks4j.shopify.event.CustomerGroup;
import io.webhooks4j.shopify.event.CustomerMerge;
import io.webhooks4j.shopify.event.CustomerMergeStatus;
import io.webhooks4j.shopify.event.CustomerPaymentMethod;
import io.webhooks4j.shopify.event.CustomerPurchasingSummary;
import io.webhooks4j.shopify.event.CustomerSegmentMembership;
import io.webhooks4j.shopify.event.CustomerSmsMarketingConsentUpdate;
import io.webhooks4j.shopify.event.CustomerTagsChange;
import io.webhooks4j.shopify.event.DeletedResource;
import io.webhooks4j.shopify.event.DeliveryProfile;
import io.webhooks4j.shopify.event.DeliveryPromiseSettings;
import io.webhooks4j.shopify.event.Discount;
import io.webhooks4j.shopify.event.DiscountRedeemCodeChange;
import io.webhooks4j.shopify.event.Dispute;
import io.webhooks4j.shopify.event.Domain;
import io.webhooks4j.shopify.event.DraftOrder;
import io.webhooks4j.shopify.event.DraftOrderLineItem;
import io.webhooks4j.shopify.event.DraftOrderStatus;
import io.webhooks4j.shopify.event.FulfillmentEvent;
import io.webhooks4j.shopify.event.FulfillmentHold;
import io.webhooks4j.shopify.event.FulfillmentHoldChange;
import io.webhooks4j.shopify.event.FulfillmentOrderChange;
import io.webhooks4j.shopify.event.FulfillmentOrderMoved;
import io.webhooks4j.shopify.event.FulfillmentOrderRequestStatus;
import io.webhooks4j.shopify.event.FulfillmentOrderStatus;
import io.webhooks4j.shopify.event.GlobalId;
import io.webhooks4j.shopify.event.InventoryLineItemChange;
import io.webhooks4j.shopify.event.InventoryShipment;
import io.webhooks4j.shopify.event.InventoryShipmentStatus;
import io.webhooks4j.shopify.event.InventoryTransfer;
import io.webhooks4j.shopify.event.InventoryTransferStatus;
import io.webhooks4j.shopify.event.Location;
import io.webhooks4j.shopify.event.Market;
import io.webhooks4j.shopify.event.MarketRegion;
import io.webhooks4j.shopify.event.MetafieldDefinition;
import io.webhooks4j.shopify.event.MetafieldDefinitionDeletion;
import io.webhooks4j.shopify.event.Metaobject;
import io.webhooks4j.shopify.event.Money;
import io.webhooks4j.shopify.event.OrderEditChange;
import io.webhooks4j.shopify.event.OrderRiskAssessmentChange;
import io.webhooks4j.shopify.event.PaymentTerms;
import io.webhooks4j.shopify.event.PaymentTermsType;
import io.webhooks4j.shopify.event.ResourceId;
import io.webhooks4j.shopify.event.ResourcePublication;
import io.webhooks4j.shopify.event.Return;
import io.webhooks4j.shopify.event.ReturnStatus;
import io.webhooks4j.shopify.event.ReverseDelivery;
import io.webhooks4j.shopify.event.ReverseDispositionType;
import io.webhooks4j.shopify.event.ReverseFulfillmentOrderDisposal;
import io.webhooks4j.shopify.event.RiskLevel;
import io.webhooks4j.shopify.event.Segment;
import io.webhooks4j.shopify.event.SellingPlanGroup;
import io.webhooks4j.shopify.event.ShopLocale;
import io.webhooks4j.shopify.event.ShopifyProtectEligibilityChange;
import io.webhooks4j.shopify.event.ShopifyProtectEligibilityStatus;
import io.webhooks4j.shopify.event.ShopifyProtectStatus;
import io.webhooks4j.shopify.event.SubscriptionBillingAttempt;
import io.webhooks4j.shopify.event.SubscriptionBillingCycle;
import io.webhooks4j.shopify.event.SubscriptionContract;
import io.webhooks4j.shopify.event.SubscriptionContractStatus;
import io.webhooks4j.shopify.event.TaxService;
import io.webhooks4j.shopify.event.TenderTransaction;
import io.webhooks4j.shopify.event.Theme;
import io.webhooks4j.shopify.event.ThemeRole;
import io.webhooks4j.shopify.event.Transaction;
import io.webhooks4j.shopify.event.Variant;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue #21: the sample payloads of Shopify's webhook reference, kept verbatim under
 * {@code src/test/resources/io/webhooks4j/shopify/documented} (sources in the README.md there), each signed and
 * parsed through the real provider into its typed record.
 */
class ShopifyDocumentedPayloadsTest {
    /** Every documented fixture by the topic it is the sample of; {@link ShopifyOnePassTest} runs them too. */
    static final Map<String, String> FIXTURES = new LinkedHashMap<>();

    static {
        for (String topic : new String[] {
            "draft_orders/create",
            "fulfillment_orders/cancellation_request_submitted",
            "fulfillment_orders/cancellation_request_rejected",
            "fulfillment_orders/fulfillment_request_submitted",
            "fulfillment_orders/line_items_prepared_for_pickup",
            "fulfillment_orders/moved",
            "fulfillment_orders/placed_on_hold",
            "fulfillment_orders/rescheduled",
            "fulfillment_orders/split",
            "fulfillment_holds/added",
            "fulfillment_events/create",
            "locations/create",
            "themes/publish",
            "returns/approve",
            "returns/close",
            "returns/decline",
            "order_transactions/create",
            "tender_transactions/create",
            "customer_groups/create",
            "segments/update",
            "customer.joined_segment",
            "customer.tags_added",
            "checkouts/delete",
            "companies/create",
            "company_contacts/create",
            "company_locations/create",
            "company_contact_roles/assign",
            "markets/create",
            "markets_backup_region/update",
            "discounts/create",
            "discounts/delete",
            "discounts/redeemcode_added",
            "selling_plan_groups/create",
            "subscription_contracts/pause",
            "subscription_billing_cycles/skip",
            "subscription_billing_attempts/success",
            "metaobjects/create",
            "metaobjects/delete",
            "domains/create",
            "locales/create",
            "app_subscriptions/update",
            "app_subscriptions/approaching_capped_amount",
            "app_purchases_one_time/update",
            "bulk_operations/finish",
            "variants/out_of_stock",
            "payment_terms/create",
            "payment_schedules/due",
            "tax_services/create",
            "disputes/create",
            "profiles/create",
            "customer_payment_methods/create",
            "app/scopes_update",
            "customers_email_marketing_consent/update",
            "customers_marketing_consent/update",
            "inventory_shipments/create",
            "inventory_shipments/add_items",
            "inventory_shipments/remove_items",
            "inventory_shipments/update_item_quantities",
            "inventory_shipments/mark_in_transit",
            "inventory_shipments/receive_items",
            "inventory_shipments/update_tracking",
            "inventory_shipments/delete",
            "inventory_transfers/ready_to_ship",
            "inventory_transfers/add_items",
            "inventory_transfers/remove_items",
            "inventory_transfers/update_item_quantities",
            "inventory_transfers/cancel",
            "inventory_transfers/complete",
            "collection_publications/create",
            "collection_publications/update",
            "collection_publications/delete",
            "product_publications/create",
            "product_publications/update",
            "product_publications/delete",
            "channels/delete",
            "customers/merge",
            "customers/purchasing_summary",
            "customer_account_settings/update",
            "delivery_promise_settings/update",
            "orders/edited",
            "orders/risk_assessment_changed",
            "orders/shopify_protect_eligibility_changed",
            "metafield_definitions/create",
            "metafield_definitions/update",
            "metafield_definitions/delete",
            "reverse_deliveries/attach_deliverable",
            "reverse_fulfillment_orders/dispose"
        }) {
            FIXTURES.put(topic, "documented/" + topic.replaceFirst("/", "-") + ".json");
        }
    }

    private final ShopifyProvider provider = ShopifyFixtures.provider();

    /** The payload of {@code topic}'s documented sample, checked to be of the catalogue's record for it. */
    private <T> T parse(EventType<ShopifyEvent<T>> type) {
        String topic = type.name();
        WebhookRequest request = signedFixture(topic, FIXTURES.get(topic));
        ShopifyEvent<?> event = provider.parse(request, provider.verify(request));
        assertThat(event.topic()).isEqualTo(topic);
        assertThat(event.payload()).as(topic).isInstanceOf(type.payloadType());
        @SuppressWarnings("unchecked")
        T payload = (T) event.payload();
        return payload;
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    private static Instant at(String value) {
        return Instant.parse(value);
    }

    @Test
    void everyDocumentedFixtureIsTyped() {
        for (String topic : FIXTURES.keySet()) {
            EventType<?> type = ShopifyEvents.find(topic).orElseThrow();
            assertThat(type.payloadType()).as(topic).isNotEqualTo(tools.jackson.databind.JsonNode.class);
        }
    }

    @Test
    void draftOrdersCreate() {
        DraftOrder draft = parse(ShopifyEvents.DRAFT_ORDERS_CREATE);

        assertThat(draft.id()).isEqualTo(890612572568261625L);
        assertThat(draft.adminGraphqlApiId()).isEqualTo("gid://shopify/DraftOrder/890612572568261625");
        assertThat(draft.name()).isEqualTo("#D133");
        assertThat(draft.status()).isEqualTo(DraftOrderStatus.OPEN);
        assertThat(draft.allowDiscountCodesInCheckout()).isFalse();
        assertThat(draft.b2b()).isFalse();
        assertThat(draft.createdAt()).isEqualTo(at("2022-01-01T00:00:00Z"));
        assertThat(draft.invoiceSentAt()).isNull();
        assertThat(draft.orderId()).isNull();
        assertThat(draft.totalPrice()).isEqualTo(dec("436.00"));
        assertThat(draft.subtotalPrice()).isEqualTo(dec("497.00"));
        assertThat(draft.totalTax()).isEqualTo(dec("469.00"));
        assertThat(draft.invoiceUrl()).endsWith("/invoices/abcd1234abcd1234abcd1234abcd1234");
        assertThat(draft.lineItems()).hasSize(3);
        DraftOrderLineItem red = draft.lineItems().get(0);
        assertThat(red.id()).isEqualTo(4572525L);
        assertThat(red.variantId()).isEqualTo(49148385L);
        assertThat(red.sku()).isEqualTo("IPOD2008RED");
        assertThat(red.quantity()).isEqualTo(8);
        assertThat(red.price()).isEqualTo(dec("199.00"));
        assertThat(red.custom()).isFalse();
        assertThat(red.appliedDiscount()).isNull();
        assertThat(draft.lineItems()).extracting(DraftOrderLineItem::quantity).containsExactly(8, 8, 2);
        assertThat(draft.appliedDiscount().value()).isEqualTo(dec("2.0"));
        assertThat(draft.appliedDiscount().amount()).isEqualTo(dec("8.00"));
        assertThat(draft.appliedDiscount().valueType()).isEqualTo("percentage");
        assertThat(draft.shippingLine().custom()).isTrue();
        assertThat(draft.shippingLine().price()).isEqualTo(dec("3.00"));
        assertThat(draft.taxLines())
                .extracting(tax -> tax.price())
                .containsExactly(dec("3.00"), dec("3.00"), dec("4.00"));
        assertThat(draft.taxLines().get(0).rate()).isEqualByComparingTo("0.03144408811829065");
        assertThat(draft.shippingAddress().zip()).isEqualTo("40150");
        assertThat(draft.billingAddress().name()).isEqualTo("Bob Biller");
        assertThat(draft.customer().id()).isEqualTo(706405506930370084L);
        assertThat(draft.customer().defaultAddress().isDefault()).isTrue();
        assertThat(draft.paymentTerms().paymentTermsType()).isEqualTo(PaymentTermsType.NET);
        assertThat(draft.paymentTerms().dueInDays()).isEqualTo(7);
        assertThat(draft.paymentTerms().paymentSchedules()).singleElement().satisfies(schedule -> {
            assertThat(schedule.id()).isEqualTo(606405506930370084L);
            assertThat(schedule.amount()).isEqualTo(dec("436.00"));
            assertThat(schedule.dueAt()).isEqualTo(at("2021-01-02T05:00:00Z"));
        });
    }

    @Test
    void fulfillmentOrdersRequestsAndCancellations() {
        FulfillmentOrderChange cancelling = parse(ShopifyEvents.FULFILLMENT_ORDERS_CANCELLATION_REQUEST_SUBMITTED);
        assertThat(cancelling.fulfillmentOrder().id()).isEqualTo("gid://shopify/FulfillmentOrder/1");
        assertThat(cancelling.fulfillmentOrder().status()).isEqualTo(FulfillmentOrderStatus.IN_PROGRESS);
        // the sample spells it "cancellation_request"
        assertThat(cancelling.fulfillmentOrder().requestStatus())
                .isEqualTo(FulfillmentOrderRequestStatus.CANCELLATION_REQUESTED);
        assertThat(cancelling.fulfillmentOrderMerchantRequest().id())
                .isEqualTo("gid://shopify/FulfillmentOrderMerchantRequest/1");
        assertThat(cancelling.fulfillmentOrderMerchantRequest().message()).isEqualTo("Customer cancelled their order");
        assertThat(cancelling.message()).isNull();

        FulfillmentOrderChange rejected = parse(ShopifyEvents.FULFILLMENT_ORDERS_CANCELLATION_REQUEST_REJECTED);
        assertThat(rejected.fulfillmentOrder().requestStatus())
                .isEqualTo(FulfillmentOrderRequestStatus.CANCELLATION_REJECTED);
        assertThat(rejected.message()).isEqualTo("Order has already been shipped.");

        FulfillmentOrderChange submitted = parse(ShopifyEvents.FULFILLMENT_ORDERS_FULFILLMENT_REQUEST_SUBMITTED);
        assertThat(submitted.fulfillmentOrder()).isNull();
        assertThat(submitted.originalFulfillmentOrder().requestStatus())
                .isEqualTo(FulfillmentOrderRequestStatus.UNSUBMITTED);
        assertThat(submitted.submittedFulfillmentOrder().status()).isEqualTo(FulfillmentOrderStatus.OPEN);
        assertThat(submitted.fulfillmentOrderMerchantRequest().message()).isEqualTo("Fragile");
    }

    @Test
    void fulfillmentOrdersHoldsSplitsMovesAndSchedules() {
        FulfillmentOrderChange held = parse(ShopifyEvents.FULFILLMENT_ORDERS_PLACED_ON_HOLD);
        assertThat(held.fulfillmentOrder().status()).isEqualTo(FulfillmentOrderStatus.ON_HOLD);
        assertThat(held.fulfillmentOrder().fulfillmentHolds())
                .extracting(FulfillmentHold::reason)
                .containsExactly("other", "inventory_out_of_stock");
        assertThat(held.fulfillmentOrder().fulfillmentHolds().get(1).handle()).isEqualTo("example-hold-2");
        assertThat(held.remainingFulfillmentOrder().id()).isEqualTo("gid://shopify/FulfillmentOrder/2");
        assertThat(held.heldFulfillmentOrderLineItems()).singleElement().satisfies(line -> {
            assertThat(line.id()).isEqualTo("gid://shopify/FulfillmentOrderLineItem/3");
            assertThat(line.quantity()).isEqualTo(4);
        });
        assertThat(held.createdFulfillmentHold().heldByApp().id()).isEqualTo("gid://shopify/App/12345");
        assertThat(held.createdFulfillmentHold().heldByRequestingApp()).isFalse();

        FulfillmentOrderChange split = parse(ShopifyEvents.FULFILLMENT_ORDERS_SPLIT);
        assertThat(split.splitLineItems()).singleElement().satisfies(line -> assertThat(line.quantity())
                .isEqualTo(1));
        assertThat(split.replacementFulfillmentOrder().id()).isEqualTo("gid://shopify/FulfillmentOrder/3");
        assertThat(split.remainingFulfillmentOrder().id()).isEqualTo("gid://shopify/FulfillmentOrder/2");

        FulfillmentOrderMoved moved = parse(ShopifyEvents.FULFILLMENT_ORDERS_MOVED);
        assertThat(moved.originalFulfillmentOrder().status()).isEqualTo(FulfillmentOrderStatus.CLOSED);
        assertThat(moved.originalFulfillmentOrder().assignedLocationId()).isEqualTo("gid://shopify/Location/0");
        assertThat(moved.movedFulfillmentOrder().id()).isEqualTo("gid://shopify/FulfillmentOrder/2");
        assertThat(moved.movedFulfillmentOrder().assignedLocationId()).isEqualTo("gid://shopify/Location/1");
        assertThat(moved.destinationLocationId()).isEqualTo("gid://shopify/Location/1");
        assertThat(moved.fulfillmentOrderLineItemsRequested()).singleElement().satisfies(line -> assertThat(line.id())
                .isEqualTo("gid://shopify/FulfillmentOrderLineItem/1"));
        assertThat(moved.sourceLocation().id()).isEqualTo("gid://shopify/Location/0");

        FulfillmentOrderChange rescheduled = parse(ShopifyEvents.FULFILLMENT_ORDERS_RESCHEDULED);
        assertThat(rescheduled.fulfillmentOrder().status()).isEqualTo(FulfillmentOrderStatus.SCHEDULED);
        assertThat(rescheduled.fulfillmentOrder().fulfillAt()).isEqualTo(at("2022-01-01T00:00:00Z"));

        FulfillmentOrderChange pickup = parse(ShopifyEvents.FULFILLMENT_ORDERS_LINE_ITEMS_PREPARED_FOR_PICKUP);
        assertThat(pickup.fulfillmentOrder().preparable()).isTrue();
        assertThat(pickup.fulfillmentOrder().deliveryMethod().methodType()).isEqualTo("pickup");

        FulfillmentHoldChange hold = parse(ShopifyEvents.FULFILLMENT_HOLDS_ADDED);
        assertThat(hold.fulfillmentOrder().id()).isEqualTo("gid://shopify/FulfillmentOrder/1");
        assertThat(hold.fulfillmentOrder().status()).isNull();
        assertThat(hold.fulfillmentHold().handle()).isEqualTo("test_handle");
        assertThat(hold.fulfillmentHold().reasonNotes()).startsWith("Waiting for some more details");
    }

    @Test
    void fulfillmentEventsCreate() {
        FulfillmentEvent event = parse(ShopifyEvents.FULFILLMENT_EVENTS_CREATE);

        assertThat(event.id()).isEqualTo(1234567L);
        assertThat(event.fulfillmentId()).isEqualTo(123456L);
        assertThat(event.orderId()).isEqualTo(820982911946154508L);
        assertThat(event.shopId()).isEqualTo(548380009L);
        assertThat(event.status()).isEqualTo("in_transit");
        assertThat(event.country()).isEqualTo("CA");
        assertThat(event.happenedAt()).isEqualTo(at("2022-01-01T00:00:00Z"));
        assertThat(event.estimatedDeliveryAt()).isNull();
        assertThat(event.adminGraphqlApiId()).isEqualTo("gid://shopify/FulfillmentEvent/1234567");
    }

    @Test
    void locationsAndThemes() {
        Location location = parse(ShopifyEvents.LOCATIONS_CREATE);
        assertThat(location.id()).isEqualTo(866550311766439020L);
        assertThat(location.name()).isEqualTo("Example Shop");
        assertThat(location.address2()).isEqualTo("Next to example");
        assertThat(location.provinceCode()).isEqualTo("ON");
        assertThat(location.countryName()).isEqualTo("Canada");
        assertThat(location.legacy()).isFalse();
        assertThat(location.active()).isTrue();
        assertThat(location.updatedAt()).isEqualTo(at("2022-01-01T00:00:00Z"));

        Theme theme = parse(ShopifyEvents.THEMES_PUBLISH);
        assertThat(theme.id()).isEqualTo(512162865275216980L);
        assertThat(theme.name()).isEqualTo("Comfort");
        assertThat(theme.role()).isEqualTo(ThemeRole.MAIN);
        assertThat(theme.themeStoreId()).isEqualTo(1234L);
        assertThat(theme.previewable()).isTrue();
        assertThat(theme.processing()).isFalse();
        assertThat(theme.adminGraphqlApiId()).isEqualTo("gid://shopify/Theme/512162865275216980");
    }

    @Test
    void returnsApproveCloseAndDecline() {
        Return approved = parse(ShopifyEvents.RETURNS_APPROVE);
        assertThat(approved.id()).isEqualTo(123134564567890L);
        assertThat(approved.status()).isEqualTo(ReturnStatus.OPEN);
        assertThat(approved.order().id()).isEqualTo(4783296544821L);
        assertThat(approved.order().adminGraphqlApiId()).isEqualTo("gid://shopify/Order/4783296544821");
        assertThat(approved.totalReturnLineItems()).isEqualTo(2);
        assertThat(approved.name()).isNull();
        assertThat(approved.returnShippingFees()).singleElement().satisfies(fee -> {
            assertThat(fee.id()).isEqualTo(987654321547866L);
            assertThat(fee.price().shopMoney()).isEqualTo(new Money(dec("10.0"), "XXX"));
        });
        assertThat(approved.exchangeLineItems()).singleElement().satisfies(item -> {
            assertThat(item.id()).isEqualTo(987654321283476L);
            assertThat(item.lineItem()).isNull();
        });
        assertThat(approved.totalExchangeLineItems()).isEqualTo(1);

        Return closed = parse(ShopifyEvents.RETURNS_CLOSE);
        assertThat(closed.status()).isEqualTo(ReturnStatus.CLOSED);
        assertThat(closed.orderId()).isEqualTo(4783296544821L);
        assertThat(closed.order()).isNull();

        Return declined = parse(ShopifyEvents.RETURNS_DECLINE);
        assertThat(declined.status()).isEqualTo(ReturnStatus.DECLINED);
        assertThat(declined.decline().reason()).isEqualTo("return_period_ended");
        assertThat(declined.decline().note()).contains("30-day return window");
    }

    @Test
    void orderAndTenderTransactions() {
        Transaction transaction = parse(ShopifyEvents.ORDER_TRANSACTIONS_CREATE);
        assertThat(transaction.id()).isEqualTo(120560818172775265L);
        assertThat(transaction.orderId()).isEqualTo(820982911946154508L);
        assertThat(transaction.kind()).isEqualTo("authorization");
        assertThat(transaction.status()).isEqualTo("success");
        assertThat(transaction.amount()).isEqualTo(dec("419.95"));
        assertThat(transaction.currency()).isEqualTo("USD");
        assertThat(transaction.authorization()).isEqualTo("1001");
        assertThat(transaction.createdAt()).isEqualTo(at("2022-01-01T00:00:00Z"));
        assertThat(transaction.sourceName()).isEqualTo("web");
        assertThat(transaction.paymentId()).isEqualTo("#9999.1");
        assertThat(transaction.manualPaymentGateway()).isTrue();
        assertThat(transaction.paymentDetails().creditCardNumber()).isEqualTo("•••• •••• •••• 1234");
        assertThat(transaction.paymentDetails().creditCardCompany()).isEqualTo("Visa");
        assertThat(transaction.paymentDetails().paymentMethodName()).isEqualTo("visa");

        TenderTransaction tender = parse(ShopifyEvents.TENDER_TRANSACTIONS_CREATE);
        assertThat(tender.id()).isEqualTo(220982911946154508L);
        assertThat(tender.orderId()).isEqualTo(820982911946154508L);
        assertThat(tender.amount()).isEqualTo(dec("419.95"));
        assertThat(tender.remoteReference()).isEqualTo("1001");
        assertThat(tender.paymentMethod()).isEqualTo("unknown");
        assertThat(tender.paymentDetails()).isNull();
        assertThat(tender.test()).isFalse();
    }

    @Test
    void customerGroupsSegmentsAndTags() {
        CustomerGroup group = parse(ShopifyEvents.CUSTOMER_GROUPS_CREATE);
        assertThat(group.id()).isEqualTo(239443597569284757L);
        assertThat(group.name()).isEqualTo("Bob Customers");
        assertThat(group.query()).isEqualTo("email:bob*");
        assertThat(group.createdAt()).isEqualTo(at("2022-01-01T00:00:00Z"));

        Segment segment = parse(ShopifyEvents.SEGMENTS_UPDATE);
        assertThat(segment.id()).isEqualTo(1L);
        assertThat(segment.query()).isEqualTo("number_of_orders = 1");
        assertThat(segment.creationDate()).isEqualTo(at("2005-05-05T05:00:00Z"));
        assertThat(segment.lastEditDate()).isEqualTo(at("2022-01-01T00:00:00Z"));

        CustomerSegmentMembership joined = parse(ShopifyEvents.CUSTOMER_JOINED_SEGMENT);
        assertThat(joined.shopId()).isEqualTo("gid://shopify/Shop/1");
        assertThat(joined.customerId()).isEqualTo("gid://shopify/Customer/2");
        assertThat(joined.segmentId()).isEqualTo("gid://shopify/Segment/3");

        CustomerTagsChange tags = parse(ShopifyEvents.CUSTOMER_TAGS_ADDED);
        assertThat(tags.customerId()).isEqualTo("gid://shopify/Customer/1");
        assertThat(tags.tags()).containsExactly("tag1", "tag2");
        assertThat(tags.occurredAt()).isEqualTo(at("2005-05-05T05:00:00Z"));
    }

    @Test
    void checkoutsDeleteKeepsIdsAndTotals() {
        Checkout checkout = parse(ShopifyEvents.CHECKOUTS_DELETE);

        assertThat(checkout.id()).isEqualTo(981820079255243537L);
        assertThat(checkout.cartToken()).isEqualTo("eeafa272cebfd4b22385bc4b645e762c");
        assertThat(checkout.presentmentCurrency()).isEqualTo("USD");
        assertThat(checkout.totalPrice()).isEqualTo(dec("398.00"));
        assertThat(checkout.totalTax()).isEqualTo(dec("0.00"));
        assertThat(checkout.lineItems()).isNull();
    }

    @Test
    void companiesContactsLocationsAndRoles() {
        Company company = parse(ShopifyEvents.COMPANIES_CREATE);
        assertThat(company.adminGraphqlApiId()).isEqualTo("gid://shopify/Company/408372092144951419");
        assertThat(company.name()).isEqualTo("Example Company");
        assertThat(company.externalId()).isEqualTo("123456789");
        assertThat(company.mainContactAdminGraphqlApiId()).isEqualTo("gid://shopify/CompanyContact/408372092144951652");
        assertThat(company.customerSince()).isEqualTo(at("2022-01-01T00:00:00Z"));

        CompanyContact contact = parse(ShopifyEvents.COMPANY_CONTACTS_CREATE);
        assertThat(contact.customerAdminGraphqlApiId()).isEqualTo("gid://shopify/Customer/12123842227812391");
        assertThat(contact.title()).isEqualTo("Buyer");
        assertThat(contact.company()).isEqualTo(company);

        CompanyLocation location = parse(ShopifyEvents.COMPANY_LOCATIONS_CREATE);
        assertThat(location.name()).isEqualTo("Montreal");
        assertThat(location.note()).isEqualTo("Head Office Location");
        assertThat(location.taxExemptions()).containsExactly("CA_BC_CONTRACTOR_EXEMPTION", "CA_BC_RESELLER_EXEMPTION");
        assertThat(location.taxSettings().taxRegistrationId()).isEqualTo("1214214141");
        assertThat(location.taxSettings().taxExempt()).isNull();
        assertThat(location.taxRegistration().taxId()).isEqualTo("1214214141");
        assertThat(location.billingAddress().recipient()).isEqualTo("Adam Felix");
        assertThat(location.billingAddress().zoneCode()).isEqualTo("QC");
        assertThat(location.shippingAddress().zip()).isEqualTo("H3A 0G4");
        assertThat(location.shippingAddress().companyAdminGraphqlApiId()).isEqualTo(company.adminGraphqlApiId());
        assertThat(location.company()).isEqualTo(company);

        CompanyContactRoleChange assigned = parse(ShopifyEvents.COMPANY_CONTACT_ROLES_ASSIGN);
        assertThat(assigned.companyContactRole().name()).isEqualTo("Location Admin");
        assertThat(assigned.companyContact()).isEqualTo(contact);
        assertThat(assigned.companyLocation()).isEqualTo(location);
    }

    @Test
    void marketsAndDiscounts() {
        Market market = parse(ShopifyEvents.MARKETS_CREATE);
        assertThat(market.id()).isEqualTo(188558248L);
        assertThat(market.name()).isEqualTo("United States");
        assertThat(market.type()).isEqualTo("region");
        assertThat(market.status()).isEqualTo("active");

        MarketRegion region = parse(ShopifyEvents.MARKETS_BACKUP_REGION_UPDATE);
        assertThat(region.adminGraphqlApiId()).isEqualTo("gid://shopify/MarketRegion/238945671234567891");
        assertThat(region.code()).isEqualTo("US");

        Discount discount = parse(ShopifyEvents.DISCOUNTS_CREATE);
        assertThat(discount.adminGraphqlApiId()).isEqualTo("gid://shopify/DiscountAutomaticNode/1");
        assertThat(discount.title()).isEqualTo("Automatic free shipping");
        assertThat(discount.status()).isEqualTo("ACTIVE");
        assertThat(discount.createdAt()).isEqualTo(at("2016-08-29T17:00:00Z"));
        assertThat(discount.deletedAt()).isNull();

        Discount deleted = parse(ShopifyEvents.DISCOUNTS_DELETE);
        assertThat(deleted.deletedAt()).isEqualTo(at("2018-08-29T17:00:00Z"));
        assertThat(deleted.title()).isNull();

        DiscountRedeemCodeChange code = parse(ShopifyEvents.DISCOUNTS_REDEEMCODE_ADDED);
        assertThat(code.adminGraphqlApiId()).isEqualTo("gid://shopify/DiscountCodeNode/1");
        assertThat(code.redeemCode().id()).isEqualTo("gid://shopify/DiscountRedeemCode/1");
        assertThat(code.redeemCode().code()).isEqualTo("code1");
        assertThat(code.updatedAt()).isEqualTo(at("2018-08-29T17:00:00Z"));
    }

    @Test
    void sellingPlansAndSubscriptions() {
        SellingPlanGroup group = parse(ShopifyEvents.SELLING_PLAN_GROUPS_CREATE);
        assertThat(group.id()).isEqualTo(1039518922L);
        assertThat(group.name()).isEqualTo("Subscribe & Save");
        assertThat(group.merchantCode()).isEqualTo("sub-n-save");
        assertThat(group.adminGraphqlApiApp()).isEqualTo("gid://shopify/App/2525000003");
        assertThat(group.options()).containsExactly("Delivery every");
        assertThat(group.position()).isNull();
        assertThat(group.sellingPlans()).singleElement().satisfies(plan -> {
            assertThat(plan.name()).isEqualTo("Pay every month deliver every month");
            assertThat(plan.options()).containsExactly("month");
            assertThat(plan.billingPolicy().interval()).isEqualTo("month");
            assertThat(plan.billingPolicy().intervalCount()).isEqualTo(1);
            assertThat(plan.billingPolicy().maxCycles()).isNull();
            assertThat(plan.deliveryPolicy().preAnchorBehavior()).isEqualTo("asap");
        });

        SubscriptionContract contract = parse(ShopifyEvents.SUBSCRIPTION_CONTRACTS_PAUSE);
        assertThat(contract.id()).isEqualTo(3334363200L);
        assertThat(contract.status()).isEqualTo(SubscriptionContractStatus.PAUSED);
        assertThat(contract.currencyCode()).isEqualTo("CAD");
        assertThat(contract.customerId()).isEqualTo(1L);
        assertThat(contract.originOrderId()).isEqualTo(1L);
        assertThat(contract.adminGraphqlApiOriginOrderId()).isEqualTo("gid://shopify/Order/1");
        assertThat(contract.revisionId()).isEqualTo("1475081618");
        assertThat(contract.billingPolicy().interval()).isEqualTo("week");
        assertThat(contract.billingPolicy().intervalCount()).isEqualTo(4);
        assertThat(contract.billingPolicy().minCycles()).isEqualTo(1);
        assertThat(contract.billingPolicy().maxCycles()).isEqualTo(2);
        assertThat(contract.deliveryPolicy().intervalCount()).isEqualTo(2);
        assertThat(contract.deliveryPolicy().minCycles()).isNull();

        SubscriptionBillingCycle cycle = parse(ShopifyEvents.SUBSCRIPTION_BILLING_CYCLES_SKIP);
        assertThat(cycle.subscriptionContractId()).isEqualTo(2605256554L);
        assertThat(cycle.cycleIndex()).isEqualTo(1);
        assertThat(cycle.cycleStartAt()).isEqualTo(at("2022-10-01T04:00:00Z"));
        assertThat(cycle.billingAttemptExpectedDate()).isEqualTo(at("2022-11-01T04:00:00Z"));
        assertThat(cycle.skipped()).isTrue();
        assertThat(cycle.edited()).isTrue();

        SubscriptionBillingAttempt attempt = parse(ShopifyEvents.SUBSCRIPTION_BILLING_ATTEMPTS_SUCCESS);
        assertThat(attempt.id()).isNull();
        assertThat(attempt.idempotencyKey()).isEqualTo("9a453d81-d41d-403e-806f-714dee215ff9");
        assertThat(attempt.ready()).isTrue();
        assertThat(attempt.orderId()).isEqualTo(1L);
        assertThat(attempt.subscriptionContractId()).isEqualTo(8426066108L);
        assertThat(attempt.adminGraphqlApiSubscriptionContractId())
                .isEqualTo("gid://shopify/SubscriptionContract/8426066108");
        assertThat(attempt.errorCode()).isNull();
    }

    @Test
    void metaobjects() {
        Metaobject created = parse(ShopifyEvents.METAOBJECTS_CREATE);
        assertThat(created.id()).isEqualTo("gid://shopify/Metaobject/123");
        assertThat(created.type()).isEqualTo("example-type");
        assertThat(created.handle()).isEqualTo("example-metaobject");
        assertThat(created.displayName()).isEqualTo("Example Metaobject");
        assertThat(created.definitionId()).isEqualTo("gid://shopify/MetaobjectDefinition/222");
        assertThat(created.fields().path("example-key").asString()).isEqualTo("example-value");
        assertThat(created.capabilities().publishable().status()).isEqualTo("draft");
        assertThat(created.createdByStaffId()).isEqualTo("gid://shopify/StaffMember/444");
        assertThat(created.createdAt()).isEqualTo(at("1975-10-31T05:55:12Z"));
        assertThat(created.updatedAt()).isEqualTo(at("1985-07-13T05:55:12Z"));

        Metaobject deleted = parse(ShopifyEvents.METAOBJECTS_DELETE);
        assertThat(deleted.id()).isEqualTo(created.id());
        assertThat(deleted.createdByAppId()).isEqualTo("gid://shopify/ApiClient/333");
        assertThat(deleted.fields()).isNull();
    }

    @Test
    void domainsLocalesAndBulkOperations() {
        Domain domain = parse(ShopifyEvents.DOMAINS_CREATE);
        assertThat(domain.id()).isEqualTo(690933842L);
        assertThat(domain.host()).isEqualTo("jsmith.myshopify.com");
        assertThat(domain.sslEnabled()).isTrue();
        assertThat(domain.localization().country()).isNull();
        assertThat(domain.localization().defaultLocale()).isEqualTo("en");
        assertThat(domain.localization().alternateLocales()).isEmpty();

        ShopLocale locale = parse(ShopifyEvents.LOCALES_CREATE);
        assertThat(locale.locale()).isEqualTo("fr-CA");
        assertThat(locale.published()).isTrue();

        BulkOperation operation = parse(ShopifyEvents.BULK_OPERATIONS_FINISH);
        assertThat(operation.adminGraphqlApiId()).isEqualTo("gid://shopify/BulkOperation/147595010");
        assertThat(operation.status()).isEqualTo("completed");
        assertThat(operation.type()).isEqualTo("query");
        assertThat(operation.errorCode()).isNull();
        assertThat(operation.completedAt()).isEqualTo(at("2024-01-01T12:34:56Z"));
        assertThat(operation.createdAt()).isEqualTo(at("2026-07-01T16:17:28Z"));
    }

    @Test
    void appSubscriptionsAndOneTimePurchases() {
        AppSubscription updated = parse(ShopifyEvents.APP_SUBSCRIPTIONS_UPDATE).appSubscription();
        assertThat(updated.adminGraphqlApiId()).isEqualTo("gid://shopify/AppSubscription/1029266977");
        assertThat(updated.status()).isEqualTo("PENDING");
        assertThat(updated.price()).isEqualTo(dec("10.00"));
        assertThat(updated.cappedAmount()).isEqualTo(dec("20.0"));
        assertThat(updated.currency()).isEqualTo("USD");
        assertThat(updated.interval()).isEqualTo("every_30_days");
        assertThat(updated.planHandle()).isEqualTo("plan-123");
        assertThat(updated.adminGraphqlApiShopId()).isEqualTo("gid://shopify/Shop/548380009");

        AppSubscriptionChange approaching = parse(ShopifyEvents.APP_SUBSCRIPTIONS_APPROACHING_CAPPED_AMOUNT);
        assertThat(approaching.appSubscription().balanceUsed()).isEqualByComparingTo("0");
        assertThat(approaching.appSubscription().currencyCode()).isEqualTo("USD");
        assertThat(approaching.appSubscription().price()).isNull();

        AppPurchaseOneTimeChange purchase = parse(ShopifyEvents.APP_PURCHASES_ONE_TIME_UPDATE);
        assertThat(purchase.appPurchaseOneTime().adminGraphqlApiId())
                .isEqualTo("gid://shopify/AppPurchaseOneTime/1017262364");
        assertThat(purchase.appPurchaseOneTime().status()).isEqualTo("PENDING");
        assertThat(purchase.appPurchaseOneTime().createdAt()).isEqualTo(at("2022-01-01T00:00:00Z"));
    }

    @Test
    void variantsPaymentTermsAndSchedules() {
        Variant variant = parse(ShopifyEvents.VARIANTS_OUT_OF_STOCK);
        assertThat(variant.id()).isEqualTo(642667041472713922L);
        assertThat(variant.productId()).isEqualTo(788032119674292922L);
        assertThat(variant.price()).isEqualTo(dec("19.99"));
        assertThat(variant.compareAtPrice()).isEqualTo(dec("24.99"));
        assertThat(variant.inventoryQuantity()).isZero();
        assertThat(variant.inventoryPolicy()).isEqualTo("deny");
        assertThat(variant.updatedAt()).isEqualTo(at("2021-12-31T00:00:00Z"));

        PaymentTerms terms = parse(ShopifyEvents.PAYMENT_TERMS_CREATE);
        assertThat(terms.id()).isEqualTo(706405506930370084L);
        assertThat(terms.paymentTermsName()).isEqualTo("Net 7");
        assertThat(terms.paymentTermsType()).isEqualTo(PaymentTermsType.NET);
        assertThat(terms.dueInDays()).isEqualTo(7);
        assertThat(terms.adminGraphqlApiId()).endsWith("PaymentTerms/706405506930370084");
        assertThat(terms.paymentSchedules()).singleElement().satisfies(schedule -> {
            assertThat(schedule.paymentTermsId()).isEqualTo(terms.id());
            assertThat(schedule.amount()).isEqualTo(dec("0.00"));
        });

        PaymentTerms.PaymentSchedule due = parse(ShopifyEvents.PAYMENT_SCHEDULES_DUE);
        assertThat(due.id()).isEqualTo(606405506930370084L);
        assertThat(due.paymentTermsId()).isEqualTo(706405506930370084L);
        assertThat(due.amount()).isEqualTo(dec("0.00"));
        assertThat(due.currency()).isEqualTo("USD");
        assertThat(due.issuedAt()).isEqualTo(at("2021-01-01T05:00:00Z"));
        assertThat(due.dueAt()).isEqualTo(at("2021-01-02T05:00:00Z"));
        assertThat(due.adminGraphqlApiId()).isEqualTo("gid://shopify/PaymentSchedule/606405506930370084");
        assertThat(due).isEqualTo(terms.paymentSchedules().get(0));
    }

    @Test
    void taxServicesDisputesAndDeliveryProfiles() {
        TaxService service = parse(ShopifyEvents.TAX_SERVICES_CREATE);
        assertThat(service.id()).isEqualTo(1063370L);
        assertThat(service.name()).isEqualTo("Tax Service");
        assertThat(service.url()).isEqualTo("https://taxes.shopify.com");
        assertThat(service.active()).isTrue();

        Dispute dispute = parse(ShopifyEvents.DISPUTES_CREATE);
        assertThat(dispute.id()).isEqualTo(285332461850802063L);
        assertThat(dispute.orderId()).isEqualTo(820982911946154508L);
        assertThat(dispute.type()).isEqualTo("chargeback");
        assertThat(dispute.amount()).isEqualTo(dec("11.50"));
        assertThat(dispute.currency()).isEqualTo("CAD");
        assertThat(dispute.networkReasonCode()).isEqualTo("4837");
        assertThat(dispute.status()).isEqualTo("under_review");
        assertThat(dispute.evidenceDueBy()).isEqualTo(at("2021-12-31T00:00:00Z"));
        assertThat(dispute.finalizedOn()).isNull();

        DeliveryProfile profile = parse(ShopifyEvents.PROFILES_CREATE);
        assertThat(profile.id()).isEqualTo(1L);
        assertThat(profile.adminGraphqlApiId()).isEqualTo("gid://shopify/DeliveryProfile/1");
        assertThat(profile.name()).isEqualTo("Example Delivery Profile");
        assertThat(profile.isDefault()).isFalse();
        assertThat(profile.version()).isEqualTo(1);
    }

    @Test
    void paymentMethodsScopesAndMarketingConsent() {
        CustomerPaymentMethod method = parse(ShopifyEvents.CUSTOMER_PAYMENT_METHODS_CREATE);
        assertThat(method.token()).isEqualTo("0eccccc666aac73efcd31094ddc4ebf0");
        assertThat(method.customerId()).isEqualTo(82850125L);
        assertThat(method.instrumentType()).isEqualTo("CustomerCreditCard");
        assertThat(method.paymentInstrument().lastDigits()).isEqualTo("4242");
        assertThat(method.paymentInstrument().month()).isEqualTo(8);
        assertThat(method.paymentInstrument().year()).isEqualTo(2060);
        assertThat(method.paymentInstrument().brand()).isEqualTo("Visa");
        assertThat(method.resourceType()).isEqualTo("Subscriptions");

        AppScopesUpdate scopes = parse(ShopifyEvents.APP_SCOPES_UPDATE);
        assertThat(scopes.shopId()).isEqualTo("gid://shopify/Shop/548380009");
        assertThat(scopes.previous()).containsExactly("read_products");
        assertThat(scopes.current()).containsExactly("read_products", "write_products");
        assertThat(scopes.updatedAt()).isEqualTo(at("2024-06-25T00:00:00Z"));

        CustomerEmailMarketingConsentUpdate email = parse(ShopifyEvents.CUSTOMERS_EMAIL_MARKETING_CONSENT_UPDATE);
        assertThat(email.customerId()).isEqualTo(706405506930370084L);
        assertThat(email.emailAddress()).isEqualTo("bob@biller.com");
        assertThat(email.emailMarketingConsent().state()).isEqualTo("not_subscribed");
        assertThat(email.emailMarketingConsent().optInLevel()).isNull();

        CustomerSmsMarketingConsentUpdate sms = parse(ShopifyEvents.CUSTOMERS_MARKETING_CONSENT_UPDATE);
        assertThat(sms.id()).isEqualTo(706405506930370084L);
        assertThat(sms.phone()).isNull();
        assertThat(sms.smsMarketingConsent().consentCollectedFrom()).isEqualTo("other");
    }

    private static final String SHIPMENT = "gid://shopify/InventoryShipment/3921201";
    private static final String TRANSFER = "gid://shopify/InventoryTransfer/2921201";
    private static final Instant HAPPENED_AT = at("2023-09-01T12:19:56Z");

    private static InventoryLineItemChange item(String id, Integer quantity) {
        return new InventoryLineItemChange(id, quantity, null, null);
    }

    private static InventoryLineItemChange quantities(String id, int oldQuantity, int newQuantity) {
        return new InventoryLineItemChange(id, null, oldQuantity, newQuantity);
    }

    @Test
    void inventoryShipmentsCreateTrackAndMove() {
        String first = "gid://shopify/InventoryShipmentLineItem/82243";
        String second = "gid://shopify/InventoryShipmentLineItem/57116";

        InventoryShipment created = parse(ShopifyEvents.INVENTORY_SHIPMENTS_CREATE);
        assertThat(created.id()).isEqualTo(SHIPMENT);
        assertThat(created.status()).isEqualTo(InventoryShipmentStatus.DRAFT);
        assertThat(created.happenedAt()).isEqualTo(HAPPENED_AT);
        assertThat(created.tracking().trackingNumber()).isEqualTo("8375692728");
        assertThat(created.tracking().trackingUrl()).isEqualTo("https://exampletracking.shopify.com/track/8375692728");
        assertThat(created.tracking().company()).isEqualTo("Purolator");
        assertThat(created.tracking().arrivesAt()).isEqualTo(at("2023-10-02T07:24:44Z"));
        assertThat(created.lineItems()).containsExactly(item(first, 10), item(second, 7));
        assertThat(created.itemsAdded()).isEmpty();

        InventoryShipment added = parse(ShopifyEvents.INVENTORY_SHIPMENTS_ADD_ITEMS);
        assertThat(added.id()).isEqualTo(SHIPMENT);
        assertThat(added.status()).isNull();
        assertThat(added.itemsAdded()).containsExactly(item(first, 10), item(second, 7));
        assertThat(added.lineItems()).isEmpty();

        InventoryShipment removed = parse(ShopifyEvents.INVENTORY_SHIPMENTS_REMOVE_ITEMS);
        assertThat(removed.itemsRemoved()).containsExactly(item(first, null), item(second, null));

        InventoryShipment updated = parse(ShopifyEvents.INVENTORY_SHIPMENTS_UPDATE_ITEM_QUANTITIES);
        assertThat(updated.itemsUpdated()).containsExactly(quantities(first, 10, 23), quantities(second, 7, 42));

        InventoryShipment inTransit = parse(ShopifyEvents.INVENTORY_SHIPMENTS_MARK_IN_TRANSIT);
        assertThat(inTransit.status()).isEqualTo(InventoryShipmentStatus.IN_TRANSIT);
        assertThat(inTransit.happenedAt()).isEqualTo(HAPPENED_AT);

        InventoryShipment received = parse(ShopifyEvents.INVENTORY_SHIPMENTS_RECEIVE_ITEMS);
        assertThat(received.status()).isEqualTo(InventoryShipmentStatus.PARTIALLY_RECEIVED);
        assertThat(received.itemsReceived())
                .containsExactly(
                        new InventoryShipment.ReceivedItem(first, 5, 2, 11, 3, 6),
                        new InventoryShipment.ReceivedItem(second, 21, 9, 37, 14, 16));

        // update_tracking names the shipment shipment_id and the tracking updated_tracking
        InventoryShipment tracked = parse(ShopifyEvents.INVENTORY_SHIPMENTS_UPDATE_TRACKING);
        assertThat(tracked.id()).isEqualTo(SHIPMENT);
        assertThat(tracked.tracking()).isEqualTo(created.tracking());

        InventoryShipment deleted = parse(ShopifyEvents.INVENTORY_SHIPMENTS_DELETE);
        assertThat(deleted)
                .isEqualTo(new InventoryShipment(SHIPMENT, null, HAPPENED_AT, null, null, null, null, null, null));
    }

    @Test
    void inventoryTransfersFromReadyToShipToCompleteOrCancelled() {
        String first = "gid://shopify/InventoryTransferLineItem/72243";
        String second = "gid://shopify/InventoryTransferLineItem/81958";

        InventoryTransfer ready = parse(ShopifyEvents.INVENTORY_TRANSFERS_READY_TO_SHIP);
        assertThat(ready.id()).isEqualTo(TRANSFER);
        assertThat(ready.happenedAt()).isEqualTo(HAPPENED_AT);
        assertThat(ready.origin()).isEqualTo(new GlobalId("gid://shopify/Location/346779"));
        assertThat(ready.destination()).isEqualTo(new GlobalId("gid://shopify/Location/482156"));
        assertThat(ready.status()).isEqualTo(InventoryTransferStatus.READY_TO_SHIP);
        assertThat(ready.lineItems()).containsExactly(item(first, 10), item(second, 8));

        // the item changes name the line item line_item_id
        InventoryTransfer added = parse(ShopifyEvents.INVENTORY_TRANSFERS_ADD_ITEMS);
        assertThat(added.status()).isNull();
        assertThat(added.itemsAdded()).containsExactly(item(first, 14), item(second, 22));

        InventoryTransfer removed = parse(ShopifyEvents.INVENTORY_TRANSFERS_REMOVE_ITEMS);
        assertThat(removed.itemsRemoved()).containsExactly(item(first, null), item(second, null));

        InventoryTransfer updated = parse(ShopifyEvents.INVENTORY_TRANSFERS_UPDATE_ITEM_QUANTITIES);
        assertThat(updated.status()).isEqualTo(InventoryTransferStatus.IN_PROGRESS);
        assertThat(updated.itemsUpdated()).containsExactly(quantities(first, 10, 23), quantities(second, 8, 15));

        assertThat(parse(ShopifyEvents.INVENTORY_TRANSFERS_CANCEL).status())
                .isEqualTo(InventoryTransferStatus.CANCELED);
        InventoryTransfer complete = parse(ShopifyEvents.INVENTORY_TRANSFERS_COMPLETE);
        assertThat(complete.status()).isEqualTo(InventoryTransferStatus.TRANSFERRED);
        assertThat(complete.lineItems()).isEmpty();
    }

    @Test
    void collectionAndProductPublications() {
        ResourcePublication collection = parse(ShopifyEvents.COLLECTION_PUBLICATIONS_CREATE);
        assertThat(collection.id()).isNull();
        assertThat(collection.publicationId()).isEqualTo(123456L);
        assertThat(collection.publishedAt()).isEqualTo(at("2022-01-01T00:00:00Z"));
        assertThat(collection.published()).isTrue();
        assertThat(collection.createdAt()).isNull();
        assertThat(collection.collectionId()).isEqualTo(408372092144951419L);
        assertThat(collection.productId()).isNull();
        assertThat(parse(ShopifyEvents.COLLECTION_PUBLICATIONS_UPDATE)).isEqualTo(collection);

        ResourcePublication product = parse(ShopifyEvents.PRODUCT_PUBLICATIONS_CREATE);
        assertThat(product.publicationId()).isEqualTo(123456L);
        assertThat(product.productId()).isEqualTo(788032119674292922L);
        assertThat(product.collectionId()).isNull();
        assertThat(parse(ShopifyEvents.PRODUCT_PUBLICATIONS_UPDATE)).isEqualTo(product);

        DeletedResource gone = new DeletedResource(null, null);
        assertThat(parse(ShopifyEvents.COLLECTION_PUBLICATIONS_DELETE)).isEqualTo(gone);
        assertThat(parse(ShopifyEvents.PRODUCT_PUBLICATIONS_DELETE)).isEqualTo(gone);
    }

    @Test
    void channelsDeleteReadsTheStringIdAsANumber() {
        DeletedResource channel = parse(ShopifyEvents.CHANNELS_DELETE);
        assertThat(channel.id()).isEqualTo(123456789L);
        assertThat(channel.adminGraphqlApiId()).isNull();
    }

    @Test
    void customerMergesAndPurchasingSummaries() {
        CustomerMerge merge = parse(ShopifyEvents.CUSTOMERS_MERGE);
        assertThat(merge.adminGraphqlApiCustomerKeptId()).isEqualTo("gid://shopify/Customer/1");
        assertThat(merge.adminGraphqlApiCustomerDeletedId()).isEqualTo("gid://shopify/Customer/2");
        assertThat(merge.adminGraphqlApiJobId()).isNull();
        assertThat(merge.status()).isEqualTo(CustomerMergeStatus.FAILED);
        assertThat(merge.errors()).singleElement().satisfies(error -> {
            assertThat(error.customerIds()).containsExactly(1L);
            assertThat(error.field()).isEqualTo("merge_in_progress");
            assertThat(error.message()).isEqualTo("John Doe is currently being merged.");
        });

        CustomerPurchasingSummary summary = parse(ShopifyEvents.CUSTOMERS_PURCHASING_SUMMARY);
        assertThat(summary.customerId()).isEqualTo("gid://shopify/Customer/1");
        assertThat(summary.numberOfOrders()).isEqualTo(1L);
        // camelCase currencyCode, read into the same Money as the snake_case payloads' currency_code
        assertThat(summary.amountSpent()).isEqualTo(new Money(dec("100.00"), "USD"));
        assertThat(summary.lastOrderId()).isEqualTo("gid://shopify/Order/1");
        assertThat(summary.occurredAt()).isEqualTo(at("2005-05-05T05:00:00Z"));
    }

    @Test
    void customerAccountAndDeliveryPromiseSettings() {
        CustomerAccountSettings accounts = parse(ShopifyEvents.CUSTOMER_ACCOUNT_SETTINGS_UPDATE);
        assertThat(accounts).isEqualTo(new CustomerAccountSettings(null, "classic", true, true));

        DeliveryPromiseSettings promise = parse(ShopifyEvents.DELIVERY_PROMISE_SETTINGS_UPDATE);
        assertThat(promise.shopId()).isEqualTo("gid://shopify/Shop/548380009");
        assertThat(promise.processingTime()).isEqualTo("P2D");
        assertThat(java.time.Duration.parse(promise.processingTime())).hasDays(2);
        assertThat(promise.deliveryDatesEnabled()).isTrue();
    }

    @Test
    void orderEditsRiskAssessmentsAndProtectEligibility() {
        OrderEditChange.OrderEdit edit = parse(ShopifyEvents.ORDERS_EDITED).orderEdit();
        assertThat(edit.id()).isEqualTo(78912328793123782L);
        assertThat(edit.appId()).isNull();
        assertThat(edit.createdAt()).isEqualTo(at("2022-01-01T00:00:00Z"));
        assertThat(edit.committedAt()).isEqualTo(at("2022-01-01T00:00:00Z"));
        assertThat(edit.notifyCustomer()).isFalse();
        assertThat(edit.orderId()).isEqualTo(820982911946154508L);
        assertThat(edit.staffNote()).isEmpty();
        assertThat(edit.userId()).isNull();
        assertThat(edit.lineItems().additions())
                .containsExactly(new OrderEditChange.LineItemDelta(78643924236718232L, 1));
        assertThat(edit.lineItems().removals())
                .containsExactly(new OrderEditChange.LineItemDelta(487817672276298554L, 1));

        OrderRiskAssessmentChange risk = parse(ShopifyEvents.ORDERS_RISK_ASSESSMENT_CHANGED);
        assertThat(risk.riskLevel()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(risk).isEqualTo(new OrderRiskAssessmentChange(null, null, RiskLevel.MEDIUM, null, null, null));

        ShopifyProtectEligibilityChange protect = parse(ShopifyEvents.ORDERS_SHOPIFY_PROTECT_ELIGIBILITY_CHANGED);
        assertThat(protect.orderId()).isEqualTo(1L);
        assertThat(protect.status()).isEqualTo(ShopifyProtectStatus.ACTIVE);
        assertThat(protect.eligibility().status()).isEqualTo(ShopifyProtectEligibilityStatus.ELIGIBLE);
    }

    @Test
    void metafieldDefinitions() {
        MetafieldDefinition created = parse(ShopifyEvents.METAFIELD_DEFINITIONS_CREATE);
        assertThat(created.id()).isNull();
        assertThat(created.shopId()).isEqualTo(548380009L);
        assertThat(created.namespace()).isEqualTo("example-type");
        assertThat(created.key()).isEqualTo("example-key");
        assertThat(created.name()).isEqualTo("Example Field");
        assertThat(created.description()).isNull();
        assertThat(created.ownerType()).isEqualTo("Customer");
        assertThat(created.deleting()).isFalse();
        assertThat(created.typeName()).isEqualTo("single_line_text_field");
        assertThat(created.createdAt()).isNull();
        assertThat(created.validationStatus()).isEqualTo("all_valid");
        assertThat(created.pinnedPosition()).isZero();
        assertThat(created.uniqueValues()).isFalse();
        assertThat(created.adminFilterStatus()).isEqualTo("not_filterable");
        assertThat(created.useAsCollectionCondition()).isFalse();
        assertThat(parse(ShopifyEvents.METAFIELD_DEFINITIONS_UPDATE)).isEqualTo(created);

        MetafieldDefinitionDeletion deleted = parse(ShopifyEvents.METAFIELD_DEFINITIONS_DELETE);
        assertThat(deleted.id()).isEqualTo("gid://shopify/MetafieldDefinition/1");
        assertThat(deleted.type()).isEqualTo("ShopifyMetafields::Types::SingleLineTextFieldType");
        assertThat(deleted.createdByAppId()).isNull();
    }

    @Test
    void reverseDeliveriesAndDispositions() {
        ReverseDelivery delivery = parse(ShopifyEvents.REVERSE_DELIVERIES_ATTACH_DELIVERABLE);
        assertThat(delivery.id()).isEqualTo(9080907654321L);
        assertThat(delivery.adminGraphqlApiId()).isEqualTo("gid://shopify/ReverseDelivery/9080907654321");
        assertThat(delivery.returnRef())
                .isEqualTo(new ResourceId(123134564567890L, "gid://shopify/Return/123134564567890"));
        assertThat(delivery.shippingDeliverable().tracking())
                .isEqualTo(new ReverseDelivery.Tracking("USPS", "123345345", null));
        assertThat(delivery.shippingDeliverable().label()).isEqualTo(new ReverseDelivery.Label(null, null));

        ReverseFulfillmentOrderDisposal disposal = parse(ShopifyEvents.REVERSE_FULFILLMENT_ORDERS_DISPOSE);
        assertThat(disposal.id()).isEqualTo(11111111L);
        assertThat(disposal.adminGraphqlApiId()).isEqualTo("gid://shopify/ReverseFulfillmentOrder/11111111");
        assertThat(disposal.totalDispositions()).isEqualTo(2);
        ResourceId location = new ResourceId(3333333L, "gid://shopify/Location/3333333");
        assertThat(disposal.dispositions())
                .containsExactly(
                        new ReverseFulfillmentOrderDisposal.Disposition(
                                new ResourceId(2222222L, "gid://shopify/ReverseFulfillmentOrderLineItem/2222222"),
                                null,
                                ReverseDispositionType.RESTOCKED,
                                location,
                                1),
                        new ReverseFulfillmentOrderDisposal.Disposition(
                                new ResourceId(2222223L, "gid://shopify/ReverseFulfillmentOrderLineItem/2222223"),
                                null,
                                ReverseDispositionType.RESTOCKED,
                                location,
                                1));
    }
}
