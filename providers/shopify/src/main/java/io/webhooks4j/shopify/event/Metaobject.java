package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A metaobject (an entry of a custom content type): the payload of {@code metaobjects/create},
 * {@code metaobjects/update} and {@code metaobjects/delete} (which sends only the id, type, handle and
 * {@link #createdByAppId()}). Fields from the topics' sample payloads (https://shopify.dev/docs/api/webhooks/2026-07).
 * Subscriptions to these topics name the metaobject type in their filter; it arrives as
 * {@code X-Shopify-Sub-Topic} too.
 *
 * @param id the metaobject's global id ({@code gid://shopify/Metaobject/...})
 * @param type the metaobject definition's type, such as {@code lookbook}
 * @param definitionId the global id of its definition
 * @param fields the field values by key, as Shopify sends them (values are strings for most field types)
 * @param capabilities what the definition enables on the entry
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Metaobject(
        @Nullable String id,
        @Nullable String type,
        @Nullable String handle,
        @Nullable String displayName,
        @Nullable String definitionId,
        @Nullable JsonNode fields,
        @Nullable Capabilities capabilities,
        @Nullable String createdByStaffId,
        @Nullable String createdByAppId,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt) {

    /**
     * A metaobject's capabilities.
     *
     * @param publishable present when the definition makes entries publishable
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Capabilities(@Nullable Publishable publishable) {}

    /**
     * Whether a publishable metaobject is live.
     *
     * @param status {@code active} or {@code draft}
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Publishable(@Nullable String status) {}
}
