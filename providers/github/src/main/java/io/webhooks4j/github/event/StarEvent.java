package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** {@code star}: a star was added ({@code created}) or removed ({@code deleted}). */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record StarEvent(
        @JsonProperty("action") @Nullable String action,
        @JsonProperty("starred_at") @Nullable Instant starredAt,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender)
        implements GitHubPayload {}
