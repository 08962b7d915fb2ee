package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** How a completed check run, check suite, workflow run or job ended; {@code null} until it completes. */
public enum CheckConclusion {
    @JsonProperty("success")
    SUCCESS,
    @JsonProperty("failure")
    FAILURE,
    @JsonProperty("neutral")
    NEUTRAL,
    @JsonProperty("cancelled")
    CANCELLED,
    @JsonProperty("skipped")
    SKIPPED,
    @JsonProperty("timed_out")
    TIMED_OUT,
    @JsonProperty("action_required")
    ACTION_REQUIRED,
    @JsonProperty("stale")
    STALE,
    @JsonProperty("startup_failure")
    STARTUP_FAILURE,
    /** A value this version does not know; the raw JSON has it. */
    @JsonEnumDefaultValue
    UNKNOWN
}
