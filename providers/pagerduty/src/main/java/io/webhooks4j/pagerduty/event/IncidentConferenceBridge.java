package io.webhooks4j.pagerduty.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.spi.RecordCopies;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An incident's new conference bridge: the {@code data} of {@code incident.conference_bridge.updated} ({@code
 * data.type} {@code incident_conference_bridge}).
 *
 * @param type always {@code incident_conference_bridge}
 * @param incident the incident
 * @param conferenceNumbers the dial-in numbers
 * @param conferenceUrl the bridge's URL
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IncidentConferenceBridge(
        @JsonProperty("type") @Nullable String type,
        @JsonProperty("incident") @Nullable Reference incident,
        @JsonProperty("conference_numbers") List<ConferenceNumber> conferenceNumbers,
        @JsonProperty("conference_url") @Nullable String conferenceUrl) {
    public IncidentConferenceBridge {
        conferenceNumbers = RecordCopies.viewOrEmpty(conferenceNumbers);
    }
}
