package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The author, committer or pusher of a pushed commit (git identity plus GitHub username when known). */
public record CommitAuthor(
        @JsonProperty("name") @Nullable String name,
        @JsonProperty("email") @Nullable String email,
        @JsonProperty("username") @Nullable String username,
        @JsonProperty("date") @Nullable Instant date) {}
