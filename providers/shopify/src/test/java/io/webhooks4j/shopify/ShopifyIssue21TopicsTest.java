package io.webhooks4j.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.EventType;
import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.shopify.event.CustomerMerge;
import io.webhooks4j.shopify.event.CustomerMergeStatus;
import io.webhooks4j.shopify.event.InventoryShipment;
import io.webhooks4j.shopify.event.InventoryShipmentStatus;
import io.webhooks4j.shopify.event.InventoryTransfer;
import io.webhooks4j.shopify.event.InventoryTransferStatus;
import io.webhooks4j.shopify.event.OrderEditChange;
import io.webhooks4j.shopify.event.OrderRiskAssessmentChange;
import io.webhooks4j.shopify.event.ReverseDispositionType;
import io.webhooks4j.shopify.event.ReverseFulfillmentOrderDisposal;
import io.webhooks4j.shopify.event.RiskLevel;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Issue #21, the topics typed in its second batch: what their documented samples (in
 * {@link ShopifyDocumentedPayloadsTest}) do not show. Bodies written here, not Shopify's.
 */
class ShopifyIssue21TopicsTest {
    private final ShopifyProvider provider = ShopifyFixtures.provider();

    private <T> T parse(EventType<ShopifyEvent<T>> type, String json) {
        WebhookRequest request = ShopifyFixtures.signed(type.name(), RawBody.of(json.getBytes(StandardCharsets.UTF_8)));
        ShopifyEvent<?> event = provider.parse(request, provider.verify(request));
        assertThat(event.payload()).isInstanceOf(type.payloadType());
        @SuppressWarnings("unchecked")
        T payload = (T) event.payload();
        return payload;
    }

    @Test
    void statusesShopifyAddsLaterReadAsUnknown() {
        InventoryShipment shipment = parse(
                ShopifyEvents.INVENTORY_SHIPMENTS_MARK_IN_TRANSIT,
                "{\"id\": \"gid://shopify/InventoryShipment/1\", \"status\": \"LOST_AT_SEA\"}");
        assertThat(shipment.status()).isEqualTo(InventoryShipmentStatus.UNKNOWN);

        InventoryTransfer transfer = parse(
                ShopifyEvents.INVENTORY_TRANSFERS_CANCEL,
                "{\"id\": \"gid://shopify/InventoryTransfer/1\", \"status\": \"ON_A_BOAT\"}");
        assertThat(transfer.status()).isEqualTo(InventoryTransferStatus.UNKNOWN);

        CustomerMerge merge = parse(ShopifyEvents.CUSTOMERS_MERGE, "{\"status\": \"abandoned\"}");
        assertThat(merge.status()).isEqualTo(CustomerMergeStatus.UNKNOWN);
    }

    @Test
    void lowerCaseStatusesAlsoReadInGraphqlUpperCase() {
        OrderRiskAssessmentChange risk =
                parse(ShopifyEvents.ORDERS_RISK_ASSESSMENT_CHANGED, "{\"risk_level\": \"HIGH\", \"order_id\": 42}");
        assertThat(risk.riskLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(risk.orderId()).isEqualTo(42L);

        CustomerMerge merge = parse(ShopifyEvents.CUSTOMERS_MERGE, "{\"status\": \"IN_PROGRESS\"}");
        assertThat(merge.status()).isEqualTo(CustomerMergeStatus.IN_PROGRESS);

        ReverseFulfillmentOrderDisposal disposal = parse(
                ShopifyEvents.REVERSE_FULFILLMENT_ORDERS_DISPOSE,
                "{\"dispositions\": [{\"type\": \"PROCESSING_REQUIRED\", \"quantity\": 2}]}");
        assertThat(disposal.dispositions()).singleElement().satisfies(disposition -> {
            assertThat(disposition.type()).isEqualTo(ReverseDispositionType.PROCESSING_REQUIRED);
            assertThat(disposition.quantity()).isEqualTo(2);
        });
    }

    @Test
    void absentOrNullListsAreEmptyAndNullEntriesAreDropped() {
        InventoryShipment shipment = parse(
                ShopifyEvents.INVENTORY_SHIPMENTS_ADD_ITEMS,
                "{\"id\": \"gid://shopify/InventoryShipment/1\", \"items_added\": [null,"
                        + " {\"id\": \"gid://shopify/InventoryShipmentLineItem/2\", \"quantity\": 3}],"
                        + " \"line_items\": null}");
        assertThat(shipment.itemsAdded()).singleElement().satisfies(item -> assertThat(item.quantity())
                .isEqualTo(3));
        assertThat(shipment.lineItems()).isEmpty();
        assertThat(shipment.itemsReceived()).isEmpty();

        CustomerMerge merge = parse(ShopifyEvents.CUSTOMERS_MERGE, "{\"errors\": [{\"field\": \"x\"}]}");
        assertThat(merge.errors()).singleElement().satisfies(error -> assertThat(error.customerIds())
                .isEmpty());

        OrderEditChange edit = parse(ShopifyEvents.ORDERS_EDITED, "{\"order_edit\": {\"line_items\": {}}}");
        assertThat(edit.orderEdit().lineItems().additions()).isEmpty();
        assertThat(edit.orderEdit().lineItems().removals()).isEmpty();
    }
}
