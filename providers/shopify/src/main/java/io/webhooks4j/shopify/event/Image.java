package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/** A product or collection image. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Image(
        Long id,
        String adminGraphqlApiId,
        Long productId,
        Integer position,
        String src,
        String alt,
        Integer width,
        Integer height,
        List<Long> variantIds,
        Instant createdAt,
        Instant updatedAt) {}
