package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A metafield definition: the payload of {@code metafield_definitions/create} and {@code /update}, as their sample
 * payloads show (https://shopify.dev/docs/api/webhooks/2026-07; {@code metafield_definitions/delete} sends another
 * shape: {@link MetafieldDefinitionDeletion}). The sample sends {@code "id": null} and a few more flags, always
 * null there ({@code api_client_id}, {@code standard_template_id}, {@code merchant_writeable},
 * {@code storefront_readable}, {@code customer_access}, ...), whose type it leaves undocumented; they are not
 * modelled (read them through {@code raw()}), nor is the empty {@code options} list.
 *
 * @param id the definition's id (null in the sample payload)
 * @param shopId the shop's id
 * @param namespace the namespace of the metafields it defines
 * @param key the key of the metafields it defines
 * @param name its display name
 * @param ownerType the kind of resource its metafields belong to, such as {@code Customer}
 * @param deleting whether it is being deleted
 * @param typeName the metafields' type, such as {@code single_line_text_field}
 * @param validationStatus whether existing metafields pass its validations, such as {@code all_valid}
 * @param pinnedPosition its position among pinned definitions in the admin
 * @param uniqueValues whether each metafield value must be unique
 * @param adminFilterStatus whether its metafields can filter lists in the admin, such as {@code not_filterable}
 * @param useAsCollectionCondition whether its metafields can be smart collection conditions
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MetafieldDefinition(
        @Nullable Long id,
        @Nullable Long shopId,
        @Nullable String namespace,
        @Nullable String key,
        @Nullable String name,
        @Nullable String description,
        @Nullable String ownerType,
        @Nullable Boolean deleting,
        @Nullable String typeName,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt,
        @Nullable String validationStatus,
        @Nullable Integer pinnedPosition,
        @Nullable Boolean uniqueValues,
        @Nullable String adminFilterStatus,
        @Nullable Boolean useAsCollectionCondition) {}
