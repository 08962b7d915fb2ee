package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** {@code star}: a star was added ({@code created}) or removed ({@code deleted}). */
public record StarEvent(
        @JsonProperty("action") String action,
        @JsonProperty("starred_at") Instant starredAt,
        @JsonProperty("repository") Repository repository,
        @JsonProperty("organization") Organization organization,
        @JsonProperty("installation") Installation installation,
        @JsonProperty("sender") User sender) {}
