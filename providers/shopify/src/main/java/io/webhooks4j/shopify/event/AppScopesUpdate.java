package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The app's access scopes on the shop changed: the payload of {@code app/scopes_update}, as its sample payload
 * shows it (https://shopify.dev/docs/api/webhooks/2026-07).
 *
 * @param shopId the shop's global id ({@code gid://shopify/Shop/...})
 * @param previous the scopes granted before
 * @param current the scopes granted now
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AppScopesUpdate(
        @Nullable Long id,
        @Nullable String shopId,
        @Nullable List<String> previous,
        @Nullable List<String> current,
        @Nullable Instant updatedAt) {}
