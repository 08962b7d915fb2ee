package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * A collection ({@code collections/create}, {@code collections/update}).
 *
 * @param sortOrder {@code manual}, {@code best-selling}, {@code alpha-asc}, ...
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Collection(
        Long id,
        String adminGraphqlApiId,
        String handle,
        String title,
        String bodyHtml,
        String sortOrder,
        String publishedScope,
        String templateSuffix,
        Instant publishedAt,
        Instant updatedAt,
        Image image) {}
