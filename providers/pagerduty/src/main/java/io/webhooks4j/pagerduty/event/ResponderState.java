package io.webhooks4j.pagerduty.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a responder request stands. */
public enum ResponderState {
    /** Requested, not answered yet. */
    @JsonProperty("pending")
    PENDING,
    /**
     * The responder accepted the request: what {@code incident.responder.replied} carries when they said yes (seen in
     * a real delivery, issue #16.16).
     */
    @JsonProperty("accepted")
    ACCEPTED,
    /** The responder joined. */
    @JsonProperty("joined")
    JOINED,
    /** The responder declined. */
    @JsonProperty("declined")
    DECLINED,
    /** A state this version does not know. */
    @JsonEnumDefaultValue
    UNKNOWN
}
