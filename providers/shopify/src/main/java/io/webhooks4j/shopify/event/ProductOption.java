package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A product option ({@code Size}, {@code Color}) and its values. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProductOption(
        @Nullable Long id,
        @Nullable Long productId,
        @Nullable String name,
        @Nullable Integer position,
        @Nullable List<String> values) {}
