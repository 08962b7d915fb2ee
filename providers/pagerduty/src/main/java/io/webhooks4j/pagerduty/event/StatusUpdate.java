package io.webhooks4j.pagerduty.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A status update published on an incident: the {@code data} of {@code incident.status_update_published}
 * ({@code data.type} {@code incident_status_update}).
 *
 * @param id the status update's id
 * @param type always {@code incident_status_update}
 * @param message the update's text (possibly cut short: see {@code trimmed})
 * @param trimmed whether PagerDuty shortened {@code message} to fit the webhook
 * @param incident the incident it was published on
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StatusUpdate(
        @JsonProperty("id") String id,
        @JsonProperty("type") String type,
        @JsonProperty("message") String message,
        @JsonProperty("trimmed") Boolean trimmed,
        @JsonProperty("incident") Reference incident) {}
