package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The payload of {@code metafield_definitions/delete}, as its sample payload shows
 * (https://shopify.dev/docs/api/webhooks/2026-07): unlike {@link MetafieldDefinition}, a global id and the
 * definition's type as Shopify's internal class name.
 *
 * @param id the deleted definition's global id ({@code gid://shopify/MetafieldDefinition/...})
 * @param type its type as an internal class name, such as
 *     {@code ShopifyMetafields::Types::SingleLineTextFieldType}
 * @param createdByAppId the global id of the app that created it; null when none did
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MetafieldDefinitionDeletion(
        @Nullable String id,
        @Nullable String type,
        @Nullable String createdByAppId) {}
