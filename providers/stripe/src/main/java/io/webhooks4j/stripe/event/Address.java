package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** A postal address. {@code country} is an ISO 3166-1 alpha-2 code. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Address(
        @Nullable String city,
        @Nullable String country,
        @Nullable String line1,
        @Nullable String line2,
        @JsonProperty("postal_code") @Nullable String postalCode,
        @Nullable String state) {}
