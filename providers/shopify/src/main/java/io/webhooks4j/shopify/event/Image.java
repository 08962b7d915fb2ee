package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A product or collection image. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Image(
        @Nullable Long id,
        @Nullable String adminGraphqlApiId,
        @Nullable Long productId,
        @Nullable Integer position,
        @Nullable String src,
        @Nullable String alt,
        @Nullable Integer width,
        @Nullable Integer height,
        @Nullable List<Long> variantIds,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt) {}
