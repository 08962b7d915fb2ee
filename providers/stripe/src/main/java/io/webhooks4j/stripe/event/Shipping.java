package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** Shipping information. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Shipping(
        @Nullable Address address,
        @Nullable String name,
        @Nullable String phone,
        @Nullable String carrier,
        @JsonProperty("tracking_number") @Nullable String trackingNumber) {}
