package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** The author, committer or pusher of a pushed commit (git identity plus GitHub username when known). */
public record CommitAuthor(
        @JsonProperty("name") String name,
        @JsonProperty("email") String email,
        @JsonProperty("username") String username,
        @JsonProperty("date") Instant date) {}
