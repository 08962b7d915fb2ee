package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A collection ({@code collections/create}, {@code collections/update}).
 *
 * @param sortOrder {@code manual}, {@code best-selling}, {@code alpha-asc}, ...
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Collection(
        @Nullable Long id,
        @Nullable String adminGraphqlApiId,
        @Nullable String handle,
        @Nullable String title,
        @Nullable String bodyHtml,
        @Nullable String sortOrder,
        @Nullable String publishedScope,
        @Nullable String templateSuffix,
        @Nullable Instant publishedAt,
        @Nullable Instant updatedAt,
        @Nullable Image image) {}
