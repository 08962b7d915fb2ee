package io.webhooks4j.pagerduty.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The status of an incident. */
public enum IncidentStatus {
    @JsonProperty("triggered")
    TRIGGERED,
    @JsonProperty("acknowledged")
    ACKNOWLEDGED,
    @JsonProperty("resolved")
    RESOLVED,
    /** A status this version does not know. */
    @JsonEnumDefaultValue
    UNKNOWN
}
