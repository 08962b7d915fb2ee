package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Billing details attached to a payment method or a charge. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BillingDetails(Address address, String email, String name, String phone) {}
