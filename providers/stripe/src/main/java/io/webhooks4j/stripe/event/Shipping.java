package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Shipping information. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Shipping(
        Address address,
        String name,
        String phone,
        String carrier,
        @JsonProperty("tracking_number") String trackingNumber) {}
