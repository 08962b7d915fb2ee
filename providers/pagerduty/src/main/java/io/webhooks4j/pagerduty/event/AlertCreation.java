package io.webhooks4j.pagerduty.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a service creates only incidents, or alerts grouped into incidents. */
public enum AlertCreation {
    @JsonProperty("create_incidents")
    CREATE_INCIDENTS,
    @JsonProperty("create_alerts_and_incidents")
    CREATE_ALERTS_AND_INCIDENTS,
    /** A setting this version does not know. */
    @JsonEnumDefaultValue
    UNKNOWN
}
