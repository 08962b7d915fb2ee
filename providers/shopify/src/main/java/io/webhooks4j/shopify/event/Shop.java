package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A shop: the payload of {@code app/uninstalled} and {@code shop/update}.
 *
 * @param domain the shop's primary domain
 * @param myshopifyDomain the permanent {@code *.myshopify.com} domain
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Shop(
        @Nullable Long id,
        @Nullable String name,
        @Nullable String email,
        @Nullable String customerEmail,
        @Nullable String shopOwner,
        @Nullable String domain,
        @Nullable String myshopifyDomain,
        @Nullable String phone,
        @Nullable String address1,
        @Nullable String address2,
        @Nullable String city,
        @Nullable String province,
        @Nullable String provinceCode,
        @Nullable String country,
        @Nullable String countryCode,
        @Nullable String countryName,
        @Nullable String zip,
        @Nullable BigDecimal latitude,
        @Nullable BigDecimal longitude,
        @Nullable String currency,
        @Nullable List<String> enabledPresentmentCurrencies,
        @Nullable String primaryLocale,
        @Nullable String timezone,
        @Nullable String ianaTimezone,
        @Nullable String moneyFormat,
        @Nullable String moneyWithCurrencyFormat,
        @Nullable String weightUnit,
        @Nullable String planName,
        @Nullable String planDisplayName,
        @Nullable Boolean taxesIncluded,
        @Nullable Boolean taxShipping,
        @Nullable Boolean hasStorefront,
        @Nullable Boolean passwordEnabled,
        @Nullable Boolean setupRequired,
        @Nullable Boolean multiLocationEnabled,
        @Nullable Long primaryLocationId,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt) {}
