package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A domain of the shop: the payload of {@code domains/create}, {@code domains/update} and
 * {@code domains/destroy}. Fields from the topics' sample payloads (https://shopify.dev/docs/api/webhooks/2026-07).
 *
 * @param host the host name, such as {@code jsmith.myshopify.com}
 * @param localization the country and languages the domain serves, if any
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Domain(
        @Nullable Long id,
        @Nullable String host,
        @Nullable Boolean sslEnabled,
        @Nullable Localization localization) {

    /**
     * The country and languages a domain serves.
     *
     * @param country a country code, or null for every country
     * @param defaultLocale such as {@code en}
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Localization(
            @Nullable String country,
            @Nullable String defaultLocale,
            @Nullable List<String> alternateLocales) {}
}
