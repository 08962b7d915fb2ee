package io.webhooks4j.pagerduty.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The type of an incident, such as {@code major}.
 *
 * @param name the incident type's name
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IncidentType(@JsonProperty("name") @Nullable String name) {}
