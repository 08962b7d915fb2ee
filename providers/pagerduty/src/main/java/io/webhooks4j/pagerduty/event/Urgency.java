package io.webhooks4j.pagerduty.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The urgency of an incident. */
public enum Urgency {
    @JsonProperty("high")
    HIGH,
    @JsonProperty("low")
    LOW,
    /** An urgency this version does not know. */
    @JsonEnumDefaultValue
    UNKNOWN
}
