package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** The card details of a card payment method (never the number). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Card(
        @Nullable String brand,
        @Nullable String country,
        @JsonProperty("exp_month") @Nullable Integer expMonth,
        @JsonProperty("exp_year") @Nullable Integer expYear,
        @Nullable String fingerprint,
        @Nullable String funding,
        @Nullable String last4,
        @Nullable String network) {}
