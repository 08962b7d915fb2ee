package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** {@code star}: a star was added ({@code created}) or removed ({@code deleted}). */
public record StarEvent(
        @JsonProperty("action") @Nullable String action,
        @JsonProperty("starred_at") @Nullable Instant starredAt,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender) {}
