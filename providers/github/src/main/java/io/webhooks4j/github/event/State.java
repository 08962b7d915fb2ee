package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether an issue or pull request is open or closed (a merged pull request is {@link #CLOSED}). */
public enum State {
    @JsonProperty("open")
    OPEN,
    @JsonProperty("closed")
    CLOSED,
    /** A value this version does not know; the raw JSON has it. */
    @JsonEnumDefaultValue
    UNKNOWN
}
