package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A column of a classic project board. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record ProjectColumn(
        @JsonProperty("id") @Nullable Long id,
        @JsonProperty("node_id") @Nullable String nodeId,
        @JsonProperty("name") @Nullable String name,
        @JsonProperty("url") @Nullable String url,
        @JsonProperty("project_url") @Nullable String projectUrl,
        @JsonProperty("cards_url") @Nullable String cardsUrl,
        @JsonProperty("created_at") @Nullable Instant createdAt,
        @JsonProperty("updated_at") @Nullable Instant updatedAt) {}
