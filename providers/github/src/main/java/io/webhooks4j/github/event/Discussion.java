package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A repository discussion, as the {@code discussion} and {@code discussion_comment} events carry it. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record Discussion(
        @JsonProperty("id") @Nullable Long id,
        @JsonProperty("node_id") @Nullable String nodeId,
        @JsonProperty("number") @Nullable Integer number,
        @JsonProperty("title") @Nullable String title,
        @JsonProperty("body") @Nullable String body,
        @JsonProperty("state") @Nullable String state,
        @JsonProperty("locked") @Nullable Boolean locked,
        @JsonProperty("comments") @Nullable Integer comments,
        @JsonProperty("category") @Nullable JsonNode category,
        @JsonProperty("user") @Nullable User user,
        @JsonProperty("author_association") @Nullable String authorAssociation,
        @JsonProperty("answer_html_url") @Nullable String answerHtmlUrl,
        @JsonProperty("answer_chosen_at") @Nullable Instant answerChosenAt,
        @JsonProperty("answer_chosen_by") @Nullable User answerChosenBy,
        @JsonProperty("html_url") @Nullable String htmlUrl,
        @JsonProperty("repository_url") @Nullable String repositoryUrl,
        @JsonProperty("created_at") @Nullable Instant createdAt,
        @JsonProperty("updated_at") @Nullable Instant updatedAt) {}
