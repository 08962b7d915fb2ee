package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

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
