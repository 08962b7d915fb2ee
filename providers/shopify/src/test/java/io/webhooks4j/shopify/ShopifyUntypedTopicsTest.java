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
    private static final String PRODUCT_FEED = "sales-channel product feeds: camelCase GraphQL shape (edges and"
            + " nodes); full_sync_finish's createdAt is not ISO-8601 (\"2021-12-31 19:00:00 -0500\"); not modelled";

    /** Every catalogued topic whose payload stays raw JSON, with the reason. */
    static final Map<String, String> UNTYPED = new TreeMap<>();

    static {
        UNTYPED.put(
                "audit_events/admin_api_activity",
                "an audit log (events[] with free-form context, actor and subject metadata, Plus only); its metadata"
                        + " varies by event, so a record would type little beyond the envelope");
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
        UNTYPED.put("product_feeds/create", PRODUCT_FEED);
        UNTYPED.put("product_feeds/full_sync", PRODUCT_FEED);
        UNTYPED.put("product_feeds/full_sync_finish", PRODUCT_FEED);
        UNTYPED.put("product_feeds/incremental_sync", PRODUCT_FEED);
        UNTYPED.put("product_feeds/update", PRODUCT_FEED);
        UNTYPED.put("publications/delete", NO_SAMPLE);
        UNTYPED.put("returns/process", NO_SAMPLE);
        UNTYPED.put(
                "returns/update",
                "a diff: return_line_items, restocking_fees and return_shipping_fees each as {updates, removals},"
                        + " where the sample leaves every updates list empty, so their entries are undocumented");
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
        assertThat(typed).isGreaterThanOrEqualTo(205);
    }
}
