package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * An online-store theme: the payload of {@code themes/create}, {@code themes/update} and {@code themes/publish}
 * ({@code themes/delete} sends only the id: {@link DeletedResource}). Fields from the topics' sample payloads
 * (https://shopify.dev/docs/api/webhooks/2026-07).
 *
 * @param role {@link ThemeRole#MAIN} for the published theme
 * @param themeStoreId the Theme Store id, for themes from the Theme Store; null otherwise
 * @param previewable whether the theme can be previewed
 * @param processing whether Shopify is still processing the theme's files
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Theme(
        @Nullable Long id,
        @Nullable String adminGraphqlApiId,
        @Nullable String name,
        @Nullable ThemeRole role,
        @Nullable Long themeStoreId,
        @Nullable Boolean previewable,
        @Nullable Boolean processing,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt) {}
