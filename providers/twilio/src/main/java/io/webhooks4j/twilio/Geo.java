package io.webhooks4j.twilio;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a phone number is registered, as Twilio guesses it ({@code FromCity}, {@code FromState},
 * {@code FromZip}, {@code FromCountry}, or the {@code To...} set). Each part is null when not sent.
 */
@ExplicitJson
public record Geo(
        @JsonProperty("city") String city,
        @JsonProperty("state") String state,
        @JsonProperty("zip") String zip,
        @JsonProperty("country") String country) {
    static final Geo NONE = new Geo(null, null, null, null);

    /** True when Twilio sent none of the parts. */
    public boolean isEmpty() {
        return city == null && state == null && zip == null && country == null;
    }
}
