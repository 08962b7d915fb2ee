package io.webhooks4j.pagerduty.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A note added to an incident: the {@code data} of {@code incident.annotated} ({@code data.type} {@code
 * incident_note}).
 *
 * @param id the note's id
 * @param type always {@code incident_note}
 * @param content the note's text (possibly cut short: see {@code trimmed})
 * @param trimmed whether PagerDuty shortened {@code content} to fit the webhook
 * @param incident the incident the note belongs to
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IncidentNote(
        @JsonProperty("id") @Nullable String id,
        @JsonProperty("type") @Nullable String type,
        @JsonProperty("content") @Nullable String content,
        @JsonProperty("trimmed") @Nullable Boolean trimmed,
        @JsonProperty("incident") @Nullable Reference incident) {}
