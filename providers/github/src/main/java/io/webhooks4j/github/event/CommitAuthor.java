package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The author, committer or pusher of a pushed commit (git identity plus GitHub username when known). */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record CommitAuthor(
        @JsonProperty("name") @Nullable String name,
        @JsonProperty("email") @Nullable String email,
        @JsonProperty("username") @Nullable String username,
        @JsonProperty("date") @Nullable Instant date) {}
