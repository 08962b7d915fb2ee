package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * {@code discussion}: a discussion was created, edited, answered, labeled, locked, pinned, transferred, moved to
 * another category, closed, reopened or deleted. {@code answer}, {@code label} and {@code changes} are present for
 * the actions they belong to.
 */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record DiscussionEvent(
        @JsonProperty("action") @Nullable String action,
        @JsonProperty("discussion") @Nullable Discussion discussion,
        @JsonProperty("answer") @Nullable JsonNode answer,
        @JsonProperty("label") @Nullable Label label,
        @JsonProperty("changes") @Nullable JsonNode changes,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender)
        implements GitHubPayload {}
