package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A shipping (delivery) profile: the payload of {@code profiles/create}, {@code profiles/update} and
 * {@code profiles/delete}, as their sample payloads show it (https://shopify.dev/docs/api/webhooks/2026-07).
 *
 * @param isDefault sent as {@code default}: whether this is the shop's general profile
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeliveryProfile(
        @Nullable Long id,
        @Nullable String adminGraphqlApiId,
        @Nullable String name,
        @JsonProperty("default") @Nullable Boolean isDefault,
        @Nullable String profileType,
        @Nullable Integer version) {}
