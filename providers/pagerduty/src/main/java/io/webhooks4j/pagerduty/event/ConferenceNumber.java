package io.webhooks4j.pagerduty.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One dial-in number of a conference bridge.
 *
 * @param label its label (may be empty)
 * @param number the number, such as {@code +1-555-555-5555}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConferenceNumber(
        @JsonProperty("label") @Nullable String label,
        @JsonProperty("number") @Nullable String number) {}
