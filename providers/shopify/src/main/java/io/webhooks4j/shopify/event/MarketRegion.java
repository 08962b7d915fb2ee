package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The shop's backup region (where buyers outside every market are served from): the payload of
 * {@code markets_backup_region/update}, as its sample payload shows it (https://shopify.dev/docs/api/webhooks/2026-07).
 *
 * @param adminGraphqlApiId the region's global id ({@code gid://shopify/MarketRegion/...})
 * @param code the region's country code, such as {@code US}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MarketRegion(
        @Nullable String adminGraphqlApiId, @Nullable String code) {}
