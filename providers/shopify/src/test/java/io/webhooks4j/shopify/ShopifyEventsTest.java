package io.webhooks4j.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.EventType;
import io.webhooks4j.shopify.event.CustomersDataRequest;
import io.webhooks4j.shopify.event.DraftOrder;
import io.webhooks4j.shopify.event.Order;
import io.webhooks4j.shopify.event.Shop;
import io.webhooks4j.shopify.event.Theme;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ShopifyEventsTest {
    @Test
    void everyConstantIsInTheCatalogueUnderItsGraphQlName() throws IllegalAccessException {
        List<String> constants = new ArrayList<>();
        for (Field field : ShopifyEvents.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == EventType.class) {
                EventType<?> type = (EventType<?>) field.get(null);
                assertThat(type.provider()).isEqualTo("shopify");
                if (!type.isAny()) {
                    assertThat(field.getName()).isEqualTo(ShopifyEvents.graphQlName(type.name()));
                    assertThat(ShopifyEvents.find(type.name())).contains(type);
                    assertThat(ShopifyEvents.find(field.getName())).contains(type);
                    constants.add(type.name());
                }
            }
        }
        // Every constant is in the catalogue (ANY first), and nothing else is.
        assertThat(constants).hasSize(ShopifyEvents.all().size() - 1).doesNotHaveDuplicates();
        assertThat(ShopifyEvents.all()).first().isEqualTo(ShopifyEvents.ANY);
        assertThat(ShopifyEvents.all()).extracting(EventType::name).isSorted();
    }

    @Test
    void listsTheWholeDocumentedCatalogue() {
        assertThat(ShopifyEvents.all()).hasSizeGreaterThan(200);
        assertThat(ShopifyEvents.all())
                .extracting(EventType::name)
                .contains(
                        "orders/create",
                        "orders/paid",
                        "app/uninstalled",
                        "customer.tags_added",
                        "metaobjects/create",
                        "inventory_levels/update",
                        "variants/out_of_stock");
    }

    @Test
    void modelledTopicsCarryTheirRecord() {
        assertThat(ShopifyEvents.ORDERS_CREATE.payloadType()).isEqualTo(Order.class);
        assertThat(ShopifyEvents.APP_UNINSTALLED.payloadType()).isEqualTo(Shop.class);
        assertThat(ShopifyEvents.SHOP_UPDATE.payloadType()).isEqualTo(Shop.class);
        assertThat(ShopifyEvents.CUSTOMERS_DATA_REQUEST.payloadType()).isEqualTo(CustomersDataRequest.class);
        assertThat(ShopifyEvents.THEMES_PUBLISH.payloadType()).isEqualTo(Theme.class);
        assertThat(ShopifyEvents.DRAFT_ORDERS_CREATE.payloadType()).isEqualTo(DraftOrder.class);
        assertThat(ShopifyEvents.AUDIT_EVENTS_ADMIN_API_ACTIVITY.payloadType()).isEqualTo(JsonNode.class);
    }

    @Test
    void complianceTopicsAreTheMandatoryThree() {
        assertThat(ShopifyEvents.COMPLIANCE)
                .extracting(EventType::name)
                .containsExactly("customers/data_request", "customers/redact", "shop/redact");
    }

    @Test
    void unknownNamesAreNotInTheCatalogue() {
        assertThat(ShopifyEvents.find("gift_cards/sparkle")).isEmpty();
        assertThat(ShopifyEvents.find(null)).isEmpty();
        assertThat(ShopifyEvents.ANY.isAny()).isTrue();
        assertThat(ShopifyEvents.find("*")).contains(ShopifyEvents.ANY);
    }
}
