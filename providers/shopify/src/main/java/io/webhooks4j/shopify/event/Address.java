package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigDecimal;

/** A postal address: an order's billing or shipping address, or one of a customer's addresses. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Address(
        Long id,
        Long customerId,
        String firstName,
        String lastName,
        String name,
        String company,
        String address1,
        String address2,
        String city,
        String province,
        String provinceCode,
        String country,
        String countryCode,
        String countryName,
        String zip,
        String phone,
        BigDecimal latitude,
        BigDecimal longitude,
        @JsonProperty("default") Boolean isDefault) {}
