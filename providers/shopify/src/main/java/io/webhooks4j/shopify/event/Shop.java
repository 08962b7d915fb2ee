package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A shop: the payload of {@code app/uninstalled} and {@code shop/update}.
 *
 * @param domain the shop's primary domain
 * @param myshopifyDomain the permanent {@code *.myshopify.com} domain
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Shop(
        Long id,
        String name,
        String email,
        String customerEmail,
        String shopOwner,
        String domain,
        String myshopifyDomain,
        String phone,
        String address1,
        String address2,
        String city,
        String province,
        String provinceCode,
        String country,
        String countryCode,
        String countryName,
        String zip,
        BigDecimal latitude,
        BigDecimal longitude,
        String currency,
        List<String> enabledPresentmentCurrencies,
        String primaryLocale,
        String timezone,
        String ianaTimezone,
        String moneyFormat,
        String moneyWithCurrencyFormat,
        String weightUnit,
        String planName,
        String planDisplayName,
        Boolean taxesIncluded,
        Boolean taxShipping,
        Boolean hasStorefront,
        Boolean passwordEnabled,
        Boolean setupRequired,
        Boolean multiLocationEnabled,
        Long primaryLocationId,
        Instant createdAt,
        Instant updatedAt) {}
