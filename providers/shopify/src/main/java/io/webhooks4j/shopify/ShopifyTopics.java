package io.webhooks4j.shopify;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every webhook topic Shopify documents, each typed with its payload, for type-checked handler registration:
 *
 * <pre>{@code
 * Webhooks.builder()
 *     .provider(ShopifyProvider.create(clientSecret))
 *     .on(ShopifyTopics.ORDERS_CREATE, w -> invoice(w.payload().totalPrice(), w.payload().currency()))
 *     .on(ShopifyTopics.CUSTOMERS_REDACT, w -> erase(w.payload().customer().id()))
 *     .build();
 * }</pre>
 *
 * <p>Topics whose payload is not modelled carry {@link JsonNode} (use {@link ShopifyWebhook#payloadAs(Class)} to
 * bind it to your own record). A topic not in this catalogue still reaches {@link #ANY} handlers with a
 * {@link JsonNode} payload and is acknowledged, never rejected. Constant names are Shopify's GraphQL
 * {@code WebhookSubscriptionTopic} names; {@link EventType#name()} is the topic as sent in
 * {@code X-Shopify-Topic}.
 *
 * <p>Sources: the Shopify webhook topics reference (https://shopify.dev/docs/api/webhooks) and the GraphQL Admin
 * {@code WebhookSubscriptionTopic} enum (2025-2026 versions), plus the three mandatory compliance topics.
 */
public final class ShopifyTopics {
    private static final List<EventType<?>> ALL = new ArrayList<>();
    private static final Map<String, EventType<?>> BY_NAME = new HashMap<>();

    /** Every Shopify delivery, whatever its topic. */
    public static final EventType<ShopifyWebhook<?>> ANY = EventType.any(ShopifyProvider.ID);

    /** {@code app/scopes_update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> APP_SCOPES_UPDATE =
            topic("app/scopes_update", JsonNode.class);

    /** {@code app/uninstalled}: The shop uninstalled the app; the payload is the shop. */
    public static final EventType<ShopifyWebhook<Shop>> APP_UNINSTALLED = topic("app/uninstalled", Shop.class);

    /** {@code app_purchases_one_time/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> APP_PURCHASES_ONE_TIME_UPDATE =
            topic("app_purchases_one_time/update", JsonNode.class);

    /** {@code app_subscriptions/approaching_capped_amount} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> APP_SUBSCRIPTIONS_APPROACHING_CAPPED_AMOUNT =
            topic("app_subscriptions/approaching_capped_amount", JsonNode.class);

    /** {@code app_subscriptions/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> APP_SUBSCRIPTIONS_UPDATE =
            topic("app_subscriptions/update", JsonNode.class);

    /** {@code audit_events/admin_api_activity} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> AUDIT_EVENTS_ADMIN_API_ACTIVITY =
            topic("audit_events/admin_api_activity", JsonNode.class);

    /** {@code bulk_operations/finish} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> BULK_OPERATIONS_FINISH =
            topic("bulk_operations/finish", JsonNode.class);

    /** {@code carts/create}: An online-store cart was created. */
    public static final EventType<ShopifyWebhook<Cart>> CARTS_CREATE = topic("carts/create", Cart.class);

    /** {@code carts/update}: An online-store cart was updated. */
    public static final EventType<ShopifyWebhook<Cart>> CARTS_UPDATE = topic("carts/update", Cart.class);

    /** {@code channels/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> CHANNELS_DELETE = topic("channels/delete", JsonNode.class);

    /** {@code checkouts/create}: A checkout was created. */
    public static final EventType<ShopifyWebhook<Checkout>> CHECKOUTS_CREATE =
            topic("checkouts/create", Checkout.class);

    /** {@code checkouts/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> CHECKOUTS_DELETE =
            topic("checkouts/delete", JsonNode.class);

    /** {@code checkouts/update}: A checkout was updated. */
    public static final EventType<ShopifyWebhook<Checkout>> CHECKOUTS_UPDATE =
            topic("checkouts/update", Checkout.class);

    /** {@code collection_listings/add} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> COLLECTION_LISTINGS_ADD =
            topic("collection_listings/add", JsonNode.class);

    /** {@code collection_listings/remove} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> COLLECTION_LISTINGS_REMOVE =
            topic("collection_listings/remove", JsonNode.class);

    /** {@code collection_listings/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> COLLECTION_LISTINGS_UPDATE =
            topic("collection_listings/update", JsonNode.class);

    /** {@code collection_publications/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> COLLECTION_PUBLICATIONS_CREATE =
            topic("collection_publications/create", JsonNode.class);

    /** {@code collection_publications/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> COLLECTION_PUBLICATIONS_DELETE =
            topic("collection_publications/delete", JsonNode.class);

    /** {@code collection_publications/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> COLLECTION_PUBLICATIONS_UPDATE =
            topic("collection_publications/update", JsonNode.class);

    /** {@code collections/create}: A collection was created. */
    public static final EventType<ShopifyWebhook<Collection>> COLLECTIONS_CREATE =
            topic("collections/create", Collection.class);

    /** {@code collections/delete}: A collection was deleted. */
    public static final EventType<ShopifyWebhook<DeletedResource>> COLLECTIONS_DELETE =
            topic("collections/delete", DeletedResource.class);

    /** {@code collections/update}: A collection was updated (products added or removed included). */
    public static final EventType<ShopifyWebhook<Collection>> COLLECTIONS_UPDATE =
            topic("collections/update", Collection.class);

    /** {@code companies/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> COMPANIES_CREATE =
            topic("companies/create", JsonNode.class);

    /** {@code companies/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> COMPANIES_DELETE =
            topic("companies/delete", JsonNode.class);

    /** {@code companies/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> COMPANIES_UPDATE =
            topic("companies/update", JsonNode.class);

    /** {@code company_contact_roles/assign} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> COMPANY_CONTACT_ROLES_ASSIGN =
            topic("company_contact_roles/assign", JsonNode.class);

    /** {@code company_contact_roles/revoke} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> COMPANY_CONTACT_ROLES_REVOKE =
            topic("company_contact_roles/revoke", JsonNode.class);

    /** {@code company_contacts/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> COMPANY_CONTACTS_CREATE =
            topic("company_contacts/create", JsonNode.class);

    /** {@code company_contacts/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> COMPANY_CONTACTS_DELETE =
            topic("company_contacts/delete", JsonNode.class);

    /** {@code company_contacts/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> COMPANY_CONTACTS_UPDATE =
            topic("company_contacts/update", JsonNode.class);

    /** {@code company_locations/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> COMPANY_LOCATIONS_CREATE =
            topic("company_locations/create", JsonNode.class);

    /** {@code company_locations/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> COMPANY_LOCATIONS_DELETE =
            topic("company_locations/delete", JsonNode.class);

    /** {@code company_locations/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> COMPANY_LOCATIONS_UPDATE =
            topic("company_locations/update", JsonNode.class);

    /** {@code customer.joined_segment} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> CUSTOMER_JOINED_SEGMENT =
            topic("customer.joined_segment", JsonNode.class);

    /** {@code customer.left_segment} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> CUSTOMER_LEFT_SEGMENT =
            topic("customer.left_segment", JsonNode.class);

    /** {@code customer.tags_added} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> CUSTOMER_TAGS_ADDED =
            topic("customer.tags_added", JsonNode.class);

    /** {@code customer.tags_removed} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> CUSTOMER_TAGS_REMOVED =
            topic("customer.tags_removed", JsonNode.class);

    /** {@code customer_account_settings/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> CUSTOMER_ACCOUNT_SETTINGS_UPDATE =
            topic("customer_account_settings/update", JsonNode.class);

    /** {@code customer_groups/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> CUSTOMER_GROUPS_CREATE =
            topic("customer_groups/create", JsonNode.class);

    /** {@code customer_groups/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> CUSTOMER_GROUPS_DELETE =
            topic("customer_groups/delete", JsonNode.class);

    /** {@code customer_groups/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> CUSTOMER_GROUPS_UPDATE =
            topic("customer_groups/update", JsonNode.class);

    /** {@code customer_payment_methods/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> CUSTOMER_PAYMENT_METHODS_CREATE =
            topic("customer_payment_methods/create", JsonNode.class);

    /** {@code customer_payment_methods/revoke} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> CUSTOMER_PAYMENT_METHODS_REVOKE =
            topic("customer_payment_methods/revoke", JsonNode.class);

    /** {@code customer_payment_methods/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> CUSTOMER_PAYMENT_METHODS_UPDATE =
            topic("customer_payment_methods/update", JsonNode.class);

    /** {@code customers/create}: A customer was created. */
    public static final EventType<ShopifyWebhook<Customer>> CUSTOMERS_CREATE =
            topic("customers/create", Customer.class);

    /** {@code customers/data_request}: Mandatory compliance topic: a customer asked for their data. */
    public static final EventType<ShopifyWebhook<CustomersDataRequest>> CUSTOMERS_DATA_REQUEST =
            topic("customers/data_request", CustomersDataRequest.class);

    /** {@code customers/delete}: A customer was deleted. */
    public static final EventType<ShopifyWebhook<DeletedResource>> CUSTOMERS_DELETE =
            topic("customers/delete", DeletedResource.class);

    /** {@code customers/disable}: A customer account was disabled. */
    public static final EventType<ShopifyWebhook<Customer>> CUSTOMERS_DISABLE =
            topic("customers/disable", Customer.class);

    /** {@code customers/enable}: A customer account was enabled. */
    public static final EventType<ShopifyWebhook<Customer>> CUSTOMERS_ENABLE =
            topic("customers/enable", Customer.class);

    /** {@code customers/merge} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> CUSTOMERS_MERGE = topic("customers/merge", JsonNode.class);

    /** {@code customers/purchasing_summary} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> CUSTOMERS_PURCHASING_SUMMARY =
            topic("customers/purchasing_summary", JsonNode.class);

    /** {@code customers/redact}: Mandatory compliance topic: erase a customer's data. */
    public static final EventType<ShopifyWebhook<CustomersRedact>> CUSTOMERS_REDACT =
            topic("customers/redact", CustomersRedact.class);

    /** {@code customers/update}: A customer was updated. */
    public static final EventType<ShopifyWebhook<Customer>> CUSTOMERS_UPDATE =
            topic("customers/update", Customer.class);

    /** {@code customers_email_marketing_consent/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> CUSTOMERS_EMAIL_MARKETING_CONSENT_UPDATE =
            topic("customers_email_marketing_consent/update", JsonNode.class);

    /** {@code customers_marketing_consent/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> CUSTOMERS_MARKETING_CONSENT_UPDATE =
            topic("customers_marketing_consent/update", JsonNode.class);

    /** {@code delivery_promise_settings/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> DELIVERY_PROMISE_SETTINGS_UPDATE =
            topic("delivery_promise_settings/update", JsonNode.class);

    /** {@code discounts/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> DISCOUNTS_CREATE =
            topic("discounts/create", JsonNode.class);

    /** {@code discounts/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> DISCOUNTS_DELETE =
            topic("discounts/delete", JsonNode.class);

    /** {@code discounts/redeemcode_added} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> DISCOUNTS_REDEEMCODE_ADDED =
            topic("discounts/redeemcode_added", JsonNode.class);

    /** {@code discounts/redeemcode_removed} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> DISCOUNTS_REDEEMCODE_REMOVED =
            topic("discounts/redeemcode_removed", JsonNode.class);

    /** {@code discounts/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> DISCOUNTS_UPDATE =
            topic("discounts/update", JsonNode.class);

    /** {@code disputes/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> DISPUTES_CREATE = topic("disputes/create", JsonNode.class);

    /** {@code disputes/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> DISPUTES_UPDATE = topic("disputes/update", JsonNode.class);

    /** {@code domains/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> DOMAINS_CREATE = topic("domains/create", JsonNode.class);

    /** {@code domains/destroy} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> DOMAINS_DESTROY = topic("domains/destroy", JsonNode.class);

    /** {@code domains/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> DOMAINS_UPDATE = topic("domains/update", JsonNode.class);

    /** {@code draft_orders/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> DRAFT_ORDERS_CREATE =
            topic("draft_orders/create", JsonNode.class);

    /** {@code draft_orders/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> DRAFT_ORDERS_DELETE =
            topic("draft_orders/delete", JsonNode.class);

    /** {@code draft_orders/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> DRAFT_ORDERS_UPDATE =
            topic("draft_orders/update", JsonNode.class);

    /** {@code finance_app_staff_member/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> FINANCE_APP_STAFF_MEMBER_DELETE =
            topic("finance_app_staff_member/delete", JsonNode.class);

    /** {@code finance_app_staff_member/grant} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> FINANCE_APP_STAFF_MEMBER_GRANT =
            topic("finance_app_staff_member/grant", JsonNode.class);

    /** {@code finance_app_staff_member/revoke} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> FINANCE_APP_STAFF_MEMBER_REVOKE =
            topic("finance_app_staff_member/revoke", JsonNode.class);

    /** {@code finance_app_staff_member/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> FINANCE_APP_STAFF_MEMBER_UPDATE =
            topic("finance_app_staff_member/update", JsonNode.class);

    /** {@code finance_kyc_information/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> FINANCE_KYC_INFORMATION_UPDATE =
            topic("finance_kyc_information/update", JsonNode.class);

    /** {@code fulfillment_events/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> FULFILLMENT_EVENTS_CREATE =
            topic("fulfillment_events/create", JsonNode.class);

    /** {@code fulfillment_events/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> FULFILLMENT_EVENTS_DELETE =
            topic("fulfillment_events/delete", JsonNode.class);

    /** {@code fulfillment_holds/added} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> FULFILLMENT_HOLDS_ADDED =
            topic("fulfillment_holds/added", JsonNode.class);

    /** {@code fulfillment_holds/released} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> FULFILLMENT_HOLDS_RELEASED =
            topic("fulfillment_holds/released", JsonNode.class);

    /** {@code fulfillment_orders/cancellation_request_accepted} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> FULFILLMENT_ORDERS_CANCELLATION_REQUEST_ACCEPTED =
            topic("fulfillment_orders/cancellation_request_accepted", JsonNode.class);

    /** {@code fulfillment_orders/cancellation_request_rejected} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> FULFILLMENT_ORDERS_CANCELLATION_REQUEST_REJECTED =
            topic("fulfillment_orders/cancellation_request_rejected", JsonNode.class);

    /** {@code fulfillment_orders/cancellation_request_submitted} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> FULFILLMENT_ORDERS_CANCELLATION_REQUEST_SUBMITTED =
            topic("fulfillment_orders/cancellation_request_submitted", JsonNode.class);

    /** {@code fulfillment_orders/cancelled} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> FULFILLMENT_ORDERS_CANCELLED =
            topic("fulfillment_orders/cancelled", JsonNode.class);

    /** {@code fulfillment_orders/fulfillment_request_accepted} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> FULFILLMENT_ORDERS_FULFILLMENT_REQUEST_ACCEPTED =
            topic("fulfillment_orders/fulfillment_request_accepted", JsonNode.class);

    /** {@code fulfillment_orders/fulfillment_request_rejected} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> FULFILLMENT_ORDERS_FULFILLMENT_REQUEST_REJECTED =
            topic("fulfillment_orders/fulfillment_request_rejected", JsonNode.class);

    /** {@code fulfillment_orders/fulfillment_request_submitted} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> FULFILLMENT_ORDERS_FULFILLMENT_REQUEST_SUBMITTED =
            topic("fulfillment_orders/fulfillment_request_submitted", JsonNode.class);

    /** {@code fulfillment_orders/fulfillment_service_failed_to_complete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> FULFILLMENT_ORDERS_FULFILLMENT_SERVICE_FAILED_TO_COMPLETE =
            topic("fulfillment_orders/fulfillment_service_failed_to_complete", JsonNode.class);

    /** {@code fulfillment_orders/hold_released} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> FULFILLMENT_ORDERS_HOLD_RELEASED =
            topic("fulfillment_orders/hold_released", JsonNode.class);

    /** {@code fulfillment_orders/line_items_prepared_for_local_delivery} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> FULFILLMENT_ORDERS_LINE_ITEMS_PREPARED_FOR_LOCAL_DELIVERY =
            topic("fulfillment_orders/line_items_prepared_for_local_delivery", JsonNode.class);

    /** {@code fulfillment_orders/line_items_prepared_for_pickup} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> FULFILLMENT_ORDERS_LINE_ITEMS_PREPARED_FOR_PICKUP =
            topic("fulfillment_orders/line_items_prepared_for_pickup", JsonNode.class);

    /** {@code fulfillment_orders/merged} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> FULFILLMENT_ORDERS_MERGED =
            topic("fulfillment_orders/merged", JsonNode.class);

    /** {@code fulfillment_orders/moved} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> FULFILLMENT_ORDERS_MOVED =
            topic("fulfillment_orders/moved", JsonNode.class);

    /** {@code fulfillment_orders/order_routing_complete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> FULFILLMENT_ORDERS_ORDER_ROUTING_COMPLETE =
            topic("fulfillment_orders/order_routing_complete", JsonNode.class);

    /** {@code fulfillment_orders/placed_on_hold} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> FULFILLMENT_ORDERS_PLACED_ON_HOLD =
            topic("fulfillment_orders/placed_on_hold", JsonNode.class);

    /** {@code fulfillment_orders/rescheduled} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> FULFILLMENT_ORDERS_RESCHEDULED =
            topic("fulfillment_orders/rescheduled", JsonNode.class);

    /** {@code fulfillment_orders/scheduled_fulfillment_order_ready} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> FULFILLMENT_ORDERS_SCHEDULED_FULFILLMENT_ORDER_READY =
            topic("fulfillment_orders/scheduled_fulfillment_order_ready", JsonNode.class);

    /** {@code fulfillment_orders/split} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> FULFILLMENT_ORDERS_SPLIT =
            topic("fulfillment_orders/split", JsonNode.class);

    /** {@code fulfillments/create}: A fulfillment was created. */
    public static final EventType<ShopifyWebhook<Fulfillment>> FULFILLMENTS_CREATE =
            topic("fulfillments/create", Fulfillment.class);

    /** {@code fulfillments/update}: A fulfillment was updated. */
    public static final EventType<ShopifyWebhook<Fulfillment>> FULFILLMENTS_UPDATE =
            topic("fulfillments/update", Fulfillment.class);

    /** {@code inventory_items/create}: An inventory item was created. */
    public static final EventType<ShopifyWebhook<InventoryItem>> INVENTORY_ITEMS_CREATE =
            topic("inventory_items/create", InventoryItem.class);

    /** {@code inventory_items/delete}: An inventory item was deleted. */
    public static final EventType<ShopifyWebhook<DeletedResource>> INVENTORY_ITEMS_DELETE =
            topic("inventory_items/delete", DeletedResource.class);

    /** {@code inventory_items/update}: An inventory item was updated. */
    public static final EventType<ShopifyWebhook<InventoryItem>> INVENTORY_ITEMS_UPDATE =
            topic("inventory_items/update", InventoryItem.class);

    /** {@code inventory_levels/connect}: An inventory item was connected to a location. */
    public static final EventType<ShopifyWebhook<InventoryLevel>> INVENTORY_LEVELS_CONNECT =
            topic("inventory_levels/connect", InventoryLevel.class);

    /** {@code inventory_levels/disconnect}: An inventory item was disconnected from a location. */
    public static final EventType<ShopifyWebhook<InventoryLevel>> INVENTORY_LEVELS_DISCONNECT =
            topic("inventory_levels/disconnect", InventoryLevel.class);

    /** {@code inventory_levels/update}: An inventory level changed. */
    public static final EventType<ShopifyWebhook<InventoryLevel>> INVENTORY_LEVELS_UPDATE =
            topic("inventory_levels/update", InventoryLevel.class);

    /** {@code inventory_shipments/add_items} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> INVENTORY_SHIPMENTS_ADD_ITEMS =
            topic("inventory_shipments/add_items", JsonNode.class);

    /** {@code inventory_shipments/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> INVENTORY_SHIPMENTS_CREATE =
            topic("inventory_shipments/create", JsonNode.class);

    /** {@code inventory_shipments/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> INVENTORY_SHIPMENTS_DELETE =
            topic("inventory_shipments/delete", JsonNode.class);

    /** {@code inventory_shipments/mark_in_transit} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> INVENTORY_SHIPMENTS_MARK_IN_TRANSIT =
            topic("inventory_shipments/mark_in_transit", JsonNode.class);

    /** {@code inventory_shipments/receive_items} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> INVENTORY_SHIPMENTS_RECEIVE_ITEMS =
            topic("inventory_shipments/receive_items", JsonNode.class);

    /** {@code inventory_shipments/remove_items} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> INVENTORY_SHIPMENTS_REMOVE_ITEMS =
            topic("inventory_shipments/remove_items", JsonNode.class);

    /** {@code inventory_shipments/update_item_quantities} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> INVENTORY_SHIPMENTS_UPDATE_ITEM_QUANTITIES =
            topic("inventory_shipments/update_item_quantities", JsonNode.class);

    /** {@code inventory_shipments/update_tracking} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> INVENTORY_SHIPMENTS_UPDATE_TRACKING =
            topic("inventory_shipments/update_tracking", JsonNode.class);

    /** {@code inventory_transfers/add_items} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> INVENTORY_TRANSFERS_ADD_ITEMS =
            topic("inventory_transfers/add_items", JsonNode.class);

    /** {@code inventory_transfers/cancel} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> INVENTORY_TRANSFERS_CANCEL =
            topic("inventory_transfers/cancel", JsonNode.class);

    /** {@code inventory_transfers/complete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> INVENTORY_TRANSFERS_COMPLETE =
            topic("inventory_transfers/complete", JsonNode.class);

    /** {@code inventory_transfers/ready_to_ship} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> INVENTORY_TRANSFERS_READY_TO_SHIP =
            topic("inventory_transfers/ready_to_ship", JsonNode.class);

    /** {@code inventory_transfers/remove_items} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> INVENTORY_TRANSFERS_REMOVE_ITEMS =
            topic("inventory_transfers/remove_items", JsonNode.class);

    /** {@code inventory_transfers/update_item_quantities} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> INVENTORY_TRANSFERS_UPDATE_ITEM_QUANTITIES =
            topic("inventory_transfers/update_item_quantities", JsonNode.class);

    /** {@code locales/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> LOCALES_CREATE = topic("locales/create", JsonNode.class);

    /** {@code locales/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> LOCALES_UPDATE = topic("locales/update", JsonNode.class);

    /** {@code locations/activate} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> LOCATIONS_ACTIVATE =
            topic("locations/activate", JsonNode.class);

    /** {@code locations/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> LOCATIONS_CREATE =
            topic("locations/create", JsonNode.class);

    /** {@code locations/deactivate} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> LOCATIONS_DEACTIVATE =
            topic("locations/deactivate", JsonNode.class);

    /** {@code locations/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> LOCATIONS_DELETE =
            topic("locations/delete", JsonNode.class);

    /** {@code locations/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> LOCATIONS_UPDATE =
            topic("locations/update", JsonNode.class);

    /** {@code markets/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> MARKETS_CREATE = topic("markets/create", JsonNode.class);

    /** {@code markets/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> MARKETS_DELETE = topic("markets/delete", JsonNode.class);

    /** {@code markets/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> MARKETS_UPDATE = topic("markets/update", JsonNode.class);

    /** {@code markets_backup_region/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> MARKETS_BACKUP_REGION_UPDATE =
            topic("markets_backup_region/update", JsonNode.class);

    /** {@code metafield_definitions/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> METAFIELD_DEFINITIONS_CREATE =
            topic("metafield_definitions/create", JsonNode.class);

    /** {@code metafield_definitions/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> METAFIELD_DEFINITIONS_DELETE =
            topic("metafield_definitions/delete", JsonNode.class);

    /** {@code metafield_definitions/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> METAFIELD_DEFINITIONS_UPDATE =
            topic("metafield_definitions/update", JsonNode.class);

    /** {@code metaobjects/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> METAOBJECTS_CREATE =
            topic("metaobjects/create", JsonNode.class);

    /** {@code metaobjects/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> METAOBJECTS_DELETE =
            topic("metaobjects/delete", JsonNode.class);

    /** {@code metaobjects/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> METAOBJECTS_UPDATE =
            topic("metaobjects/update", JsonNode.class);

    /** {@code order_transactions/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> ORDER_TRANSACTIONS_CREATE =
            topic("order_transactions/create", JsonNode.class);

    /** {@code orders/cancelled}: An order was cancelled. */
    public static final EventType<ShopifyWebhook<Order>> ORDERS_CANCELLED = topic("orders/cancelled", Order.class);

    /** {@code orders/create}: An order was created. */
    public static final EventType<ShopifyWebhook<Order>> ORDERS_CREATE = topic("orders/create", Order.class);

    /** {@code orders/delete}: An order was deleted. */
    public static final EventType<ShopifyWebhook<DeletedResource>> ORDERS_DELETE =
            topic("orders/delete", DeletedResource.class);

    /** {@code orders/edited} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> ORDERS_EDITED = topic("orders/edited", JsonNode.class);

    /** {@code orders/fulfilled}: An order was fulfilled. */
    public static final EventType<ShopifyWebhook<Order>> ORDERS_FULFILLED = topic("orders/fulfilled", Order.class);

    /** {@code orders/paid}: An order was paid. */
    public static final EventType<ShopifyWebhook<Order>> ORDERS_PAID = topic("orders/paid", Order.class);

    /** {@code orders/partially_fulfilled}: An order was partially fulfilled. */
    public static final EventType<ShopifyWebhook<Order>> ORDERS_PARTIALLY_FULFILLED =
            topic("orders/partially_fulfilled", Order.class);

    /** {@code orders/risk_assessment_changed} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> ORDERS_RISK_ASSESSMENT_CHANGED =
            topic("orders/risk_assessment_changed", JsonNode.class);

    /** {@code orders/shopify_protect_eligibility_changed} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> ORDERS_SHOPIFY_PROTECT_ELIGIBILITY_CHANGED =
            topic("orders/shopify_protect_eligibility_changed", JsonNode.class);

    /** {@code orders/updated}: An order was updated. */
    public static final EventType<ShopifyWebhook<Order>> ORDERS_UPDATED = topic("orders/updated", Order.class);

    /** {@code payment_schedules/due} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> PAYMENT_SCHEDULES_DUE =
            topic("payment_schedules/due", JsonNode.class);

    /** {@code payment_terms/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> PAYMENT_TERMS_CREATE =
            topic("payment_terms/create", JsonNode.class);

    /** {@code payment_terms/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> PAYMENT_TERMS_DELETE =
            topic("payment_terms/delete", JsonNode.class);

    /** {@code payment_terms/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> PAYMENT_TERMS_UPDATE =
            topic("payment_terms/update", JsonNode.class);

    /** {@code product_feeds/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> PRODUCT_FEEDS_CREATE =
            topic("product_feeds/create", JsonNode.class);

    /** {@code product_feeds/full_sync} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> PRODUCT_FEEDS_FULL_SYNC =
            topic("product_feeds/full_sync", JsonNode.class);

    /** {@code product_feeds/full_sync_finish} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> PRODUCT_FEEDS_FULL_SYNC_FINISH =
            topic("product_feeds/full_sync_finish", JsonNode.class);

    /** {@code product_feeds/incremental_sync} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> PRODUCT_FEEDS_INCREMENTAL_SYNC =
            topic("product_feeds/incremental_sync", JsonNode.class);

    /** {@code product_feeds/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> PRODUCT_FEEDS_UPDATE =
            topic("product_feeds/update", JsonNode.class);

    /** {@code product_listings/add} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> PRODUCT_LISTINGS_ADD =
            topic("product_listings/add", JsonNode.class);

    /** {@code product_listings/remove} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> PRODUCT_LISTINGS_REMOVE =
            topic("product_listings/remove", JsonNode.class);

    /** {@code product_listings/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> PRODUCT_LISTINGS_UPDATE =
            topic("product_listings/update", JsonNode.class);

    /** {@code product_publications/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> PRODUCT_PUBLICATIONS_CREATE =
            topic("product_publications/create", JsonNode.class);

    /** {@code product_publications/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> PRODUCT_PUBLICATIONS_DELETE =
            topic("product_publications/delete", JsonNode.class);

    /** {@code product_publications/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> PRODUCT_PUBLICATIONS_UPDATE =
            topic("product_publications/update", JsonNode.class);

    /** {@code products/create}: A product was created. */
    public static final EventType<ShopifyWebhook<Product>> PRODUCTS_CREATE = topic("products/create", Product.class);

    /** {@code products/delete}: A product was deleted. */
    public static final EventType<ShopifyWebhook<DeletedResource>> PRODUCTS_DELETE =
            topic("products/delete", DeletedResource.class);

    /** {@code products/update}: A product, or one of its variants, was updated. */
    public static final EventType<ShopifyWebhook<Product>> PRODUCTS_UPDATE = topic("products/update", Product.class);

    /** {@code profiles/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> PROFILES_CREATE = topic("profiles/create", JsonNode.class);

    /** {@code profiles/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> PROFILES_DELETE = topic("profiles/delete", JsonNode.class);

    /** {@code profiles/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> PROFILES_UPDATE = topic("profiles/update", JsonNode.class);

    /** {@code publications/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> PUBLICATIONS_DELETE =
            topic("publications/delete", JsonNode.class);

    /** {@code refunds/create}: A refund was created. */
    public static final EventType<ShopifyWebhook<Refund>> REFUNDS_CREATE = topic("refunds/create", Refund.class);

    /** {@code returns/approve} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> RETURNS_APPROVE = topic("returns/approve", JsonNode.class);

    /** {@code returns/cancel} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> RETURNS_CANCEL = topic("returns/cancel", JsonNode.class);

    /** {@code returns/close} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> RETURNS_CLOSE = topic("returns/close", JsonNode.class);

    /** {@code returns/decline} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> RETURNS_DECLINE = topic("returns/decline", JsonNode.class);

    /** {@code returns/process} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> RETURNS_PROCESS = topic("returns/process", JsonNode.class);

    /** {@code returns/reopen} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> RETURNS_REOPEN = topic("returns/reopen", JsonNode.class);

    /** {@code returns/request} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> RETURNS_REQUEST = topic("returns/request", JsonNode.class);

    /** {@code returns/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> RETURNS_UPDATE = topic("returns/update", JsonNode.class);

    /** {@code reverse_deliveries/attach_deliverable} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> REVERSE_DELIVERIES_ATTACH_DELIVERABLE =
            topic("reverse_deliveries/attach_deliverable", JsonNode.class);

    /** {@code reverse_fulfillment_orders/dispose} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> REVERSE_FULFILLMENT_ORDERS_DISPOSE =
            topic("reverse_fulfillment_orders/dispose", JsonNode.class);

    /** {@code scheduled_product_listings/add} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> SCHEDULED_PRODUCT_LISTINGS_ADD =
            topic("scheduled_product_listings/add", JsonNode.class);

    /** {@code scheduled_product_listings/remove} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> SCHEDULED_PRODUCT_LISTINGS_REMOVE =
            topic("scheduled_product_listings/remove", JsonNode.class);

    /** {@code scheduled_product_listings/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> SCHEDULED_PRODUCT_LISTINGS_UPDATE =
            topic("scheduled_product_listings/update", JsonNode.class);

    /** {@code segments/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> SEGMENTS_CREATE = topic("segments/create", JsonNode.class);

    /** {@code segments/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> SEGMENTS_DELETE = topic("segments/delete", JsonNode.class);

    /** {@code segments/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> SEGMENTS_UPDATE = topic("segments/update", JsonNode.class);

    /** {@code selling_plan_groups/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> SELLING_PLAN_GROUPS_CREATE =
            topic("selling_plan_groups/create", JsonNode.class);

    /** {@code selling_plan_groups/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> SELLING_PLAN_GROUPS_DELETE =
            topic("selling_plan_groups/delete", JsonNode.class);

    /** {@code selling_plan_groups/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> SELLING_PLAN_GROUPS_UPDATE =
            topic("selling_plan_groups/update", JsonNode.class);

    /** {@code shipping_addresses/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> SHIPPING_ADDRESSES_CREATE =
            topic("shipping_addresses/create", JsonNode.class);

    /** {@code shipping_addresses/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> SHIPPING_ADDRESSES_UPDATE =
            topic("shipping_addresses/update", JsonNode.class);

    /** {@code shop/redact}: Mandatory compliance topic: erase a shop's data (48 hours after uninstall). */
    public static final EventType<ShopifyWebhook<ShopRedact>> SHOP_REDACT = topic("shop/redact", ShopRedact.class);

    /** {@code shop/update}: The shop's settings were updated. */
    public static final EventType<ShopifyWebhook<Shop>> SHOP_UPDATE = topic("shop/update", Shop.class);

    /** {@code subscription_billing_attempts/challenged} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> SUBSCRIPTION_BILLING_ATTEMPTS_CHALLENGED =
            topic("subscription_billing_attempts/challenged", JsonNode.class);

    /** {@code subscription_billing_attempts/failure} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> SUBSCRIPTION_BILLING_ATTEMPTS_FAILURE =
            topic("subscription_billing_attempts/failure", JsonNode.class);

    /** {@code subscription_billing_attempts/success} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> SUBSCRIPTION_BILLING_ATTEMPTS_SUCCESS =
            topic("subscription_billing_attempts/success", JsonNode.class);

    /** {@code subscription_billing_cycle_edits/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> SUBSCRIPTION_BILLING_CYCLE_EDITS_CREATE =
            topic("subscription_billing_cycle_edits/create", JsonNode.class);

    /** {@code subscription_billing_cycle_edits/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> SUBSCRIPTION_BILLING_CYCLE_EDITS_DELETE =
            topic("subscription_billing_cycle_edits/delete", JsonNode.class);

    /** {@code subscription_billing_cycle_edits/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> SUBSCRIPTION_BILLING_CYCLE_EDITS_UPDATE =
            topic("subscription_billing_cycle_edits/update", JsonNode.class);

    /** {@code subscription_billing_cycles/skip} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> SUBSCRIPTION_BILLING_CYCLES_SKIP =
            topic("subscription_billing_cycles/skip", JsonNode.class);

    /** {@code subscription_billing_cycles/unskip} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> SUBSCRIPTION_BILLING_CYCLES_UNSKIP =
            topic("subscription_billing_cycles/unskip", JsonNode.class);

    /** {@code subscription_contracts/activate} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> SUBSCRIPTION_CONTRACTS_ACTIVATE =
            topic("subscription_contracts/activate", JsonNode.class);

    /** {@code subscription_contracts/cancel} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> SUBSCRIPTION_CONTRACTS_CANCEL =
            topic("subscription_contracts/cancel", JsonNode.class);

    /** {@code subscription_contracts/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> SUBSCRIPTION_CONTRACTS_CREATE =
            topic("subscription_contracts/create", JsonNode.class);

    /** {@code subscription_contracts/expire} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> SUBSCRIPTION_CONTRACTS_EXPIRE =
            topic("subscription_contracts/expire", JsonNode.class);

    /** {@code subscription_contracts/fail} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> SUBSCRIPTION_CONTRACTS_FAIL =
            topic("subscription_contracts/fail", JsonNode.class);

    /** {@code subscription_contracts/pause} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> SUBSCRIPTION_CONTRACTS_PAUSE =
            topic("subscription_contracts/pause", JsonNode.class);

    /** {@code subscription_contracts/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> SUBSCRIPTION_CONTRACTS_UPDATE =
            topic("subscription_contracts/update", JsonNode.class);

    /** {@code tax_services/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> TAX_SERVICES_CREATE =
            topic("tax_services/create", JsonNode.class);

    /** {@code tax_services/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> TAX_SERVICES_UPDATE =
            topic("tax_services/update", JsonNode.class);

    /** {@code tender_transactions/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> TENDER_TRANSACTIONS_CREATE =
            topic("tender_transactions/create", JsonNode.class);

    /** {@code themes/create} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> THEMES_CREATE = topic("themes/create", JsonNode.class);

    /** {@code themes/delete} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> THEMES_DELETE = topic("themes/delete", JsonNode.class);

    /** {@code themes/publish} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> THEMES_PUBLISH = topic("themes/publish", JsonNode.class);

    /** {@code themes/update} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> THEMES_UPDATE = topic("themes/update", JsonNode.class);

    /** {@code variants/in_stock} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> VARIANTS_IN_STOCK =
            topic("variants/in_stock", JsonNode.class);

    /** {@code variants/out_of_stock} (payload not modelled: {@link JsonNode}). */
    public static final EventType<ShopifyWebhook<JsonNode>> VARIANTS_OUT_OF_STOCK =
            topic("variants/out_of_stock", JsonNode.class);

    /** The mandatory compliance topics every app in the Shopify App Store must handle. */
    public static final List<EventType<?>> COMPLIANCE = List.of(CUSTOMERS_DATA_REQUEST, CUSTOMERS_REDACT, SHOP_REDACT);

    private ShopifyTopics() {}

    private static <T> EventType<ShopifyWebhook<T>> topic(String name, Class<T> payloadType) {
        EventType<ShopifyWebhook<T>> type = EventType.of(ShopifyProvider.ID, name, payloadType);
        ALL.add(type);
        BY_NAME.put(name, type);
        BY_NAME.put(graphQlName(name), type);
        return type;
    }

    /** {@code orders/create} -> {@code ORDERS_CREATE}, {@code customer.tags_added} -> {@code CUSTOMER_TAGS_ADDED}. */
    static String graphQlName(String topic) {
        return topic.toUpperCase(Locale.ROOT).replace('/', '_').replace('.', '_');
    }

    /** Every topic of the catalogue, in alphabetical order (without {@link #ANY}). */
    public static List<EventType<?>> all() {
        return Collections.unmodifiableList(ALL);
    }

    /**
     * The catalogue entry for {@code topic}, as sent in {@code X-Shopify-Topic} ({@code orders/create}) or as a
     * GraphQL enum name ({@code ORDERS_CREATE}).
     */
    public static Optional<EventType<?>> byName(String topic) {
        return topic == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(topic));
    }
}
