package io.webhooks4j.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.EventType;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue #21: every catalogued Shopify topic maps to its typed payload, or is listed here with the reason it stays
 * raw JSON ({@link JsonNode}; {@code ShopifyEvent.payloadAs(Class)} binds it to a record of one's own). Typing a
 * topic, or adding an untyped one, fails this test until the list is brought up to date.
 *
 * <p>"Sample" means the topic's sample payload in the webhook reference (https://shopify.dev/docs/api/webhooks,
 * versions 2025-01 and 2026-07).
 */
class ShopifyUntypedTopicsTest {
    private static final String NO_SAMPLE =
            "payload undocumented: the webhook reference (2025-01, 2026-07) shows no sample payload";
    private static final String PUBLICATION = "the sample sends \"id\": null (delete sends nothing else), leaving"
            + " only publication_id, the resource's id and a publish time; not modelled yet";
    private static final String INVENTORY_SHIPMENT = "GraphQL-shaped inventory shipment topics (string global ids,"
            + " upper-case statuses), each with its own item-change list; not modelled yet";
    private static final String INVENTORY_TRANSFER = "GraphQL-shaped inventory transfer topics (string global ids,"
            + " upper-case statuses), each with its own item-change list; not modelled yet";
    private static final String PRODUCT_FEED = "sales-channel product feeds: camelCase GraphQL shape (edges and"
            + " nodes); full_sync_finish's createdAt is not ISO-8601 (\"2021-12-31 19:00:00 -0500\"); not modelled";
    private static final String METAFIELD_DEFINITION = "the sample sends \"id\": null and some thirty admin flags;"
            + " delete sends a different shape (global id and an internal type class name); not modelled yet";

    /** Every catalogued topic whose payload stays raw JSON, with the reason. */
    static final Map<String, String> UNTYPED = new TreeMap<>();

    static {
        UNTYPED.put(
                "audit_events/admin_api_activity",
                "an audit log (events[] with free-form context, actor and subject metadata, Plus only); its metadata"
                        + " varies by event, so a record would type little beyond the envelope");
        UNTYPED.put(
                "channels/delete",
                "the sample is a lone id sent as a JSON string ({\"id\": \"123456789\"}); nothing to type beyond it");
        UNTYPED.put("collection_publications/create", PUBLICATION);
        UNTYPED.put("collection_publications/delete", PUBLICATION);
        UNTYPED.put("collection_publications/update", PUBLICATION);
        UNTYPED.put(
                "customer_account_settings/update",
                "four shop-level settings (URL, accounts version, login flags); documented, not modelled yet");
        UNTYPED.put(
                "customers/merge",
                "a merge job's outcome (kept and deleted customer global ids, status, errors); documented, not modelled"
                        + " yet");
        UNTYPED.put(
                "customers/purchasing_summary",
                "camelCase GraphQL shape whose amountSpent uses currencyCode, unlike Money's currency_code;"
                        + " documented, not modelled yet");
        UNTYPED.put(
                "delivery_promise_settings/update",
                "three shop-level settings (processing time as an ISO-8601 duration); documented, not modelled yet");
        UNTYPED.put("finance_app_staff_member/delete", NO_SAMPLE);
        UNTYPED.put("finance_app_staff_member/grant", NO_SAMPLE);
        UNTYPED.put("finance_app_staff_member/revoke", NO_SAMPLE);
        UNTYPED.put("finance_app_staff_member/update", NO_SAMPLE);
        UNTYPED.put("finance_kyc_information/update", NO_SAMPLE);
        UNTYPED.put(
                "fulfillment_orders/merged",
                "the sample's fulfillment_order_merges is one object where GraphQL's fulfillmentOrderMerge returns a"
                        + " list, and its merge_intents use numeric ids where the sibling topics use global ids:"
                        + " a record would reject whichever shape Shopify really sends");
        UNTYPED.put("inventory_shipments/add_items", INVENTORY_SHIPMENT);
        UNTYPED.put("inventory_shipments/create", INVENTORY_SHIPMENT);
        UNTYPED.put("inventory_shipments/delete", INVENTORY_SHIPMENT);
        UNTYPED.put("inventory_shipments/mark_in_transit", INVENTORY_SHIPMENT);
        UNTYPED.put("inventory_shipments/receive_items", INVENTORY_SHIPMENT);
        UNTYPED.put("inventory_shipments/remove_items", INVENTORY_SHIPMENT);
        UNTYPED.put("inventory_shipments/update_item_quantities", INVENTORY_SHIPMENT);
        UNTYPED.put("inventory_shipments/update_tracking", INVENTORY_SHIPMENT);
        UNTYPED.put("inventory_transfers/add_items", INVENTORY_TRANSFER);
        UNTYPED.put("inventory_transfers/cancel", INVENTORY_TRANSFER);
        UNTYPED.put("inventory_transfers/complete", INVENTORY_TRANSFER);
        UNTYPED.put("inventory_transfers/ready_to_ship", INVENTORY_TRANSFER);
        UNTYPED.put("inventory_transfers/remove_items", INVENTORY_TRANSFER);
        UNTYPED.put("inventory_transfers/update_item_quantities", INVENTORY_TRANSFER);
        UNTYPED.put("metafield_definitions/create", METAFIELD_DEFINITION);
        UNTYPED.put("metafield_definitions/delete", METAFIELD_DEFINITION);
        UNTYPED.put("metafield_definitions/update", METAFIELD_DEFINITION);
        UNTYPED.put(
                "orders/edited",
                "an order edit (order_edit with line-item and discount deltas), not an order; documented, not"
                        + " modelled yet");
        UNTYPED.put(
                "orders/risk_assessment_changed",
                "a risk assessment (risk level, provider, facts) of an order; documented, not modelled yet");
        UNTYPED.put(
                "orders/shopify_protect_eligibility_changed",
                "a Shopify Protect eligibility status of an order; documented, not modelled yet");
        UNTYPED.put("product_feeds/create", PRODUCT_FEED);
        UNTYPED.put("product_feeds/full_sync", PRODUCT_FEED);
        UNTYPED.put("product_feeds/full_sync_finish", PRODUCT_FEED);
        UNTYPED.put("product_feeds/incremental_sync", PRODUCT_FEED);
        UNTYPED.put("product_feeds/update", PRODUCT_FEED);
        UNTYPED.put("product_publications/create", PUBLICATION);
        UNTYPED.put("product_publications/delete", PUBLICATION);
        UNTYPED.put("product_publications/update", PUBLICATION);
        UNTYPED.put("publications/delete", NO_SAMPLE);
        UNTYPED.put("returns/process", NO_SAMPLE);
        UNTYPED.put(
                "returns/update",
                "a diff: return_line_items, restocking_fees and return_shipping_fees each as {updates, removals},"
                        + " where the sample leaves every updates list empty, so their entries are undocumented");
        UNTYPED.put(
                "reverse_deliveries/attach_deliverable",
                "a reverse delivery's tracking and label; documented, not modelled yet");
        UNTYPED.put(
                "reverse_fulfillment_orders/dispose",
                "a reverse fulfillment order's dispositions (restocked, ...); documented, not modelled yet");
        UNTYPED.put("shipping_addresses/create", NO_SAMPLE);
        UNTYPED.put("shipping_addresses/update", NO_SAMPLE);
    }

    @Test
    void everyUntypedTopicIsListedWithAReasonAndNothingElseIs() {
        TreeSet<String> untyped = new TreeSet<>();
        for (EventType<?> type : ShopifyEvents.all()) {
            if (!type.isAny() && type.payloadType() == JsonNode.class) {
                untyped.add(type.name());
            }
        }

        assertThat(untyped).as("catalogued topics with a JsonNode payload").containsExactlyElementsOf(UNTYPED.keySet());
        assertThat(UNTYPED.values()).allSatisfy(reason -> assertThat(reason).isNotBlank());
    }

    @Test
    void mostOfTheCatalogueIsTyped() {
        long typed = ShopifyEvents.all().stream()
                .filter(type -> !type.isAny() && type.payloadType() != JsonNode.class)
                .count();

        assertThat(typed).isEqualTo(ShopifyEvents.all().size() - 1 - UNTYPED.size());
        assertThat(typed).isGreaterThanOrEqualTo(166);
    }
}
