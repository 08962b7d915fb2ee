package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The card details of a card payment method (never the number). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Card(
        String brand,
        String country,
        @JsonProperty("exp_month") Integer expMonth,
        @JsonProperty("exp_year") Integer expYear,
        String fingerprint,
        String funding,
        String last4,
        String network) {}
