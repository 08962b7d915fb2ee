package io.webhooks4j.pagerduty.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

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
        @JsonProperty("id") @Nullable String id,
        @JsonProperty("type") @Nullable String type,
        @JsonProperty("message") @Nullable String message,
        @JsonProperty("trimmed") @Nullable Boolean trimmed,
        @JsonProperty("incident") @Nullable Reference incident) {}
