package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** How an auto-merge merges: {@code merge}, {@code squash} or {@code rebase} (octokit/webhooks auto-merge schema). */
public enum MergeMethod {
    @JsonProperty("merge")
    MERGE,
    @JsonProperty("squash")
    SQUASH,
    @JsonProperty("rebase")
    REBASE,
    /** A value this version does not know; the raw JSON has it. */
    @JsonEnumDefaultValue
    UNKNOWN
}
