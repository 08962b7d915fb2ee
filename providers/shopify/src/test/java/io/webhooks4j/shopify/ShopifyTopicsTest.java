package io.webhooks4j.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.webhooks4j.EventType;
import io.webhooks4j.shopify.event.CustomersDataRequest;
import io.webhooks4j.shopify.event.Order;
import io.webhooks4j.shopify.event.Shop;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShopifyTopicsTest {
    @Test
    void everyConstantIsInTheCatalogueUnderItsGraphQlName() throws IllegalAccessException {
        List<String> constants = new ArrayList<>();
        for (Field field : ShopifyTopics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == EventType.class) {
                EventType<?> type = (EventType<?>) field.get(null);
                assertThat(type.provider()).isEqualTo("shopify");
                if (!type.isAny()) {
                    assertThat(field.getName()).isEqualTo(ShopifyTopics.graphQlName(type.name()));
                    assertThat(ShopifyTopics.byName(type.name())).contains(type);
                    assertThat(ShopifyTopics.byName(field.getName())).contains(type);
                    constants.add(type.name());
                }
            }
        }
        assertThat(constants).hasSameSizeAs(ShopifyTopics.all()).doesNotHaveDuplicates();
        assertThat(ShopifyTopics.all()).extracting(EventType::name).isSorted();
    }

    @Test
    void listsTheWholeDocumentedCatalogue() {
        assertThat(ShopifyTopics.all()).hasSizeGreaterThan(200);
        assertThat(ShopifyTopics.all())
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
        assertThat(ShopifyTopics.ORDERS_CREATE.payloadType()).isEqualTo(Order.class);
        assertThat(ShopifyTopics.APP_UNINSTALLED.payloadType()).isEqualTo(Shop.class);
        assertThat(ShopifyTopics.SHOP_UPDATE.payloadType()).isEqualTo(Shop.class);
        assertThat(ShopifyTopics.CUSTOMERS_DATA_REQUEST.payloadType()).isEqualTo(CustomersDataRequest.class);
        assertThat(ShopifyTopics.THEMES_PUBLISH.payloadType()).isEqualTo(JsonNode.class);
    }

    @Test
    void complianceTopicsAreTheMandatoryThree() {
        assertThat(ShopifyTopics.COMPLIANCE)
                .extracting(EventType::name)
                .containsExactly("customers/data_request", "customers/redact", "shop/redact");
    }

    @Test
    void unknownNamesAreNotInTheCatalogue() {
        assertThat(ShopifyTopics.byName("gift_cards/sparkle")).isEmpty();
        assertThat(ShopifyTopics.byName(null)).isEmpty();
        assertThat(ShopifyTopics.ANY.isAny()).isTrue();
    }
}
