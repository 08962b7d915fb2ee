package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a check run, check suite, workflow run or job stands. */
public enum CheckStatus {
    @JsonProperty("requested")
    REQUESTED,
    @JsonProperty("queued")
    QUEUED,
    @JsonProperty("pending")
    PENDING,
    @JsonProperty("waiting")
    WAITING,
    @JsonProperty("in_progress")
    IN_PROGRESS,
    @JsonProperty("completed")
    COMPLETED,
    /** A value this version does not know; the raw JSON has it. */
    @JsonEnumDefaultValue
    UNKNOWN
}
