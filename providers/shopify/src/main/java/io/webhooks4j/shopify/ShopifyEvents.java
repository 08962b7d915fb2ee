package io.webhooks4j.shopify;

import io.webhooks4j.EventType;
import io.webhooks4j.shopify.event.Cart;
import io.webhooks4j.shopify.event.Checkout;
import io.webhooks4j.shopify.event.Collection;
import io.webhooks4j.shopify.event.Customer;
import io.webhooks4j.shopify.event.CustomersDataRequest;
import io.webhooks4j.shopify.event.CustomersRedact;
import io.webhooks4j.shopify.event.DeletedResource;
import io.webhooks4j.shopify.event.Fulfillment;
import io.webhooks4j.shopify.event.InventoryItem;
import io.webhooks4j.shopify.event.InventoryLevel;
import io.webhooks4j.shopify.event.Order;
import io.webhooks4j.shopify.event.Product;
import io.webhooks4j.shopify.event.Refund;
import io.webhooks4j.shopify.event.Shop;
import io.webhooks4j.shopify.event.ShopRedact;
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

    /** {@code app/scopes_update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> APP_SCOPES_UPDATE =
            DEFINE.type("app/scopes_update", JsonNode.class);

    /** {@code app/uninstalled}: The shop uninstalled the app; the payload is the shop. */
    public static final EventType<ShopifyEvent<Shop>> APP_UNINSTALLED = DEFINE.type("app/uninstalled", Shop.class);

    /** {@code app_purchases_one_time/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> APP_PURCHASES_ONE_TIME_UPDATE =
            DEFINE.type("app_purchases_one_time/update", JsonNode.class);

    /** {@code app_subscriptions/approaching_capped_amount} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> APP_SUBSCRIPTIONS_APPROACHING_CAPPED_AMOUNT =
            DEFINE.type("app_subscriptions/approaching_capped_amount", JsonNode.class);

    /** {@code app_subscriptions/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> APP_SUBSCRIPTIONS_UPDATE =
            DEFINE.type("app_subscriptions/update", JsonNode.class);

    /** {@code audit_events/admin_api_activity} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> AUDIT_EVENTS_ADMIN_API_ACTIVITY =
            DEFINE.type("audit_events/admin_api_activity", JsonNode.class);

    /** {@code bulk_operations/finish} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> BULK_OPERATIONS_FINISH =
            DEFINE.type("bulk_operations/finish", JsonNode.class);

    /** {@code carts/create}: An online-store cart was created. */
    public static final EventType<ShopifyEvent<Cart>> CARTS_CREATE = DEFINE.type("carts/create", Cart.class);

    /** {@code carts/update}: An online-store cart was updated. */
    public static final EventType<ShopifyEvent<Cart>> CARTS_UPDATE = DEFINE.type("carts/update", Cart.class);

    /** {@code channels/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> CHANNELS_DELETE =
            DEFINE.type("channels/delete", JsonNode.class);

    /** {@code checkouts/create}: A checkout was created. */
    public static final EventType<ShopifyEvent<Checkout>> CHECKOUTS_CREATE =
            DEFINE.type("checkouts/create", Checkout.class);

    /** {@code checkouts/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> CHECKOUTS_DELETE =
            DEFINE.type("checkouts/delete", JsonNode.class);

    /** {@code checkouts/update}: A checkout was updated. */
    public static final EventType<ShopifyEvent<Checkout>> CHECKOUTS_UPDATE =
            DEFINE.type("checkouts/update", Checkout.class);

    /** {@code collection_listings/add} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> COLLECTION_LISTINGS_ADD =
            DEFINE.type("collection_listings/add", JsonNode.class);

    /** {@code collection_listings/remove} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> COLLECTION_LISTINGS_REMOVE =
            DEFINE.type("collection_listings/remove", JsonNode.class);

    /** {@code collection_listings/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> COLLECTION_LISTINGS_UPDATE =
            DEFINE.type("collection_listings/update", JsonNode.class);

    /** {@code collection_publications/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> COLLECTION_PUBLICATIONS_CREATE =
            DEFINE.type("collection_publications/create", JsonNode.class);

    /** {@code collection_publications/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> COLLECTION_PUBLICATIONS_DELETE =
            DEFINE.type("collection_publications/delete", JsonNode.class);

    /** {@code collection_publications/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> COLLECTION_PUBLICATIONS_UPDATE =
            DEFINE.type("collection_publications/update", JsonNode.class);

    /** {@code collections/create}: A collection was created. */
    public static final EventType<ShopifyEvent<Collection>> COLLECTIONS_CREATE =
            DEFINE.type("collections/create", Collection.class);

    /** {@code collections/delete}: A collection was deleted. */
    public static final EventType<ShopifyEvent<DeletedResource>> COLLECTIONS_DELETE =
            DEFINE.type("collections/delete", DeletedResource.class);

    /** {@code collections/update}: A collection was updated (products added or removed included). */
    public static final EventType<ShopifyEvent<Collection>> COLLECTIONS_UPDATE =
            DEFINE.type("collections/update", Collection.class);

    /** {@code companies/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> COMPANIES_CREATE =
            DEFINE.type("companies/create", JsonNode.class);

    /** {@code companies/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> COMPANIES_DELETE =
            DEFINE.type("companies/delete", JsonNode.class);

    /** {@code companies/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> COMPANIES_UPDATE =
            DEFINE.type("companies/update", JsonNode.class);

    /** {@code company_contact_roles/assign} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> COMPANY_CONTACT_ROLES_ASSIGN =
            DEFINE.type("company_contact_roles/assign", JsonNode.class);

    /** {@code company_contact_roles/revoke} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> COMPANY_CONTACT_ROLES_REVOKE =
            DEFINE.type("company_contact_roles/revoke", JsonNode.class);

    /** {@code company_contacts/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> COMPANY_CONTACTS_CREATE =
            DEFINE.type("company_contacts/create", JsonNode.class);

    /** {@code company_contacts/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> COMPANY_CONTACTS_DELETE =
            DEFINE.type("company_contacts/delete", JsonNode.class);

    /** {@code company_contacts/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> COMPANY_CONTACTS_UPDATE =
            DEFINE.type("company_contacts/update", JsonNode.class);

    /** {@code company_locations/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> COMPANY_LOCATIONS_CREATE =
            DEFINE.type("company_locations/create", JsonNode.class);

    /** {@code company_locations/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> COMPANY_LOCATIONS_DELETE =
            DEFINE.type("company_locations/delete", JsonNode.class);

    /** {@code company_locations/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> COMPANY_LOCATIONS_UPDATE =
            DEFINE.type("company_locations/update", JsonNode.class);

    /** {@code customer.joined_segment} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> CUSTOMER_JOINED_SEGMENT =
            DEFINE.type("customer.joined_segment", JsonNode.class);

    /** {@code customer.left_segment} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> CUSTOMER_LEFT_SEGMENT =
            DEFINE.type("customer.left_segment", JsonNode.class);

    /** {@code customer.tags_added} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> CUSTOMER_TAGS_ADDED =
            DEFINE.type("customer.tags_added", JsonNode.class);

    /** {@code customer.tags_removed} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> CUSTOMER_TAGS_REMOVED =
            DEFINE.type("customer.tags_removed", JsonNode.class);

    /** {@code customer_account_settings/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> CUSTOMER_ACCOUNT_SETTINGS_UPDATE =
            DEFINE.type("customer_account_settings/update", JsonNode.class);

    /** {@code customer_groups/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> CUSTOMER_GROUPS_CREATE =
            DEFINE.type("customer_groups/create", JsonNode.class);

    /** {@code customer_groups/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> CUSTOMER_GROUPS_DELETE =
            DEFINE.type("customer_groups/delete", JsonNode.class);

    /** {@code customer_groups/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> CUSTOMER_GROUPS_UPDATE =
            DEFINE.type("customer_groups/update", JsonNode.class);

    /** {@code customer_payment_methods/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> CUSTOMER_PAYMENT_METHODS_CREATE =
            DEFINE.type("customer_payment_methods/create", JsonNode.class);

    /** {@code customer_payment_methods/revoke} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> CUSTOMER_PAYMENT_METHODS_REVOKE =
            DEFINE.type("customer_payment_methods/revoke", JsonNode.class);

    /** {@code customer_payment_methods/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> CUSTOMER_PAYMENT_METHODS_UPDATE =
            DEFINE.type("customer_payment_methods/update", JsonNode.class);

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

    /** {@code customers/merge} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> CUSTOMERS_MERGE =
            DEFINE.type("customers/merge", JsonNode.class);

    /** {@code customers/purchasing_summary} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> CUSTOMERS_PURCHASING_SUMMARY =
            DEFINE.type("customers/purchasing_summary", JsonNode.class);

    /** {@code customers/redact}: Mandatory compliance topic: erase a customer's data. */
    public static final EventType<ShopifyEvent<CustomersRedact>> CUSTOMERS_REDACT =
            DEFINE.type("customers/redact", CustomersRedact.class);

    /** {@code customers/update}: A customer was updated. */
    public static final EventType<ShopifyEvent<Customer>> CUSTOMERS_UPDATE =
            DEFINE.type("customers/update", Customer.class);

    /** {@code customers_email_marketing_consent/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> CUSTOMERS_EMAIL_MARKETING_CONSENT_UPDATE =
            DEFINE.type("customers_email_marketing_consent/update", JsonNode.class);

    /** {@code customers_marketing_consent/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> CUSTOMERS_MARKETING_CONSENT_UPDATE =
            DEFINE.type("customers_marketing_consent/update", JsonNode.class);

    /** {@code delivery_promise_settings/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> DELIVERY_PROMISE_SETTINGS_UPDATE =
            DEFINE.type("delivery_promise_settings/update", JsonNode.class);

    /** {@code discounts/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> DISCOUNTS_CREATE =
            DEFINE.type("discounts/create", JsonNode.class);

    /** {@code discounts/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> DISCOUNTS_DELETE =
            DEFINE.type("discounts/delete", JsonNode.class);

    /** {@code discounts/redeemcode_added} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> DISCOUNTS_REDEEMCODE_ADDED =
            DEFINE.type("discounts/redeemcode_added", JsonNode.class);

    /** {@code discounts/redeemcode_removed} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> DISCOUNTS_REDEEMCODE_REMOVED =
            DEFINE.type("discounts/redeemcode_removed", JsonNode.class);

    /** {@code discounts/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> DISCOUNTS_UPDATE =
            DEFINE.type("discounts/update", JsonNode.class);

    /** {@code disputes/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> DISPUTES_CREATE =
            DEFINE.type("disputes/create", JsonNode.class);

    /** {@code disputes/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> DISPUTES_UPDATE =
            DEFINE.type("disputes/update", JsonNode.class);

    /** {@code domains/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> DOMAINS_CREATE =
            DEFINE.type("domains/create", JsonNode.class);

    /** {@code domains/destroy} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> DOMAINS_DESTROY =
            DEFINE.type("domains/destroy", JsonNode.class);

    /** {@code domains/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> DOMAINS_UPDATE =
            DEFINE.type("domains/update", JsonNode.class);

    /** {@code draft_orders/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> DRAFT_ORDERS_CREATE =
            DEFINE.type("draft_orders/create", JsonNode.class);

    /** {@code draft_orders/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> DRAFT_ORDERS_DELETE =
            DEFINE.type("draft_orders/delete", JsonNode.class);

    /** {@code draft_orders/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> DRAFT_ORDERS_UPDATE =
            DEFINE.type("draft_orders/update", JsonNode.class);

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

    /** {@code fulfillment_events/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> FULFILLMENT_EVENTS_CREATE =
            DEFINE.type("fulfillment_events/create", JsonNode.class);

    /** {@code fulfillment_events/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> FULFILLMENT_EVENTS_DELETE =
            DEFINE.type("fulfillment_events/delete", JsonNode.class);

    /** {@code fulfillment_holds/added} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> FULFILLMENT_HOLDS_ADDED =
            DEFINE.type("fulfillment_holds/added", JsonNode.class);

    /** {@code fulfillment_holds/released} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> FULFILLMENT_HOLDS_RELEASED =
            DEFINE.type("fulfillment_holds/released", JsonNode.class);

    /** {@code fulfillment_orders/cancellation_request_accepted} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> FULFILLMENT_ORDERS_CANCELLATION_REQUEST_ACCEPTED =
            DEFINE.type("fulfillment_orders/cancellation_request_accepted", JsonNode.class);

    /** {@code fulfillment_orders/cancellation_request_rejected} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> FULFILLMENT_ORDERS_CANCELLATION_REQUEST_REJECTED =
            DEFINE.type("fulfillment_orders/cancellation_request_rejected", JsonNode.class);

    /** {@code fulfillment_orders/cancellation_request_submitted} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> FULFILLMENT_ORDERS_CANCELLATION_REQUEST_SUBMITTED =
            DEFINE.type("fulfillment_orders/cancellation_request_submitted", JsonNode.class);

    /** {@code fulfillment_orders/cancelled} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> FULFILLMENT_ORDERS_CANCELLED =
            DEFINE.type("fulfillment_orders/cancelled", JsonNode.class);

    /** {@code fulfillment_orders/fulfillment_request_accepted} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> FULFILLMENT_ORDERS_FULFILLMENT_REQUEST_ACCEPTED =
            DEFINE.type("fulfillment_orders/fulfillment_request_accepted", JsonNode.class);

    /** {@code fulfillment_orders/fulfillment_request_rejected} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> FULFILLMENT_ORDERS_FULFILLMENT_REQUEST_REJECTED =
            DEFINE.type("fulfillment_orders/fulfillment_request_rejected", JsonNode.class);

    /** {@code fulfillment_orders/fulfillment_request_submitted} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> FULFILLMENT_ORDERS_FULFILLMENT_REQUEST_SUBMITTED =
            DEFINE.type("fulfillment_orders/fulfillment_request_submitted", JsonNode.class);

    /** {@code fulfillment_orders/fulfillment_service_failed_to_complete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> FULFILLMENT_ORDERS_FULFILLMENT_SERVICE_FAILED_TO_COMPLETE =
            DEFINE.type("fulfillment_orders/fulfillment_service_failed_to_complete", JsonNode.class);

    /** {@code fulfillment_orders/hold_released} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> FULFILLMENT_ORDERS_HOLD_RELEASED =
            DEFINE.type("fulfillment_orders/hold_released", JsonNode.class);

    /** {@code fulfillment_orders/line_items_prepared_for_local_delivery} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> FULFILLMENT_ORDERS_LINE_ITEMS_PREPARED_FOR_LOCAL_DELIVERY =
            DEFINE.type("fulfillment_orders/line_items_prepared_for_local_delivery", JsonNode.class);

    /** {@code fulfillment_orders/line_items_prepared_for_pickup} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> FULFILLMENT_ORDERS_LINE_ITEMS_PREPARED_FOR_PICKUP =
            DEFINE.type("fulfillment_orders/line_items_prepared_for_pickup", JsonNode.class);

    /** {@code fulfillment_orders/merged} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> FULFILLMENT_ORDERS_MERGED =
            DEFINE.type("fulfillment_orders/merged", JsonNode.class);

    /** {@code fulfillment_orders/moved} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> FULFILLMENT_ORDERS_MOVED =
            DEFINE.type("fulfillment_orders/moved", JsonNode.class);

    /** {@code fulfillment_orders/order_routing_complete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> FULFILLMENT_ORDERS_ORDER_ROUTING_COMPLETE =
            DEFINE.type("fulfillment_orders/order_routing_complete", JsonNode.class);

    /** {@code fulfillment_orders/placed_on_hold} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> FULFILLMENT_ORDERS_PLACED_ON_HOLD =
            DEFINE.type("fulfillment_orders/placed_on_hold", JsonNode.class);

    /** {@code fulfillment_orders/rescheduled} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> FULFILLMENT_ORDERS_RESCHEDULED =
            DEFINE.type("fulfillment_orders/rescheduled", JsonNode.class);

    /** {@code fulfillment_orders/scheduled_fulfillment_order_ready} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> FULFILLMENT_ORDERS_SCHEDULED_FULFILLMENT_ORDER_READY =
            DEFINE.type("fulfillment_orders/scheduled_fulfillment_order_ready", JsonNode.class);

    /** {@code fulfillment_orders/split} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> FULFILLMENT_ORDERS_SPLIT =
            DEFINE.type("fulfillment_orders/split", JsonNode.class);

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

    /** {@code inventory_shipments/add_items} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> INVENTORY_SHIPMENTS_ADD_ITEMS =
            DEFINE.type("inventory_shipments/add_items", JsonNode.class);

    /** {@code inventory_shipments/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> INVENTORY_SHIPMENTS_CREATE =
            DEFINE.type("inventory_shipments/create", JsonNode.class);

    /** {@code inventory_shipments/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> INVENTORY_SHIPMENTS_DELETE =
            DEFINE.type("inventory_shipments/delete", JsonNode.class);

    /** {@code inventory_shipments/mark_in_transit} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> INVENTORY_SHIPMENTS_MARK_IN_TRANSIT =
            DEFINE.type("inventory_shipments/mark_in_transit", JsonNode.class);

    /** {@code inventory_shipments/receive_items} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> INVENTORY_SHIPMENTS_RECEIVE_ITEMS =
            DEFINE.type("inventory_shipments/receive_items", JsonNode.class);

    /** {@code inventory_shipments/remove_items} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> INVENTORY_SHIPMENTS_REMOVE_ITEMS =
            DEFINE.type("inventory_shipments/remove_items", JsonNode.class);

    /** {@code inventory_shipments/update_item_quantities} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> INVENTORY_SHIPMENTS_UPDATE_ITEM_QUANTITIES =
            DEFINE.type("inventory_shipments/update_item_quantities", JsonNode.class);

    /** {@code inventory_shipments/update_tracking} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> INVENTORY_SHIPMENTS_UPDATE_TRACKING =
            DEFINE.type("inventory_shipments/update_tracking", JsonNode.class);

    /** {@code inventory_transfers/add_items} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> INVENTORY_TRANSFERS_ADD_ITEMS =
            DEFINE.type("inventory_transfers/add_items", JsonNode.class);

    /** {@code inventory_transfers/cancel} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> INVENTORY_TRANSFERS_CANCEL =
            DEFINE.type("inventory_transfers/cancel", JsonNode.class);

    /** {@code inventory_transfers/complete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> INVENTORY_TRANSFERS_COMPLETE =
            DEFINE.type("inventory_transfers/complete", JsonNode.class);

    /** {@code inventory_transfers/ready_to_ship} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> INVENTORY_TRANSFERS_READY_TO_SHIP =
            DEFINE.type("inventory_transfers/ready_to_ship", JsonNode.class);

    /** {@code inventory_transfers/remove_items} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> INVENTORY_TRANSFERS_REMOVE_ITEMS =
            DEFINE.type("inventory_transfers/remove_items", JsonNode.class);

    /** {@code inventory_transfers/update_item_quantities} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> INVENTORY_TRANSFERS_UPDATE_ITEM_QUANTITIES =
            DEFINE.type("inventory_transfers/update_item_quantities", JsonNode.class);

    /** {@code locales/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> LOCALES_CREATE =
            DEFINE.type("locales/create", JsonNode.class);

    /** {@code locales/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> LOCALES_UPDATE =
            DEFINE.type("locales/update", JsonNode.class);

    /** {@code locations/activate} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> LOCATIONS_ACTIVATE =
            DEFINE.type("locations/activate", JsonNode.class);

    /** {@code locations/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> LOCATIONS_CREATE =
            DEFINE.type("locations/create", JsonNode.class);

    /** {@code locations/deactivate} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> LOCATIONS_DEACTIVATE =
            DEFINE.type("locations/deactivate", JsonNode.class);

    /** {@code locations/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> LOCATIONS_DELETE =
            DEFINE.type("locations/delete", JsonNode.class);

    /** {@code locations/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> LOCATIONS_UPDATE =
            DEFINE.type("locations/update", JsonNode.class);

    /** {@code markets/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> MARKETS_CREATE =
            DEFINE.type("markets/create", JsonNode.class);

    /** {@code markets/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> MARKETS_DELETE =
            DEFINE.type("markets/delete", JsonNode.class);

    /** {@code markets/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> MARKETS_UPDATE =
            DEFINE.type("markets/update", JsonNode.class);

    /** {@code markets_backup_region/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> MARKETS_BACKUP_REGION_UPDATE =
            DEFINE.type("markets_backup_region/update", JsonNode.class);

    /** {@code metafield_definitions/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> METAFIELD_DEFINITIONS_CREATE =
            DEFINE.type("metafield_definitions/create", JsonNode.class);

    /** {@code metafield_definitions/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> METAFIELD_DEFINITIONS_DELETE =
            DEFINE.type("metafield_definitions/delete", JsonNode.class);

    /** {@code metafield_definitions/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> METAFIELD_DEFINITIONS_UPDATE =
            DEFINE.type("metafield_definitions/update", JsonNode.class);

    /** {@code metaobjects/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> METAOBJECTS_CREATE =
            DEFINE.type("metaobjects/create", JsonNode.class);

    /** {@code metaobjects/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> METAOBJECTS_DELETE =
            DEFINE.type("metaobjects/delete", JsonNode.class);

    /** {@code metaobjects/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> METAOBJECTS_UPDATE =
            DEFINE.type("metaobjects/update", JsonNode.class);

    /** {@code order_transactions/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> ORDER_TRANSACTIONS_CREATE =
            DEFINE.type("order_transactions/create", JsonNode.class);

    /** {@code orders/cancelled}: An order was cancelled. */
    public static final EventType<ShopifyEvent<Order>> ORDERS_CANCELLED = DEFINE.type("orders/cancelled", Order.class);

    /** {@code orders/create}: An order was created. */
    public static final EventType<ShopifyEvent<Order>> ORDERS_CREATE = DEFINE.type("orders/create", Order.class);

    /** {@code orders/delete}: An order was deleted. */
    public static final EventType<ShopifyEvent<DeletedResource>> ORDERS_DELETE =
            DEFINE.type("orders/delete", DeletedResource.class);

    /** {@code orders/edited} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> ORDERS_EDITED = DEFINE.type("orders/edited", JsonNode.class);

    /** {@code orders/fulfilled}: An order was fulfilled. */
    public static final EventType<ShopifyEvent<Order>> ORDERS_FULFILLED = DEFINE.type("orders/fulfilled", Order.class);

    /** {@code orders/paid}: An order was paid. */
    public static final EventType<ShopifyEvent<Order>> ORDERS_PAID = DEFINE.type("orders/paid", Order.class);

    /** {@code orders/partially_fulfilled}: An order was partially fulfilled. */
    public static final EventType<ShopifyEvent<Order>> ORDERS_PARTIALLY_FULFILLED =
            DEFINE.type("orders/partially_fulfilled", Order.class);

    /** {@code orders/risk_assessment_changed} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> ORDERS_RISK_ASSESSMENT_CHANGED =
            DEFINE.type("orders/risk_assessment_changed", JsonNode.class);

    /** {@code orders/shopify_protect_eligibility_changed} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> ORDERS_SHOPIFY_PROTECT_ELIGIBILITY_CHANGED =
            DEFINE.type("orders/shopify_protect_eligibility_changed", JsonNode.class);

    /** {@code orders/updated}: An order was updated. */
    public static final EventType<ShopifyEvent<Order>> ORDERS_UPDATED = DEFINE.type("orders/updated", Order.class);

    /** {@code payment_schedules/due} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> PAYMENT_SCHEDULES_DUE =
            DEFINE.type("payment_schedules/due", JsonNode.class);

    /** {@code payment_terms/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> PAYMENT_TERMS_CREATE =
            DEFINE.type("payment_terms/create", JsonNode.class);

    /** {@code payment_terms/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> PAYMENT_TERMS_DELETE =
            DEFINE.type("payment_terms/delete", JsonNode.class);

    /** {@code payment_terms/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> PAYMENT_TERMS_UPDATE =
            DEFINE.type("payment_terms/update", JsonNode.class);

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

    /** {@code product_listings/add} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> PRODUCT_LISTINGS_ADD =
            DEFINE.type("product_listings/add", JsonNode.class);

    /** {@code product_listings/remove} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> PRODUCT_LISTINGS_REMOVE =
            DEFINE.type("product_listings/remove", JsonNode.class);

    /** {@code product_listings/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> PRODUCT_LISTINGS_UPDATE =
            DEFINE.type("product_listings/update", JsonNode.class);

    /** {@code product_publications/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> PRODUCT_PUBLICATIONS_CREATE =
            DEFINE.type("product_publications/create", JsonNode.class);

    /** {@code product_publications/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> PRODUCT_PUBLICATIONS_DELETE =
            DEFINE.type("product_publications/delete", JsonNode.class);

    /** {@code product_publications/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> PRODUCT_PUBLICATIONS_UPDATE =
            DEFINE.type("product_publications/update", JsonNode.class);

    /** {@code products/create}: A product was created. */
    public static final EventType<ShopifyEvent<Product>> PRODUCTS_CREATE =
            DEFINE.type("products/create", Product.class);

    /** {@code products/delete}: A product was deleted. */
    public static final EventType<ShopifyEvent<DeletedResource>> PRODUCTS_DELETE =
            DEFINE.type("products/delete", DeletedResource.class);

    /** {@code products/update}: A product, or one of its variants, was updated. */
    public static final EventType<ShopifyEvent<Product>> PRODUCTS_UPDATE =
            DEFINE.type("products/update", Product.class);

    /** {@code profiles/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> PROFILES_CREATE =
            DEFINE.type("profiles/create", JsonNode.class);

    /** {@code profiles/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> PROFILES_DELETE =
            DEFINE.type("profiles/delete", JsonNode.class);

    /** {@code profiles/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> PROFILES_UPDATE =
            DEFINE.type("profiles/update", JsonNode.class);

    /** {@code publications/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> PUBLICATIONS_DELETE =
            DEFINE.type("publications/delete", JsonNode.class);

    /** {@code refunds/create}: A refund was created. */
    public static final EventType<ShopifyEvent<Refund>> REFUNDS_CREATE = DEFINE.type("refunds/create", Refund.class);

    /** {@code returns/approve} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> RETURNS_APPROVE =
            DEFINE.type("returns/approve", JsonNode.class);

    /** {@code returns/cancel} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> RETURNS_CANCEL =
            DEFINE.type("returns/cancel", JsonNode.class);

    /** {@code returns/close} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> RETURNS_CLOSE = DEFINE.type("returns/close", JsonNode.class);

    /** {@code returns/decline} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> RETURNS_DECLINE =
            DEFINE.type("returns/decline", JsonNode.class);

    /** {@code returns/process} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> RETURNS_PROCESS =
            DEFINE.type("returns/process", JsonNode.class);

    /** {@code returns/reopen} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> RETURNS_REOPEN =
            DEFINE.type("returns/reopen", JsonNode.class);

    /** {@code returns/request} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> RETURNS_REQUEST =
            DEFINE.type("returns/request", JsonNode.class);

    /** {@code returns/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> RETURNS_UPDATE =
            DEFINE.type("returns/update", JsonNode.class);

    /** {@code reverse_deliveries/attach_deliverable} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> REVERSE_DELIVERIES_ATTACH_DELIVERABLE =
            DEFINE.type("reverse_deliveries/attach_deliverable", JsonNode.class);

    /** {@code reverse_fulfillment_orders/dispose} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> REVERSE_FULFILLMENT_ORDERS_DISPOSE =
            DEFINE.type("reverse_fulfillment_orders/dispose", JsonNode.class);

    /** {@code scheduled_product_listings/add} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> SCHEDULED_PRODUCT_LISTINGS_ADD =
            DEFINE.type("scheduled_product_listings/add", JsonNode.class);

    /** {@code scheduled_product_listings/remove} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> SCHEDULED_PRODUCT_LISTINGS_REMOVE =
            DEFINE.type("scheduled_product_listings/remove", JsonNode.class);

    /** {@code scheduled_product_listings/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> SCHEDULED_PRODUCT_LISTINGS_UPDATE =
            DEFINE.type("scheduled_product_listings/update", JsonNode.class);

    /** {@code segments/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> SEGMENTS_CREATE =
            DEFINE.type("segments/create", JsonNode.class);

    /** {@code segments/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> SEGMENTS_DELETE =
            DEFINE.type("segments/delete", JsonNode.class);

    /** {@code segments/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> SEGMENTS_UPDATE =
            DEFINE.type("segments/update", JsonNode.class);

    /** {@code selling_plan_groups/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> SELLING_PLAN_GROUPS_CREATE =
            DEFINE.type("selling_plan_groups/create", JsonNode.class);

    /** {@code selling_plan_groups/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> SELLING_PLAN_GROUPS_DELETE =
            DEFINE.type("selling_plan_groups/delete", JsonNode.class);

    /** {@code selling_plan_groups/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> SELLING_PLAN_GROUPS_UPDATE =
            DEFINE.type("selling_plan_groups/update", JsonNode.class);

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

    /** {@code subscription_billing_attempts/challenged} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> SUBSCRIPTION_BILLING_ATTEMPTS_CHALLENGED =
            DEFINE.type("subscription_billing_attempts/challenged", JsonNode.class);

    /** {@code subscription_billing_attempts/failure} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> SUBSCRIPTION_BILLING_ATTEMPTS_FAILURE =
            DEFINE.type("subscription_billing_attempts/failure", JsonNode.class);

    /** {@code subscription_billing_attempts/success} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> SUBSCRIPTION_BILLING_ATTEMPTS_SUCCESS =
            DEFINE.type("subscription_billing_attempts/success", JsonNode.class);

    /** {@code subscription_billing_cycle_edits/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> SUBSCRIPTION_BILLING_CYCLE_EDITS_CREATE =
            DEFINE.type("subscription_billing_cycle_edits/create", JsonNode.class);

    /** {@code subscription_billing_cycle_edits/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> SUBSCRIPTION_BILLING_CYCLE_EDITS_DELETE =
            DEFINE.type("subscription_billing_cycle_edits/delete", JsonNode.class);

    /** {@code subscription_billing_cycle_edits/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> SUBSCRIPTION_BILLING_CYCLE_EDITS_UPDATE =
            DEFINE.type("subscription_billing_cycle_edits/update", JsonNode.class);

    /** {@code subscription_billing_cycles/skip} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> SUBSCRIPTION_BILLING_CYCLES_SKIP =
            DEFINE.type("subscription_billing_cycles/skip", JsonNode.class);

    /** {@code subscription_billing_cycles/unskip} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> SUBSCRIPTION_BILLING_CYCLES_UNSKIP =
            DEFINE.type("subscription_billing_cycles/unskip", JsonNode.class);

    /** {@code subscription_contracts/activate} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> SUBSCRIPTION_CONTRACTS_ACTIVATE =
            DEFINE.type("subscription_contracts/activate", JsonNode.class);

    /** {@code subscription_contracts/cancel} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> SUBSCRIPTION_CONTRACTS_CANCEL =
            DEFINE.type("subscription_contracts/cancel", JsonNode.class);

    /** {@code subscription_contracts/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> SUBSCRIPTION_CONTRACTS_CREATE =
            DEFINE.type("subscription_contracts/create", JsonNode.class);

    /** {@code subscription_contracts/expire} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> SUBSCRIPTION_CONTRACTS_EXPIRE =
            DEFINE.type("subscription_contracts/expire", JsonNode.class);

    /** {@code subscription_contracts/fail} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> SUBSCRIPTION_CONTRACTS_FAIL =
            DEFINE.type("subscription_contracts/fail", JsonNode.class);

    /** {@code subscription_contracts/pause} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> SUBSCRIPTION_CONTRACTS_PAUSE =
            DEFINE.type("subscription_contracts/pause", JsonNode.class);

    /** {@code subscription_contracts/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> SUBSCRIPTION_CONTRACTS_UPDATE =
            DEFINE.type("subscription_contracts/update", JsonNode.class);

    /** {@code tax_services/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> TAX_SERVICES_CREATE =
            DEFINE.type("tax_services/create", JsonNode.class);

    /** {@code tax_services/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> TAX_SERVICES_UPDATE =
            DEFINE.type("tax_services/update", JsonNode.class);

    /** {@code tender_transactions/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> TENDER_TRANSACTIONS_CREATE =
            DEFINE.type("tender_transactions/create", JsonNode.class);

    /** {@code themes/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> THEMES_CREATE = DEFINE.type("themes/create", JsonNode.class);

    /** {@code themes/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> THEMES_DELETE = DEFINE.type("themes/delete", JsonNode.class);

    /** {@code themes/publish} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> THEMES_PUBLISH =
            DEFINE.type("themes/publish", JsonNode.class);

    /** {@code themes/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> THEMES_UPDATE = DEFINE.type("themes/update", JsonNode.class);

    /** {@code variants/in_stock} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> VARIANTS_IN_STOCK =
            DEFINE.type("variants/in_stock", JsonNode.class);

    /** {@code variants/out_of_stock} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyEvent<JsonNode>> VARIANTS_OUT_OF_STOCK =
            DEFINE.type("variants/out_of_stock", JsonNode.class);

    /** The mandatory compliance topics every app in the Shopify App Store must handle. */
    public static final List<EventType<?>> COMPLIANCE = List.of(CUSTOMERS_DATA_REQUEST, CUSTOMERS_REDACT, SHOP_REDACT);

    /** The catalogue of every constant above: the last static field, so it misses none. */
    private static final EventCatalogue CATALOGUE = DEFINE.build();

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

    /** The catalogue, for {@link ShopifyProviderFactory#descriptor()}. */
    static EventCatalogue catalogue() {
        return CATALOGUE;
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
