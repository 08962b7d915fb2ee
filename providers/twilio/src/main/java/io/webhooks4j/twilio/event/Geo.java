package io.webhooks4j.twilio.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.twilio.internal.ExplicitJson;
import org.jspecify.annotations.Nullable;

/**
 * Where a phone number is registered, as Twilio guesses it ({@code FromCity}, {@code FromState},
 * {@code FromZip}, {@code FromCountry}, or the {@code To...} set). Each part is null when not sent.
 */
@ExplicitJson
public record Geo(
        @JsonProperty("city") @Nullable String city,
        @JsonProperty("state") @Nullable String state,
        @JsonProperty("zip") @Nullable String zip,
        @JsonProperty("country") @Nullable String country) {
    /** True when Twilio sent none of the parts. */
    public boolean isEmpty() {
        return city == null && state == null && zip == null && country == null;
    }
}
