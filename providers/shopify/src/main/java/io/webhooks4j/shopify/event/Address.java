package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A postal address: an order's billing or shipping address, or one of a customer's addresses. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Address(
        @Nullable Long id,
        @Nullable Long customerId,
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable String name,
        @Nullable String company,
        @Nullable String address1,
        @Nullable String address2,
        @Nullable String city,
        @Nullable String province,
        @Nullable String provinceCode,
        @Nullable String country,
        @Nullable String countryCode,
        @Nullable String countryName,
        @Nullable String zip,
        @Nullable String phone,
        @Nullable BigDecimal latitude,
        @Nullable BigDecimal longitude,
        @JsonProperty("default") @Nullable Boolean isDefault) {}
