package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.webhooks4j.spi.RecordCopies;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code status}: the status of a commit changed. */
public record StatusEvent(
        @JsonProperty("id") @Nullable Long id,
        @JsonProperty("sha") @Nullable String sha,
        @JsonProperty("name") @Nullable String name,
        @JsonProperty("state") @Nullable String state,
        @JsonProperty("context") @Nullable String context,
        @JsonProperty("description") @Nullable String description,
        @JsonProperty("target_url") @Nullable String targetUrl,
        @JsonProperty("commit") @Nullable JsonNode commit,
        @JsonProperty("branches") @Nullable List<JsonNode> branches,
        @JsonProperty("created_at") @Nullable Instant createdAt,
        @JsonProperty("updated_at") @Nullable Instant updatedAt,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender) {
    public StatusEvent {
        branches = RecordCopies.listOrNull(branches);
    }
}
