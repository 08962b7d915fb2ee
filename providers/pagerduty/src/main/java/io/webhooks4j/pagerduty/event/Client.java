package io.webhooks4j.pagerduty.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Where an event was triggered ({@code event.client}), such as {@code {"name": "PagerDuty"}}.
 *
 * @param name the client's name
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Client(@JsonProperty("name") @Nullable String name) {}
