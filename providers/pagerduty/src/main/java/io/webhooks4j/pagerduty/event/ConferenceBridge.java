package io.webhooks4j.pagerduty.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The conference bridge of an incident.
 *
 * @param conferenceNumber the number to dial, such as {@code +1 1234123412,,987654321#} (read as text even when sent as
 *     a JSON number)
 * @param conferenceUrl the URL of the bridge
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConferenceBridge(
        @JsonProperty("conference_number") @Nullable String conferenceNumber,
        @JsonProperty("conference_url") @Nullable String conferenceUrl) {}
