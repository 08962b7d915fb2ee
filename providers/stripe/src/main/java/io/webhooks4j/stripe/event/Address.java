package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A postal address. {@code country} is an ISO 3166-1 alpha-2 code. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Address(
        String city,
        String country,
        String line1,
        String line2,
        @JsonProperty("postal_code") String postalCode,
        String state) {}
