package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** Billing details attached to a payment method or a charge. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BillingDetails(
        @Nullable Address address,
        @Nullable String email,
        @Nullable String name,
        @Nullable String phone) {}
