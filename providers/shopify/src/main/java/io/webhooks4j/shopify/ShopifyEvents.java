package io.webhooks4j.shopify;

import io.webhooks4j.EventType;
import io.webhooks4j.shopify.event.AppPurchaseOneTimeChange;
import io.webhooks4j.shopify.event.AppScopesUpdate;
import io.webhooks4j.shopify.event.AppSubscriptionChange;
import io.webhooks4j.shopify.event.BulkOperation;
import io.webhooks4j.shopify.event.Cart;
import io.webhooks4j.shopify.event.Checkout;
import io.webhooks4j.shopify.event.Collection;
import io.webhooks4j.shopify.event.CollectionListingChange;
import io.webhooks4j.shopify.event.Company;
import io.webhooks4j.shopify.event.CompanyContact;
import io.webhooks4j.shopify.event.CompanyContactRoleChange;
import io.webhooks4j.shopify.event.CompanyLocation;
import io.webhooks4j.shopify.event.Customer;
import io.webhooks4j.shopify.event.CustomerAccountSettings;
import io.webhooks4j.shopify.event.CustomerEmailMarketingConsentUpdate;
import io.webhooks4j.shopify.event.CustomerGroup;
import io.webhooks4j.shopify.event.CustomerMerge;
import io.webhooks4j.shopify.event.CustomerPaymentMethod;
import io.webhooks4j.shopify.event.CustomerPurchasingSummary;
import io.webhooks4j.shopify.event.CustomerSegmentMembership;
import io.webhooks4j.shopify.event.CustomerSmsMarketingConsentUpdate;
import io.webhooks4j.shopify.event.CustomerTagsChange;
import io.webhooks4j.shopify.event.CustomerWhatsAppMarketingConsentUpdate;
import io.webhooks4j.shopify.event.CustomersDataRequest;
import io.webhooks4j.shopify.event.CustomersRedact;
import io.webhooks4j.shopify.event.DeletedResource;
import io.webhooks4j.shopify.event.DeliveryProfile;
import io.webhooks4j.shopify.event.DeliveryPromiseSettings;
import io.webhooks4j.shopify.event.Discount;
import io.webhooks4j.shopify.event.DiscountRedeemCodeChange;
import io.webhooks4j.shopify.event.Dispute;
import io.webhooks4j.shopify.event.Domain;
import io.webhooks4j.shopify.event.DraftOrder;
import io.webhooks4j.shopify.event.Fulfillment;
import io.webhooks4j.shopify.event.FulfillmentEvent;
import io.webhooks4j.shopify.event.FulfillmentHoldChange;
import io.webhooks4j.shopify.event.FulfillmentOrderChange;
import io.webhooks4j.shopify.event.FulfillmentOrderMoved;
import io.webhooks4j.shopify.event.FulfillmentOrderProgressReported;
import io.webhooks4j.shopify.event.FulfillmentOrderProgressStopped;
import io.webhooks4j.shopify.event.InventoryItem;
import io.webhooks4j.shopify.event.InventoryLevel;
import io.webhooks4j.shopify.event.InventoryShipment;
import io.webhooks4j.shopify.event.InventoryTransfer;
import io.webhooks4j.shopify.event.Location;
import io.webhooks4j.shopify.event.Market;
import io.webhooks4j.shopify.event.MarketRegion;
import io.webhooks4j.shopify.event.MetafieldDefinition;
import io.webhooks4j.shopify.event.MetafieldDefinitionDeletion;
import io.webhooks4j.shopify.event.Metaobject;
import io.webhooks4j.shopify.event.Order;
import io.webhooks4j.shopify.event.OrderEditChange;
import io.webhooks4j.shopify.event.OrderRiskAssessmentChange;
import io.webhooks4j.shopify.event.PaymentTerms;
import io.webhooks4j.shopify.event.Product;
import io.webhooks4j.shopify.event.ProductListingChange;
import io.webhooks4j.shopify.event.Refund;
import io.webhooks4j.shopify.event.ResourcePublication;
import io.webhooks4j.shopify.event.Return;
import io.webhooks4j.shopify.event.ReverseDelivery;
import io.webhooks4j.shopify.event.ReverseFulfillmentOrderDisposal;
import io.webhooks4j.shopify.event.ScheduledProductListingChange;
import io.webhooks4j.shopify.event.Segment;
import io.webhooks4j.shopify.event.SellingPlanGroup;
import io.webhooks4j.shopify.event.Shop;
import io.webhooks4j.shopify.event.ShopLocale;
import io.webhooks4j.shopify.event.ShopRedact;
import io.webhooks4j.shopify.event.ShopifyProtectEligibilityChange;
import io.webhooks4j.shopify.event.SubscriptionBillingAttempt;
import io.webhooks4j.shopify.event.SubscriptionBillingCycle;
import io.webhooks4j.shopify.event.SubscriptionContract;
import io.webhooks4j.shopify.event.TaxService;
import io.webhooks4j.shopify.event.TenderTransaction;
import io.webhooks4j.shopify.event.Theme;
import io.webhooks4j.shopify.event.Transaction;
import io.webhooks4j.shopify.event.Variant;
import io.webhooks4j.spi.EventCatalogue;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Every webhook topic Shopify documents, each typed with its payload, for type-checked handler registration:
 *
 * <pre>{@code
 * Webhooks.builder()
 *     .provider(ShopifyProvider.create(clientSecret))
 *     .on(ShopifyEvents.ORDERS_CREATE, w -> invoice(w.payload().totalPrice(), w.payload().currency()))
 *     .on(ShopifyEvents.CUSTOMERS_REDACT, w -> erase(w.payload().customer().id()))
 *     .build();
 * }</pre>
 *
 * <p>Topics whose payload is not modelled carry {@link JsonNode} (use {@link ShopifyEvent#payloadAs(Class)} to
 * bind it to your own record). A topic not in this catalogue still reaches {@link #ANY} handlers with a
 * {@link JsonNode} payload and is acknowledged, never rejected. Constant names are Shopify's GraphQL
 * {@code WebhookSubscriptionTopic} names; {@link EventType#name()} is the topic as sent in
 * {@code X-Shopify-Topic}.
 *
 * <p>Sources: the Shopify webhook topics reference (https://shopify.dev/docs/api/webhooks) and the GraphQL Admin
 * {@code WebhookSubscriptionTopic} enum (2025-2026 versions), plus the three mandatory compliance topics.
 *
 * <p>Every constant is defined through one {@link EventCatalogue.Builder} and the catalogue is built in the last
 * static field, so {@link #all()} lists every constant ({@link #ANY} first) and {@link #find(String)} is a map
 * lookup, by topic or by GraphQL name.
 */
public final class ShopifyEvents {
    private static final EventCatalogue.Builder DEFINE = EventCatalogue.builder(ShopifyProvider.ID);

    /** Every Shopify delivery, whatever its topic. */
    public static final EventType<ShopifyEvent<?>> ANY = DEFINE.any();

    /** {@code app/scopes_update}: The app's access scopes on the shop changed. */
    public static final EventType<ShopifyEvent<AppScopesUpdate>> APP_SCOPES_UPDATE =
            DEFINE.type("app/scopes_update", AppScopesUpdate.class);

    /** {@code app/uninstalled}: The shop uninstalled the app; the payload is the shop. */
    public static final EventType<ShopifyEvent<Shop>> APP_UNINSTALLED = DEFINE.type("app/uninstalled", Shop.class);

    /** {@code app_purchases_one_time/update}: A one-time app charge was updated. */
    public static final EventType<ShopifyEvent<AppPurchaseOneTimeChange>> APP_PURCHASES_ONE_TIME_UPDATE =
            DEFINE.type("app_purchases_one_time/update", AppPurchaseOneTimeChange.class);

    /** {@code app_subscriptions/approaching_capped_amount}: An app subscription's usage reached 90% of its capped amount. */
    public static final EventType<ShopifyEvent<AppSubscriptionChange>> APP_SUBSCRIPTIONS_APPROACHING_CAPPED_AMOUNT =
            DEFINE.type("app_subscriptions/approaching_capped_amount", AppSubscriptionChange.class);

    /** {@code app_subscriptions/update}: An app subscription was updated (approved, declined, cancelled, ...). */
    public static final EventType<ShopifyEvent<AppSubscriptionChange>> APP_SUBSCRIPTIONS_UPDATE =
            DEFINE.type("app_subscriptions/update", AppSubscriptionChange.class);

    /** {@code audit_events/admin_api_activity} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> AUDIT_EVENTS_ADMIN_API_ACTIVITY =
            DEFINE.type("audit_events/admin_api_activity", JsonNode.class);

    /** {@code bulk_operations/finish}: A bulk query or mutation finished. */
    public static final EventType<ShopifyEvent<BulkOperation>> BULK_OPERATIONS_FINISH =
            DEFINE.type("bulk_operations/finish", BulkOperation.class);

    /** {@code carts/create}: An online-store cart was created. */
    public static final EventType<ShopifyEvent<Cart>> CARTS_CREATE = DEFINE.type("carts/create", Cart.class);

    /** {@code carts/update}: An online-store cart was updated. */
    public static final EventType<ShopifyEvent<Cart>> CARTS_UPDATE = DEFINE.type("carts/update", Cart.class);

    /** {@code channels/delete}: A sales channel was deleted; its id comes as a JSON string, read as a number. */
    public static final EventType<ShopifyEvent<DeletedResource>> CHANNELS_DELETE =
            DEFINE.type("channels/delete", DeletedResource.class);

    /** {@code checkouts/create}: A checkout was created. */
    public static final EventType<ShopifyEvent<Checkout>> CHECKOUTS_CREATE =
            DEFINE.type("checkouts/create", Checkout.class);

    /** {@code checkouts/delete}: A checkout was deleted; the payload is what is left of it (ids and totals). */
    public static final EventType<ShopifyEvent<Checkout>> CHECKOUTS_DELETE =
            DEFINE.type("checkouts/delete", Checkout.class);

    /** {@code checkouts/update}: A checkout was updated. */
    public static final EventType<ShopifyEvent<Checkout>> CHECKOUTS_UPDATE =
            DEFINE.type("checkouts/update", Checkout.class);

    /** {@code collection_listings/add}. */
    public static final EventType<ShopifyEvent<CollectionListingChange>> COLLECTION_LISTINGS_ADD =
            DEFINE.type("collection_listings/add", CollectionListingChange.class);

    /** {@code collection_listings/remove}. */
    public static final EventType<ShopifyEvent<CollectionListingChange>> COLLECTION_LISTINGS_REMOVE =
            DEFINE.type("collection_listings/remove", CollectionListingChange.class);

    /** {@code collection_listings/update}. */
    public static final EventType<ShopifyEvent<CollectionListingChange>> COLLECTION_LISTINGS_UPDATE =
            DEFINE.type("collection_listings/update", CollectionListingChange.class);

    /** {@code collection_publications/create}: A collection was published to a publication. */
    public static final EventType<ShopifyEvent<ResourcePublication>> COLLECTION_PUBLICATIONS_CREATE =
            DEFINE.type("collection_publications/create", ResourcePublication.class);

    /** {@code collection_publications/delete}: A collection's publication was deleted (only a null id is sent). */
    public static final EventType<ShopifyEvent<DeletedResource>> COLLECTION_PUBLICATIONS_DELETE =
            DEFINE.type("collection_publications/delete", DeletedResource.class);

    /** {@code collection_publications/update}: A collection's publication was updated. */
    public static final EventType<ShopifyEvent<ResourcePublication>> COLLECTION_PUBLICATIONS_UPDATE =
            DEFINE.type("collection_publications/update", ResourcePublication.class);

    /** {@code collections/create}: A collection was created. */
    public static final EventType<ShopifyEvent<Collection>> COLLECTIONS_CREATE =
            DEFINE.type("collections/create", Collection.class);

    /** {@code collections/delete}: A collection was deleted. */
    public static final EventType<ShopifyEvent<DeletedResource>> COLLECTIONS_DELETE =
            DEFINE.type("collections/delete", DeletedResource.class);

    /** {@code collections/update}: A collection was updated (products added or removed included). */
    public static final EventType<ShopifyEvent<Collection>> COLLECTIONS_UPDATE =
            DEFINE.type("collections/update", Collection.class);

    /** {@code companies/create}: A B2B company was created. */
    public static final EventType<ShopifyEvent<Company>> COMPANIES_CREATE =
            DEFINE.type("companies/create", Company.class);

    /** {@code companies/delete}: A B2B company was deleted. */
    public static final EventType<ShopifyEvent<Company>> COMPANIES_DELETE =
            DEFINE.type("companies/delete", Company.class);

    /** {@code companies/update}: A B2B company was updated. */
    public static final EventType<ShopifyEvent<Company>> COMPANIES_UPDATE =
            DEFINE.type("companies/update", Company.class);

    /** {@code company_contact_roles/assign}: A role at a company location was given to a company contact. */
    public static final EventType<ShopifyEvent<CompanyContactRoleChange>> COMPANY_CONTACT_ROLES_ASSIGN =
            DEFINE.type("company_contact_roles/assign", CompanyContactRoleChange.class);

    /** {@code company_contact_roles/revoke}: A role at a company location was taken from a company contact. */
    public static final EventType<ShopifyEvent<CompanyContactRoleChange>> COMPANY_CONTACT_ROLES_REVOKE =
            DEFINE.type("company_contact_roles/revoke", CompanyContactRoleChange.class);

    /** {@code company_contacts/create}: A company contact was created. */
    public static final EventType<ShopifyEvent<CompanyContact>> COMPANY_CONTACTS_CREATE =
            DEFINE.type("company_contacts/create", CompanyContact.class);

    /** {@code company_contacts/delete}: A company contact was deleted. */
    public static final EventType<ShopifyEvent<CompanyContact>> COMPANY_CONTACTS_DELETE =
            DEFINE.type("company_contacts/delete", CompanyContact.class);

    /** {@code company_contacts/update}: A company contact was updated. */
    public static final EventType<ShopifyEvent<CompanyContact>> COMPANY_CONTACTS_UPDATE =
            DEFINE.type("company_contacts/update", CompanyContact.class);

    /** {@code company_locations/create}: A company location was created. */
    public static final EventType<ShopifyEvent<CompanyLocation>> COMPANY_LOCATIONS_CREATE =
            DEFINE.type("company_locations/create", CompanyLocation.class);

    /** {@code company_locations/delete}: A company location was deleted. */
    public static final EventType<ShopifyEvent<CompanyLocation>> COMPANY_LOCATIONS_DELETE =
            DEFINE.type("company_locations/delete", CompanyLocation.class);

    /** {@code company_locations/update}: A company location was updated. */
    public static final EventType<ShopifyEvent<CompanyLocation>> COMPANY_LOCATIONS_UPDATE =
            DEFINE.type("company_locations/update", CompanyLocation.class);

    /** {@code customer.joined_segment}: A customer joined a segment. */
    public static final EventType<ShopifyEvent<CustomerSegmentMembership>> CUSTOMER_JOINED_SEGMENT =
            DEFINE.type("customer.joined_segment", CustomerSegmentMembership.class);

    /** {@code customer.left_segment}: A customer left a segment. */
    public static final EventType<ShopifyEvent<CustomerSegmentMembership>> CUSTOMER_LEFT_SEGMENT =
            DEFINE.type("customer.left_segment", CustomerSegmentMembership.class);

    /** {@code customer.tags_added}: Tags were added to a customer. */
    public static final EventType<ShopifyEvent<CustomerTagsChange>> CUSTOMER_TAGS_ADDED =
            DEFINE.type("customer.tags_added", CustomerTagsChange.class);

    /** {@code customer.tags_removed}: Tags were removed from a customer. */
    public static final EventType<ShopifyEvent<CustomerTagsChange>> CUSTOMER_TAGS_REMOVED =
            DEFINE.type("customer.tags_removed", CustomerTagsChange.class);

    /** {@code customer_account_settings/update}: The shop's customer account settings changed. */
    public static final EventType<ShopifyEvent<CustomerAccountSettings>> CUSTOMER_ACCOUNT_SETTINGS_UPDATE =
            DEFINE.type("customer_account_settings/update", CustomerAccountSettings.class);

    /** {@code customer_groups/create}: A customer saved search was created. */
    public static final EventType<ShopifyEvent<CustomerGroup>> CUSTOMER_GROUPS_CREATE =
            DEFINE.type("customer_groups/create", CustomerGroup.class);

    /** {@code customer_groups/delete}: A customer saved search was deleted. */
    public static final EventType<ShopifyEvent<DeletedResource>> CUSTOMER_GROUPS_DELETE =
            DEFINE.type("customer_groups/delete", DeletedResource.class);

    /** {@code customer_groups/update}: A customer saved search was updated. */
    public static final EventType<ShopifyEvent<CustomerGroup>> CUSTOMER_GROUPS_UPDATE =
            DEFINE.type("customer_groups/update", CustomerGroup.class);

    /** {@code customer_payment_methods/create}: A customer's payment method was stored. */
    public static final EventType<ShopifyEvent<CustomerPaymentMethod>> CUSTOMER_PAYMENT_METHODS_CREATE =
            DEFINE.type("customer_payment_methods/create", CustomerPaymentMethod.class);

    /** {@code customer_payment_methods/revoke}: A customer's stored payment method was revoked. */
    public static final EventType<ShopifyEvent<CustomerPaymentMethod>> CUSTOMER_PAYMENT_METHODS_REVOKE =
            DEFINE.type("customer_payment_methods/revoke", CustomerPaymentMethod.class);

    /** {@code customer_payment_methods/update}: A customer's stored payment method was updated. */
    public static final EventType<ShopifyEvent<CustomerPaymentMethod>> CUSTOMER_PAYMENT_METHODS_UPDATE =
            DEFINE.type("customer_payment_methods/update", CustomerPaymentMethod.class);

    /** {@code customers/create}: A customer was created. */
    public static final EventType<ShopifyEvent<Customer>> CUSTOMERS_CREATE =
            DEFINE.type("customers/create", Customer.class);

    /** {@code customers/data_request}: Mandatory compliance topic: a customer asked for their data. */
    public static final EventType<ShopifyEvent<CustomersDataRequest>> CUSTOMERS_DATA_REQUEST =
            DEFINE.type("customers/data_request", CustomersDataRequest.class);

    /** {@code customers/delete}: A customer was deleted. */
    public static final EventType<ShopifyEvent<DeletedResource>> CUSTOMERS_DELETE =
            DEFINE.type("customers/delete", DeletedResource.class);

    /** {@code customers/disable}: A customer account was disabled. */
    public static final EventType<ShopifyEvent<Customer>> CUSTOMERS_DISABLE =
            DEFINE.type("customers/disable", Customer.class);

    /** {@code customers/enable}: A customer account was enabled. */
    public static final EventType<ShopifyEvent<Customer>> CUSTOMERS_ENABLE =
            DEFINE.type("customers/enable", Customer.class);

    /** {@code customers/merge}: Two customers were merged, or the merge failed. */
    public static final EventType<ShopifyEvent<CustomerMerge>> CUSTOMERS_MERGE =
            DEFINE.type("customers/merge", CustomerMerge.class);

    /** {@code customers/purchasing_summary}: A customer's order count or amount spent changed. */
    public static final EventType<ShopifyEvent<CustomerPurchasingSummary>> CUSTOMERS_PURCHASING_SUMMARY =
            DEFINE.type("customers/purchasing_summary", CustomerPurchasingSummary.class);

    /** {@code customers/redact}: Mandatory compliance topic: erase a customer's data. */
    public static final EventType<ShopifyEvent<CustomersRedact>> CUSTOMERS_REDACT =
            DEFINE.type("customers/redact", CustomersRedact.class);

    /** {@code customers/update}: A customer was updated. */
    public static final EventType<ShopifyEvent<Customer>> CUSTOMERS_UPDATE =
            DEFINE.type("customers/update", Customer.class);

    /** {@code customers_email_marketing_consent/update}: A customer's email marketing consent changed. */
    public static final EventType<ShopifyEvent<CustomerEmailMarketingConsentUpdate>>
            CUSTOMERS_EMAIL_MARKETING_CONSENT_UPDATE =
                    DEFINE.type("customers_email_marketing_consent/update", CustomerEmailMarketingConsentUpdate.class);

    /** {@code customers_marketing_consent/update}: A customer's SMS marketing consent changed. */
    public static final EventType<ShopifyEvent<CustomerSmsMarketingConsentUpdate>> CUSTOMERS_MARKETING_CONSENT_UPDATE =
            DEFINE.type("customers_marketing_consent/update", CustomerSmsMarketingConsentUpdate.class);

    /** {@code customers_whats_app_marketing_consent/update}: A customer's WhatsApp marketing consent changed. */
    public static final EventType<ShopifyEvent<CustomerWhatsAppMarketingConsentUpdate>>
            CUSTOMERS_WHATS_APP_MARKETING_CONSENT_UPDATE = DEFINE.type(
                    "customers_whats_app_marketing_consent/update", CustomerWhatsAppMarketingConsentUpdate.class);

    /** {@code delivery_promise_settings/update}: The shop's delivery promise settings changed. */
    public static final EventType<ShopifyEvent<DeliveryPromiseSettings>> DELIVERY_PROMISE_SETTINGS_UPDATE =
            DEFINE.type("delivery_promise_settings/update", DeliveryPromiseSettings.class);

    /** {@code discounts/create}: A discount was created. */
    public static final EventType<ShopifyEvent<Discount>> DISCOUNTS_CREATE =
            DEFINE.type("discounts/create", Discount.class);

    /** {@code discounts/delete}: A discount was deleted (id and deletion time only). */
    public static final EventType<ShopifyEvent<Discount>> DISCOUNTS_DELETE =
            DEFINE.type("discounts/delete", Discount.class);

    /** {@code discounts/redeemcode_added}: A redeem code was added to a code discount. */
    public static final EventType<ShopifyEvent<DiscountRedeemCodeChange>> DISCOUNTS_REDEEMCODE_ADDED =
            DEFINE.type("discounts/redeemcode_added", DiscountRedeemCodeChange.class);

    /** {@code discounts/redeemcode_removed}: A redeem code was removed from a code discount. */
    public static final EventType<ShopifyEvent<DiscountRedeemCodeChange>> DISCOUNTS_REDEEMCODE_REMOVED =
            DEFINE.type("discounts/redeemcode_removed", DiscountRedeemCodeChange.class);

    /** {@code discounts/update}: A discount was updated. */
    public static final EventType<ShopifyEvent<Discount>> DISCOUNTS_UPDATE =
            DEFINE.type("discounts/update", Discount.class);

    /** {@code disputes/create}: A chargeback or inquiry was opened. */
    public static final EventType<ShopifyEvent<Dispute>> DISPUTES_CREATE =
            DEFINE.type("disputes/create", Dispute.class);

    /** {@code disputes/update}: A chargeback or inquiry was updated. */
    public static final EventType<ShopifyEvent<Dispute>> DISPUTES_UPDATE =
            DEFINE.type("disputes/update", Dispute.class);

    /** {@code domains/create}: A domain was added to the shop. */
    public static final EventType<ShopifyEvent<Domain>> DOMAINS_CREATE = DEFINE.type("domains/create", Domain.class);

    /** {@code domains/destroy}: A domain was removed from the shop. */
    public static final EventType<ShopifyEvent<Domain>> DOMAINS_DESTROY = DEFINE.type("domains/destroy", Domain.class);

    /** {@code domains/update}: A domain of the shop was updated. */
    public static final EventType<ShopifyEvent<Domain>> DOMAINS_UPDATE = DEFINE.type("domains/update", Domain.class);

    /** {@code draft_orders/create}: A draft order was created. */
    public static final EventType<ShopifyEvent<DraftOrder>> DRAFT_ORDERS_CREATE =
            DEFINE.type("draft_orders/create", DraftOrder.class);

    /** {@code draft_orders/delete}: A draft order was deleted. */
    public static final EventType<ShopifyEvent<DeletedResource>> DRAFT_ORDERS_DELETE =
            DEFINE.type("draft_orders/delete", DeletedResource.class);

    /** {@code draft_orders/update}: A draft order was updated. */
    public static final EventType<ShopifyEvent<DraftOrder>> DRAFT_ORDERS_UPDATE =
            DEFINE.type("draft_orders/update", DraftOrder.class);

    /** {@code finance_app_staff_member/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> FINANCE_APP_STAFF_MEMBER_DELETE =
            DEFINE.type("finance_app_staff_member/delete", JsonNode.class);

    /** {@code finance_app_staff_member/grant} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> FINANCE_APP_STAFF_MEMBER_GRANT =
            DEFINE.type("finance_app_staff_member/grant", JsonNode.class);

    /** {@code finance_app_staff_member/revoke} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> FINANCE_APP_STAFF_MEMBER_REVOKE =
            DEFINE.type("finance_app_staff_member/revoke", JsonNode.class);

    /** {@code finance_app_staff_member/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> FINANCE_APP_STAFF_MEMBER_UPDATE =
            DEFINE.type("finance_app_staff_member/update", JsonNode.class);

    /** {@code finance_kyc_information/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> FINANCE_KYC_INFORMATION_UPDATE =
            DEFINE.type("finance_kyc_information/update", JsonNode.class);

    /** {@code fulfillment_events/create}: A fulfillment tracking event was created. */
    public static final EventType<ShopifyEvent<FulfillmentEvent>> FULFILLMENT_EVENTS_CREATE =
            DEFINE.type("fulfillment_events/create", FulfillmentEvent.class);

    /** {@code fulfillment_events/delete}: A fulfillment tracking event was deleted. */
    public static final EventType<ShopifyEvent<FulfillmentEvent>> FULFILLMENT_EVENTS_DELETE =
            DEFINE.type("fulfillment_events/delete", FulfillmentEvent.class);

    /** {@code fulfillment_holds/added}: A hold was put on a fulfillment order. */
    public static final EventType<ShopifyEvent<FulfillmentHoldChange>> FULFILLMENT_HOLDS_ADDED =
            DEFINE.type("fulfillment_holds/added", FulfillmentHoldChange.class);

    /** {@code fulfillment_holds/released}: A hold on a fulfillment order was released. */
    public static final EventType<ShopifyEvent<FulfillmentHoldChange>> FULFILLMENT_HOLDS_RELEASED =
            DEFINE.type("fulfillment_holds/released", FulfillmentHoldChange.class);

    /** {@code fulfillment_orders/cancellation_request_accepted}: The fulfillment service accepted a request to cancel a fulfillment order. */
    public static final EventType<ShopifyEvent<FulfillmentOrderChange>>
            FULFILLMENT_ORDERS_CANCELLATION_REQUEST_ACCEPTED =
                    DEFINE.type("fulfillment_orders/cancellation_request_accepted", FulfillmentOrderChange.class);

    /** {@code fulfillment_orders/cancellation_request_rejected}: The fulfillment service rejected a request to cancel a fulfillment order. */
    public static final EventType<ShopifyEvent<FulfillmentOrderChange>>
            FULFILLMENT_ORDERS_CANCELLATION_REQUEST_REJECTED =
                    DEFINE.type("fulfillment_orders/cancellation_request_rejected", FulfillmentOrderChange.class);

    /** {@code fulfillment_orders/cancellation_request_submitted}: The merchant asked the fulfillment service to cancel a fulfillment order. */
    public static final EventType<ShopifyEvent<FulfillmentOrderChange>>
            FULFILLMENT_ORDERS_CANCELLATION_REQUEST_SUBMITTED =
                    DEFINE.type("fulfillment_orders/cancellation_request_submitted", FulfillmentOrderChange.class);

    /** {@code fulfillment_orders/cancelled}: A fulfillment order was cancelled. */
    public static final EventType<ShopifyEvent<FulfillmentOrderChange>> FULFILLMENT_ORDERS_CANCELLED =
            DEFINE.type("fulfillment_orders/cancelled", FulfillmentOrderChange.class);

    /** {@code fulfillment_orders/fulfillment_request_accepted}: The fulfillment service accepted a fulfillment request. */
    public static final EventType<ShopifyEvent<FulfillmentOrderChange>>
            FULFILLMENT_ORDERS_FULFILLMENT_REQUEST_ACCEPTED =
                    DEFINE.type("fulfillment_orders/fulfillment_request_accepted", FulfillmentOrderChange.class);

    /** {@code fulfillment_orders/fulfillment_request_rejected}: The fulfillment service rejected a fulfillment request. */
    public static final EventType<ShopifyEvent<FulfillmentOrderChange>>
            FULFILLMENT_ORDERS_FULFILLMENT_REQUEST_REJECTED =
                    DEFINE.type("fulfillment_orders/fulfillment_request_rejected", FulfillmentOrderChange.class);

    /** {@code fulfillment_orders/fulfillment_request_submitted}: The merchant sent a fulfillment request to the fulfillment service. */
    public static final EventType<ShopifyEvent<FulfillmentOrderChange>>
            FULFILLMENT_ORDERS_FULFILLMENT_REQUEST_SUBMITTED =
                    DEFINE.type("fulfillment_orders/fulfillment_request_submitted", FulfillmentOrderChange.class);

    /** {@code fulfillment_orders/fulfillment_service_failed_to_complete}: The fulfillment service could not complete a fulfillment order. */
    public static final EventType<ShopifyEvent<FulfillmentOrderChange>>
            FULFILLMENT_ORDERS_FULFILLMENT_SERVICE_FAILED_TO_COMPLETE = DEFINE.type(
                    "fulfillment_orders/fulfillment_service_failed_to_complete", FulfillmentOrderChange.class);

    /** {@code fulfillment_orders/hold_released}: A fulfillment order's holds were released. */
    public static final EventType<ShopifyEvent<FulfillmentOrderChange>> FULFILLMENT_ORDERS_HOLD_RELEASED =
            DEFINE.type("fulfillment_orders/hold_released", FulfillmentOrderChange.class);

    /** {@code fulfillment_orders/line_items_prepared_for_local_delivery}: A fulfillment order's items are ready for local delivery. */
    public static final EventType<ShopifyEvent<FulfillmentOrderChange>>
            FULFILLMENT_ORDERS_LINE_ITEMS_PREPARED_FOR_LOCAL_DELIVERY = DEFINE.type(
                    "fulfillment_orders/line_items_prepared_for_local_delivery", FulfillmentOrderChange.class);

    /** {@code fulfillment_orders/line_items_prepared_for_pickup}: A fulfillment order's items are ready for pickup. */
    public static final EventType<ShopifyEvent<FulfillmentOrderChange>>
            FULFILLMENT_ORDERS_LINE_ITEMS_PREPARED_FOR_PICKUP =
                    DEFINE.type("fulfillment_orders/line_items_prepared_for_pickup", FulfillmentOrderChange.class);

    /** {@code fulfillment_orders/manually_reported_progress_stopped}: Manually reported progress on a fulfillment order was stopped. */
    public static final EventType<ShopifyEvent<FulfillmentOrderProgressStopped>>
            FULFILLMENT_ORDERS_MANUALLY_REPORTED_PROGRESS_STOPPED = DEFINE.type(
                    "fulfillment_orders/manually_reported_progress_stopped", FulfillmentOrderProgressStopped.class);

    /** {@code fulfillment_orders/merged} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> FULFILLMENT_ORDERS_MERGED =
            DEFINE.type("fulfillment_orders/merged", JsonNode.class);

    /** {@code fulfillment_orders/moved}: (Part of) a fulfillment order moved to another location. */
    public static final EventType<ShopifyEvent<FulfillmentOrderMoved>> FULFILLMENT_ORDERS_MOVED =
            DEFINE.type("fulfillment_orders/moved", FulfillmentOrderMoved.class);

    /** {@code fulfillment_orders/order_routing_complete}: Order routing assigned a fulfillment order to a location. */
    public static final EventType<ShopifyEvent<FulfillmentOrderChange>> FULFILLMENT_ORDERS_ORDER_ROUTING_COMPLETE =
            DEFINE.type("fulfillment_orders/order_routing_complete", FulfillmentOrderChange.class);

    /** {@code fulfillment_orders/placed_on_hold}: A fulfillment order was put on hold. */
    public static final EventType<ShopifyEvent<FulfillmentOrderChange>> FULFILLMENT_ORDERS_PLACED_ON_HOLD =
            DEFINE.type("fulfillment_orders/placed_on_hold", FulfillmentOrderChange.class);

    /** {@code fulfillment_orders/progress_reported}: Progress was reported on a fulfillment order. */
    public static final EventType<ShopifyEvent<FulfillmentOrderProgressReported>> FULFILLMENT_ORDERS_PROGRESS_REPORTED =
            DEFINE.type("fulfillment_orders/progress_reported", FulfillmentOrderProgressReported.class);

    /** {@code fulfillment_orders/rescheduled}: A scheduled fulfillment order's date changed. */
    public static final EventType<ShopifyEvent<FulfillmentOrderChange>> FULFILLMENT_ORDERS_RESCHEDULED =
            DEFINE.type("fulfillment_orders/rescheduled", FulfillmentOrderChange.class);

    /** {@code fulfillment_orders/scheduled_fulfillment_order_ready}: A scheduled fulfillment order became ready to fulfil. */
    public static final EventType<ShopifyEvent<FulfillmentOrderChange>>
            FULFILLMENT_ORDERS_SCHEDULED_FULFILLMENT_ORDER_READY =
                    DEFINE.type("fulfillment_orders/scheduled_fulfillment_order_ready", FulfillmentOrderChange.class);

    /** {@code fulfillment_orders/split}: A fulfillment order was split. */
    public static final EventType<ShopifyEvent<FulfillmentOrderChange>> FULFILLMENT_ORDERS_SPLIT =
            DEFINE.type("fulfillment_orders/split", FulfillmentOrderChange.class);

    /** {@code fulfillments/create}: A fulfillment was created. */
    public static final EventType<ShopifyEvent<Fulfillment>> FULFILLMENTS_CREATE =
            DEFINE.type("fulfillments/create", Fulfillment.class);

    /** {@code fulfillments/update}: A fulfillment was updated. */
    public static final EventType<ShopifyEvent<Fulfillment>> FULFILLMENTS_UPDATE =
            DEFINE.type("fulfillments/update", Fulfillment.class);

    /** {@code inventory_items/create}: An inventory item was created. */
    public static final EventType<ShopifyEvent<InventoryItem>> INVENTORY_ITEMS_CREATE =
            DEFINE.type("inventory_items/create", InventoryItem.class);

    /** {@code inventory_items/delete}: An inventory item was deleted. */
    public static final EventType<ShopifyEvent<DeletedResource>> INVENTORY_ITEMS_DELETE =
            DEFINE.type("inventory_items/delete", DeletedResource.class);

    /** {@code inventory_items/update}: An inventory item was updated. */
    public static final EventType<ShopifyEvent<InventoryItem>> INVENTORY_ITEMS_UPDATE =
            DEFINE.type("inventory_items/update", InventoryItem.class);

    /** {@code inventory_levels/connect}: An inventory item was connected to a location. */
    public static final EventType<ShopifyEvent<InventoryLevel>> INVENTORY_LEVELS_CONNECT =
            DEFINE.type("inventory_levels/connect", InventoryLevel.class);

    /** {@code inventory_levels/disconnect}: An inventory item was disconnected from a location. */
    public static final EventType<ShopifyEvent<InventoryLevel>> INVENTORY_LEVELS_DISCONNECT =
            DEFINE.type("inventory_levels/disconnect", InventoryLevel.class);

    /** {@code inventory_levels/update}: An inventory level changed. */
    public static final EventType<ShopifyEvent<InventoryLevel>> INVENTORY_LEVELS_UPDATE =
            DEFINE.type("inventory_levels/update", InventoryLevel.class);

    /** {@code inventory_shipments/add_items}: Line items were added to an inventory shipment. */
    public static final EventType<ShopifyEvent<InventoryShipment>> INVENTORY_SHIPMENTS_ADD_ITEMS =
            DEFINE.type("inventory_shipments/add_items", InventoryShipment.class);

    /** {@code inventory_shipments/create}: An inventory shipment was created. */
    public static final EventType<ShopifyEvent<InventoryShipment>> INVENTORY_SHIPMENTS_CREATE =
            DEFINE.type("inventory_shipments/create", InventoryShipment.class);

    /** {@code inventory_shipments/delete}: An inventory shipment was deleted. */
    public static final EventType<ShopifyEvent<InventoryShipment>> INVENTORY_SHIPMENTS_DELETE =
            DEFINE.type("inventory_shipments/delete", InventoryShipment.class);

    /** {@code inventory_shipments/mark_in_transit}: An inventory shipment was marked in transit. */
    public static final EventType<ShopifyEvent<InventoryShipment>> INVENTORY_SHIPMENTS_MARK_IN_TRANSIT =
            DEFINE.type("inventory_shipments/mark_in_transit", InventoryShipment.class);

    /** {@code inventory_shipments/receive_items}: Line items of an inventory shipment were received. */
    public static final EventType<ShopifyEvent<InventoryShipment>> INVENTORY_SHIPMENTS_RECEIVE_ITEMS =
            DEFINE.type("inventory_shipments/receive_items", InventoryShipment.class);

    /** {@code inventory_shipments/remove_items}: Line items were removed from an inventory shipment. */
    public static final EventType<ShopifyEvent<InventoryShipment>> INVENTORY_SHIPMENTS_REMOVE_ITEMS =
            DEFINE.type("inventory_shipments/remove_items", InventoryShipment.class);

    /** {@code inventory_shipments/update_item_quantities}: Quantities of an inventory shipment's line items changed. */
    public static final EventType<ShopifyEvent<InventoryShipment>> INVENTORY_SHIPMENTS_UPDATE_ITEM_QUANTITIES =
            DEFINE.type("inventory_shipments/update_item_quantities", InventoryShipment.class);

    /** {@code inventory_shipments/update_tracking}: An inventory shipment's tracking changed. */
    public static final EventType<ShopifyEvent<InventoryShipment>> INVENTORY_SHIPMENTS_UPDATE_TRACKING =
            DEFINE.type("inventory_shipments/update_tracking", InventoryShipment.class);

    /** {@code inventory_transfers/add_items}: Line items were added to an inventory transfer. */
    public static final EventType<ShopifyEvent<InventoryTransfer>> INVENTORY_TRANSFERS_ADD_ITEMS =
            DEFINE.type("inventory_transfers/add_items", InventoryTransfer.class);

    /** {@code inventory_transfers/cancel}: An inventory transfer was cancelled. */
    public static final EventType<ShopifyEvent<InventoryTransfer>> INVENTORY_TRANSFERS_CANCEL =
            DEFINE.type("inventory_transfers/cancel", InventoryTransfer.class);

    /** {@code inventory_transfers/complete}: An inventory transfer was completed. */
    public static final EventType<ShopifyEvent<InventoryTransfer>> INVENTORY_TRANSFERS_COMPLETE =
            DEFINE.type("inventory_transfers/complete", InventoryTransfer.class);

    /** {@code inventory_transfers/ready_to_ship}: An inventory transfer is ready to ship. */
    public static final EventType<ShopifyEvent<InventoryTransfer>> INVENTORY_TRANSFERS_READY_TO_SHIP =
            DEFINE.type("inventory_transfers/ready_to_ship", InventoryTransfer.class);

    /** {@code inventory_transfers/remove_items}: Line items were removed from an inventory transfer. */
    public static final EventType<ShopifyEvent<InventoryTransfer>> INVENTORY_TRANSFERS_REMOVE_ITEMS =
            DEFINE.type("inventory_transfers/remove_items", InventoryTransfer.class);

    /** {@code inventory_transfers/update_item_quantities}: Quantities of an inventory transfer's line items changed. */
    public static final EventType<ShopifyEvent<InventoryTransfer>> INVENTORY_TRANSFERS_UPDATE_ITEM_QUANTITIES =
            DEFINE.type("inventory_transfers/update_item_quantities", InventoryTransfer.class);

    /** {@code inventory_transfers/updated}: An inventory transfer was updated. */
    public static final EventType<ShopifyEvent<InventoryTransfer>> INVENTORY_TRANSFERS_UPDATED =
            DEFINE.type("inventory_transfers/updated", InventoryTransfer.class);

    /** {@code locales/create}: A language was added to the shop. */
    public static final EventType<ShopifyEvent<ShopLocale>> LOCALES_CREATE =
            DEFINE.type("locales/create", ShopLocale.class);

    /** {@code locales/destroy}: A language was removed from the shop; the payload is the language as it was. */
    public static final EventType<ShopifyEvent<ShopLocale>> LOCALES_DESTROY =
            DEFINE.type("locales/destroy", ShopLocale.class);

    /** {@code locales/update}: A language of the shop was updated (published or unpublished). */
    public static final EventType<ShopifyEvent<ShopLocale>> LOCALES_UPDATE =
            DEFINE.type("locales/update", ShopLocale.class);

    /** {@code locations/activate}: A location was activated. */
    public static final EventType<ShopifyEvent<Location>> LOCATIONS_ACTIVATE =
            DEFINE.type("locations/activate", Location.class);

    /** {@code locations/create}: A location was created. */
    public static final EventType<ShopifyEvent<Location>> LOCATIONS_CREATE =
            DEFINE.type("locations/create", Location.class);

    /** {@code locations/deactivate}: A location was deactivated. */
    public static final EventType<ShopifyEvent<Location>> LOCATIONS_DEACTIVATE =
            DEFINE.type("locations/deactivate", Location.class);

    /** {@code locations/delete}: A location was deleted. */
    public static final EventType<ShopifyEvent<DeletedResource>> LOCATIONS_DELETE =
            DEFINE.type("locations/delete", DeletedResource.class);

    /** {@code locations/update}: A location was updated. */
    public static final EventType<ShopifyEvent<Location>> LOCATIONS_UPDATE =
            DEFINE.type("locations/update", Location.class);

    /** {@code markets/create}: A market was created. */
    public static final EventType<ShopifyEvent<Market>> MARKETS_CREATE = DEFINE.type("markets/create", Market.class);

    /** {@code markets/delete}: A market was deleted. */
    public static final EventType<ShopifyEvent<DeletedResource>> MARKETS_DELETE =
            DEFINE.type("markets/delete", DeletedResource.class);

    /** {@code markets/update}: A market was updated. */
    public static final EventType<ShopifyEvent<Market>> MARKETS_UPDATE = DEFINE.type("markets/update", Market.class);

    /** {@code markets_backup_region/update}: The shop's backup region changed. */
    public static final EventType<ShopifyEvent<MarketRegion>> MARKETS_BACKUP_REGION_UPDATE =
            DEFINE.type("markets_backup_region/update", MarketRegion.class);

    /** {@code metafield_definitions/create}: A metafield definition was created. */
    public static final EventType<ShopifyEvent<MetafieldDefinition>> METAFIELD_DEFINITIONS_CREATE =
            DEFINE.type("metafield_definitions/create", MetafieldDefinition.class);

    /** {@code metafield_definitions/delete}: A metafield definition was deleted. */
    public static final EventType<ShopifyEvent<MetafieldDefinitionDeletion>> METAFIELD_DEFINITIONS_DELETE =
            DEFINE.type("metafield_definitions/delete", MetafieldDefinitionDeletion.class);

    /** {@code metafield_definitions/update}: A metafield definition was updated. */
    public static final EventType<ShopifyEvent<MetafieldDefinition>> METAFIELD_DEFINITIONS_UPDATE =
            DEFINE.type("metafield_definitions/update", MetafieldDefinition.class);

    /** {@code metaobjects/create}: A metaobject was created. */
    public static final EventType<ShopifyEvent<Metaobject>> METAOBJECTS_CREATE =
            DEFINE.type("metaobjects/create", Metaobject.class);

    /** {@code metaobjects/delete}: A metaobject was deleted (id, type, handle and creating app only). */
    public static final EventType<ShopifyEvent<Metaobject>> METAOBJECTS_DELETE =
            DEFINE.type("metaobjects/delete", Metaobject.class);

    /** {@code metaobjects/update}: A metaobject was updated. */
    public static final EventType<ShopifyEvent<Metaobject>> METAOBJECTS_UPDATE =
            DEFINE.type("metaobjects/update", Metaobject.class);

    /** {@code order_transactions/create}: A payment transaction was created on an order. */
    public static final EventType<ShopifyEvent<Transaction>> ORDER_TRANSACTIONS_CREATE =
            DEFINE.type("order_transactions/create", Transaction.class);

    /** {@code orders/cancelled}: An order was cancelled. */
    public static final EventType<ShopifyEvent<Order>> ORDERS_CANCELLED = DEFINE.type("orders/cancelled", Order.class);

    /** {@code orders/create}: An order was created. */
    public static final EventType<ShopifyEvent<Order>> ORDERS_CREATE = DEFINE.type("orders/create", Order.class);

    /** {@code orders/delete}: An order was deleted. */
    public static final EventType<ShopifyEvent<DeletedResource>> ORDERS_DELETE =
            DEFINE.type("orders/delete", DeletedResource.class);

    /** {@code orders/edited}: An order edit was committed. */
    public static final EventType<ShopifyEvent<OrderEditChange>> ORDERS_EDITED =
            DEFINE.type("orders/edited", OrderEditChange.class);

    /** {@code orders/fulfilled}: An order was fulfilled. */
    public static final EventType<ShopifyEvent<Order>> ORDERS_FULFILLED = DEFINE.type("orders/fulfilled", Order.class);

    /** {@code orders/link_requested}: A customer asked for a new link to an expired order status page; the payload is the order. */
    public static final EventType<ShopifyEvent<Order>> ORDERS_LINK_REQUESTED =
            DEFINE.type("orders/link_requested", Order.class);

    /** {@code orders/paid}: An order was paid. */
    public static final EventType<ShopifyEvent<Order>> ORDERS_PAID = DEFINE.type("orders/paid", Order.class);

    /** {@code orders/partially_fulfilled}: An order was partially fulfilled. */
    public static final EventType<ShopifyEvent<Order>> ORDERS_PARTIALLY_FULFILLED =
            DEFINE.type("orders/partially_fulfilled", Order.class);

    /** {@code orders/risk_assessment_changed}: An order's risk assessment changed. */
    public static final EventType<ShopifyEvent<OrderRiskAssessmentChange>> ORDERS_RISK_ASSESSMENT_CHANGED =
            DEFINE.type("orders/risk_assessment_changed", OrderRiskAssessmentChange.class);

    /** {@code orders/shopify_protect_eligibility_changed}: An order's Shopify Protect eligibility changed. */
    public static final EventType<ShopifyEvent<ShopifyProtectEligibilityChange>>
            ORDERS_SHOPIFY_PROTECT_ELIGIBILITY_CHANGED =
                    DEFINE.type("orders/shopify_protect_eligibility_changed", ShopifyProtectEligibilityChange.class);

    /** {@code orders/updated}: An order was updated. */
    public static final EventType<ShopifyEvent<Order>> ORDERS_UPDATED = DEFINE.type("orders/updated", Order.class);

    /** {@code payment_schedules/due}: A payment of an order's payment terms is due. */
    public static final EventType<ShopifyEvent<PaymentTerms.PaymentSchedule>> PAYMENT_SCHEDULES_DUE =
            DEFINE.type("payment_schedules/due", PaymentTerms.PaymentSchedule.class);

    /** {@code payment_terms/create}: Payment terms were created. */
    public static final EventType<ShopifyEvent<PaymentTerms>> PAYMENT_TERMS_CREATE =
            DEFINE.type("payment_terms/create", PaymentTerms.class);

    /** {@code payment_terms/delete}: Payment terms were deleted. */
    public static final EventType<ShopifyEvent<DeletedResource>> PAYMENT_TERMS_DELETE =
            DEFINE.type("payment_terms/delete", DeletedResource.class);

    /** {@code payment_terms/update}: Payment terms were updated. */
    public static final EventType<ShopifyEvent<PaymentTerms>> PAYMENT_TERMS_UPDATE =
            DEFINE.type("payment_terms/update", PaymentTerms.class);

    /** {@code product_feeds/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> PRODUCT_FEEDS_CREATE =
            DEFINE.type("product_feeds/create", JsonNode.class);

    /** {@code product_feeds/full_sync} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> PRODUCT_FEEDS_FULL_SYNC =
            DEFINE.type("product_feeds/full_sync", JsonNode.class);

    /** {@code product_feeds/full_sync_finish} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> PRODUCT_FEEDS_FULL_SYNC_FINISH =
            DEFINE.type("product_feeds/full_sync_finish", JsonNode.class);

    /** {@code product_feeds/incremental_sync} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> PRODUCT_FEEDS_INCREMENTAL_SYNC =
            DEFINE.type("product_feeds/incremental_sync", JsonNode.class);

    /** {@code product_feeds/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> PRODUCT_FEEDS_UPDATE =
            DEFINE.type("product_feeds/update", JsonNode.class);

    /** {@code product_listings/add}. */
    public static final EventType<ShopifyEvent<ProductListingChange>> PRODUCT_LISTINGS_ADD =
            DEFINE.type("product_listings/add", ProductListingChange.class);

    /** {@code product_listings/remove}. */
    public static final EventType<ShopifyEvent<ProductListingChange>> PRODUCT_LISTINGS_REMOVE =
            DEFINE.type("product_listings/remove", ProductListingChange.class);

    /** {@code product_listings/update}. */
    public static final EventType<ShopifyEvent<ProductListingChange>> PRODUCT_LISTINGS_UPDATE =
            DEFINE.type("product_listings/update", ProductListingChange.class);

    /** {@code product_publications/create}: A product was published to a publication. */
    public static final EventType<ShopifyEvent<ResourcePublication>> PRODUCT_PUBLICATIONS_CREATE =
            DEFINE.type("product_publications/create", ResourcePublication.class);

    /** {@code product_publications/delete}: A product's publication was deleted (only a null id is sent). */
    public static final EventType<ShopifyEvent<DeletedResource>> PRODUCT_PUBLICATIONS_DELETE =
            DEFINE.type("product_publications/delete", DeletedResource.class);

    /** {@code product_publications/update}: A product's publication was updated. */
    public static final EventType<ShopifyEvent<ResourcePublication>> PRODUCT_PUBLICATIONS_UPDATE =
            DEFINE.type("product_publications/update", ResourcePublication.class);

    /** {@code products/create}: A product was created. */
    public static final EventType<ShopifyEvent<Product>> PRODUCTS_CREATE =
            DEFINE.type("products/create", Product.class);

    /** {@code products/delete}: A product was deleted. */
    public static final EventType<ShopifyEvent<DeletedResource>> PRODUCTS_DELETE =
            DEFINE.type("products/delete", DeletedResource.class);

    /** {@code products/update}: A product, or one of its variants, was updated. */
    public static final EventType<ShopifyEvent<Product>> PRODUCTS_UPDATE =
            DEFINE.type("products/update", Product.class);

    /** {@code profiles/create}: A shipping profile was created. */
    public static final EventType<ShopifyEvent<DeliveryProfile>> PROFILES_CREATE =
            DEFINE.type("profiles/create", DeliveryProfile.class);

    /** {@code profiles/delete}: A shipping profile was deleted. */
    public static final EventType<ShopifyEvent<DeliveryProfile>> PROFILES_DELETE =
            DEFINE.type("profiles/delete", DeliveryProfile.class);

    /** {@code profiles/update}: A shipping profile was updated. */
    public static final EventType<ShopifyEvent<DeliveryProfile>> PROFILES_UPDATE =
            DEFINE.type("profiles/update", DeliveryProfile.class);

    /** {@code publications/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> PUBLICATIONS_DELETE =
            DEFINE.type("publications/delete", JsonNode.class);

    /** {@code refunds/create}: A refund was created. */
    public static final EventType<ShopifyEvent<Refund>> REFUNDS_CREATE = DEFINE.type("refunds/create", Refund.class);

    /** {@code returns/approve}: A return request was approved. */
    public static final EventType<ShopifyEvent<Return>> RETURNS_APPROVE = DEFINE.type("returns/approve", Return.class);

    /** {@code returns/cancel}: A return was cancelled. */
    public static final EventType<ShopifyEvent<Return>> RETURNS_CANCEL = DEFINE.type("returns/cancel", Return.class);

    /** {@code returns/close}: A return was closed. */
    public static final EventType<ShopifyEvent<Return>> RETURNS_CLOSE = DEFINE.type("returns/close", Return.class);

    /** {@code returns/decline}: A return request was declined. */
    public static final EventType<ShopifyEvent<Return>> RETURNS_DECLINE = DEFINE.type("returns/decline", Return.class);

    /** {@code returns/process} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> RETURNS_PROCESS =
            DEFINE.type("returns/process", JsonNode.class);

    /** {@code returns/reopen}: A closed return was reopened. */
    public static final EventType<ShopifyEvent<Return>> RETURNS_REOPEN = DEFINE.type("returns/reopen", Return.class);

    /** {@code returns/request}: A customer asked for a return. */
    public static final EventType<ShopifyEvent<Return>> RETURNS_REQUEST = DEFINE.type("returns/request", Return.class);

    /** {@code returns/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> RETURNS_UPDATE =
            DEFINE.type("returns/update", JsonNode.class);

    /** {@code reverse_deliveries/attach_deliverable}: A reverse delivery got its tracking or label. */
    public static final EventType<ShopifyEvent<ReverseDelivery>> REVERSE_DELIVERIES_ATTACH_DELIVERABLE =
            DEFINE.type("reverse_deliveries/attach_deliverable", ReverseDelivery.class);

    /** {@code reverse_fulfillment_orders/dispose}: Returned items were restocked or otherwise disposed of. */
    public static final EventType<ShopifyEvent<ReverseFulfillmentOrderDisposal>> REVERSE_FULFILLMENT_ORDERS_DISPOSE =
            DEFINE.type("reverse_fulfillment_orders/dispose", ReverseFulfillmentOrderDisposal.class);

    /** {@code scheduled_product_listings/add}. */
    public static final EventType<ShopifyEvent<ScheduledProductListingChange>> SCHEDULED_PRODUCT_LISTINGS_ADD =
            DEFINE.type("scheduled_product_listings/add", ScheduledProductListingChange.class);

    /** {@code scheduled_product_listings/remove}. */
    public static final EventType<ShopifyEvent<ScheduledProductListingChange>> SCHEDULED_PRODUCT_LISTINGS_REMOVE =
            DEFINE.type("scheduled_product_listings/remove", ScheduledProductListingChange.class);

    /** {@code scheduled_product_listings/update}. */
    public static final EventType<ShopifyEvent<ScheduledProductListingChange>> SCHEDULED_PRODUCT_LISTINGS_UPDATE =
            DEFINE.type("scheduled_product_listings/update", ScheduledProductListingChange.class);

    /** {@code segments/create}: A customer segment was created. */
    public static final EventType<ShopifyEvent<Segment>> SEGMENTS_CREATE =
            DEFINE.type("segments/create", Segment.class);

    /** {@code segments/delete}: A customer segment was deleted. */
    public static final EventType<ShopifyEvent<DeletedResource>> SEGMENTS_DELETE =
            DEFINE.type("segments/delete", DeletedResource.class);

    /** {@code segments/update}: A customer segment was updated. */
    public static final EventType<ShopifyEvent<Segment>> SEGMENTS_UPDATE =
            DEFINE.type("segments/update", Segment.class);

    /** {@code selling_plan_groups/create}: A selling plan group was created. */
    public static final EventType<ShopifyEvent<SellingPlanGroup>> SELLING_PLAN_GROUPS_CREATE =
            DEFINE.type("selling_plan_groups/create", SellingPlanGroup.class);

    /** {@code selling_plan_groups/delete}: A selling plan group was deleted. */
    public static final EventType<ShopifyEvent<DeletedResource>> SELLING_PLAN_GROUPS_DELETE =
            DEFINE.type("selling_plan_groups/delete", DeletedResource.class);

    /** {@code selling_plan_groups/update}: A selling plan group was updated. */
    public static final EventType<ShopifyEvent<SellingPlanGroup>> SELLING_PLAN_GROUPS_UPDATE =
            DEFINE.type("selling_plan_groups/update", SellingPlanGroup.class);

    /** {@code shipping_addresses/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> SHIPPING_ADDRESSES_CREATE =
            DEFINE.type("shipping_addresses/create", JsonNode.class);

    /** {@code shipping_addresses/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> SHIPPING_ADDRESSES_UPDATE =
            DEFINE.type("shipping_addresses/update", JsonNode.class);

    /** {@code shop/redact}: Mandatory compliance topic: erase a shop's data (48 hours after uninstall). */
    public static final EventType<ShopifyEvent<ShopRedact>> SHOP_REDACT = DEFINE.type("shop/redact", ShopRedact.class);

    /** {@code shop/update}: The shop's settings were updated. */
    public static final EventType<ShopifyEvent<Shop>> SHOP_UPDATE = DEFINE.type("shop/update", Shop.class);

    /** {@code subscription_billing_attempts/challenged}: A billing attempt needs the customer's authentication (3-D Secure). */
    public static final EventType<ShopifyEvent<SubscriptionBillingAttempt>> SUBSCRIPTION_BILLING_ATTEMPTS_CHALLENGED =
            DEFINE.type("subscription_billing_attempts/challenged", SubscriptionBillingAttempt.class);

    /** {@code subscription_billing_attempts/failure}: A billing attempt failed. */
    public static final EventType<ShopifyEvent<SubscriptionBillingAttempt>> SUBSCRIPTION_BILLING_ATTEMPTS_FAILURE =
            DEFINE.type("subscription_billing_attempts/failure", SubscriptionBillingAttempt.class);

    /** {@code subscription_billing_attempts/success}: A billing attempt succeeded. */
    public static final EventType<ShopifyEvent<SubscriptionBillingAttempt>> SUBSCRIPTION_BILLING_ATTEMPTS_SUCCESS =
            DEFINE.type("subscription_billing_attempts/success", SubscriptionBillingAttempt.class);

    /** {@code subscription_billing_cycle_edits/create}: A billing cycle was edited. */
    public static final EventType<ShopifyEvent<SubscriptionBillingCycle>> SUBSCRIPTION_BILLING_CYCLE_EDITS_CREATE =
            DEFINE.type("subscription_billing_cycle_edits/create", SubscriptionBillingCycle.class);

    /** {@code subscription_billing_cycle_edits/delete}: A billing cycle's edits were deleted. */
    public static final EventType<ShopifyEvent<SubscriptionBillingCycle>> SUBSCRIPTION_BILLING_CYCLE_EDITS_DELETE =
            DEFINE.type("subscription_billing_cycle_edits/delete", SubscriptionBillingCycle.class);

    /** {@code subscription_billing_cycle_edits/update}: A billing cycle's edits were updated. */
    public static final EventType<ShopifyEvent<SubscriptionBillingCycle>> SUBSCRIPTION_BILLING_CYCLE_EDITS_UPDATE =
            DEFINE.type("subscription_billing_cycle_edits/update", SubscriptionBillingCycle.class);

    /** {@code subscription_billing_cycles/skip}: A billing cycle was skipped. */
    public static final EventType<ShopifyEvent<SubscriptionBillingCycle>> SUBSCRIPTION_BILLING_CYCLES_SKIP =
            DEFINE.type("subscription_billing_cycles/skip", SubscriptionBillingCycle.class);

    /** {@code subscription_billing_cycles/unskip}: A skipped billing cycle was unskipped. */
    public static final EventType<ShopifyEvent<SubscriptionBillingCycle>> SUBSCRIPTION_BILLING_CYCLES_UNSKIP =
            DEFINE.type("subscription_billing_cycles/unskip", SubscriptionBillingCycle.class);

    /** {@code subscription_contracts/activate}: A subscription contract was activated. */
    public static final EventType<ShopifyEvent<SubscriptionContract>> SUBSCRIPTION_CONTRACTS_ACTIVATE =
            DEFINE.type("subscription_contracts/activate", SubscriptionContract.class);

    /** {@code subscription_contracts/cancel}: A subscription contract was cancelled. */
    public static final EventType<ShopifyEvent<SubscriptionContract>> SUBSCRIPTION_CONTRACTS_CANCEL =
            DEFINE.type("subscription_contracts/cancel", SubscriptionContract.class);

    /** {@code subscription_contracts/create}: A subscription contract was created. */
    public static final EventType<ShopifyEvent<SubscriptionContract>> SUBSCRIPTION_CONTRACTS_CREATE =
            DEFINE.type("subscription_contracts/create", SubscriptionContract.class);

    /** {@code subscription_contracts/expire}: A subscription contract expired. */
    public static final EventType<ShopifyEvent<SubscriptionContract>> SUBSCRIPTION_CONTRACTS_EXPIRE =
            DEFINE.type("subscription_contracts/expire", SubscriptionContract.class);

    /** {@code subscription_contracts/fail}: A subscription contract failed (billing attempts exhausted). */
    public static final EventType<ShopifyEvent<SubscriptionContract>> SUBSCRIPTION_CONTRACTS_FAIL =
            DEFINE.type("subscription_contracts/fail", SubscriptionContract.class);

    /** {@code subscription_contracts/pause}: A subscription contract was paused. */
    public static final EventType<ShopifyEvent<SubscriptionContract>> SUBSCRIPTION_CONTRACTS_PAUSE =
            DEFINE.type("subscription_contracts/pause", SubscriptionContract.class);

    /** {@code subscription_contracts/update}: A subscription contract was updated. */
    public static final EventType<ShopifyEvent<SubscriptionContract>> SUBSCRIPTION_CONTRACTS_UPDATE =
            DEFINE.type("subscription_contracts/update", SubscriptionContract.class);

    /** {@code tax_services/create}: A tax service was created. */
    public static final EventType<ShopifyEvent<TaxService>> TAX_SERVICES_CREATE =
            DEFINE.type("tax_services/create", TaxService.class);

    /** {@code tax_services/update}: A tax service was updated. */
    public static final EventType<ShopifyEvent<TaxService>> TAX_SERVICES_UPDATE =
            DEFINE.type("tax_services/update", TaxService.class);

    /** {@code tender_transactions/create}: Money changed hands for an order. */
    public static final EventType<ShopifyEvent<TenderTransaction>> TENDER_TRANSACTIONS_CREATE =
            DEFINE.type("tender_transactions/create", TenderTransaction.class);

    /** {@code themes/create}: A theme was created. */
    public static final EventType<ShopifyEvent<Theme>> THEMES_CREATE = DEFINE.type("themes/create", Theme.class);

    /** {@code themes/delete}: A theme was deleted. */
    public static final EventType<ShopifyEvent<DeletedResource>> THEMES_DELETE =
            DEFINE.type("themes/delete", DeletedResource.class);

    /** {@code themes/publish}: A theme was published (became the main theme). */
    public static final EventType<ShopifyEvent<Theme>> THEMES_PUBLISH = DEFINE.type("themes/publish", Theme.class);

    /** {@code themes/update}: A theme was updated. */
    public static final EventType<ShopifyEvent<Theme>> THEMES_UPDATE = DEFINE.type("themes/update", Theme.class);

    /** {@code variants/in_stock}: A product variant came back in stock. */
    public static final EventType<ShopifyEvent<Variant>> VARIANTS_IN_STOCK =
            DEFINE.type("variants/in_stock", Variant.class);

    /** {@code variants/out_of_stock}: A product variant went out of stock. */
    public static final EventType<ShopifyEvent<Variant>> VARIANTS_OUT_OF_STOCK =
            DEFINE.type("variants/out_of_stock", Variant.class);

    /** The mandatory compliance topics every app in the Shopify App Store must handle. */
    public static final List<EventType<?>> COMPLIANCE = List.of(CUSTOMERS_DATA_REQUEST, CUSTOMERS_REDACT, SHOP_REDACT);

    /** The catalogue of every constant above: the last static field, so it misses none. */
    static final EventCatalogue CATALOGUE = DEFINE.build();

    private ShopifyEvents() {}

    /** The catalogue's topics by their GraphQL name ({@code ORDERS_CREATE}), as event deliveries may send them. */
    private static final class GraphQlNames {
        static final Map<String, EventType<?>> BY_NAME = index();

        private static Map<String, EventType<?>> index() {
            Map<String, EventType<?>> byName = new HashMap<>();
            for (EventType<?> type : CATALOGUE.all()) {
                if (!type.isAny()) {
                    byName.put(graphQlName(type.name()), type);
                }
            }
            return Map.copyOf(byName);
        }
    }

    /** {@code orders/create} -> {@code ORDERS_CREATE}, {@code customer.tags_added} -> {@code CUSTOMER_TAGS_ADDED}. */
    static String graphQlName(String topic) {
        return topic.toUpperCase(Locale.ROOT).replace('/', '_').replace('.', '_');
    }

    /** Every topic of the catalogue, {@link #ANY} first, then in alphabetical order. */
    public static List<EventType<?>> all() {
        return CATALOGUE.all();
    }

    /**
     * The catalogue entry for {@code topic}, as sent in {@code X-Shopify-Topic} ({@code orders/create}) or as a
     * GraphQL enum name ({@code ORDERS_CREATE}); empty for a topic not in the catalogue (or null).
     */
    public static Optional<EventType<?>> find(@Nullable String topic) {
        if (topic == null) {
            return Optional.empty();
        }
        Optional<EventType<?>> byTopic = CATALOGUE.find(topic);
        return byTopic.isPresent() ? byTopic : Optional.ofNullable(GraphQlNames.BY_NAME.get(topic));
    }
}
