package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
