package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/** {@code status}: the status of a commit changed. */
public record StatusEvent(
        @JsonProperty("id") Long id,
        @JsonProperty("sha") String sha,
        @JsonProperty("name") String name,
        @JsonProperty("state") String state,
        @JsonProperty("context") String context,
        @JsonProperty("description") String description,
        @JsonProperty("target_url") String targetUrl,
        @JsonProperty("commit") JsonNode commit,
        @JsonProperty("branches") List<JsonNode> branches,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        @JsonProperty("repository") Repository repository,
        @JsonProperty("organization") Organization organization,
        @JsonProperty("installation") Installation installation,
        @JsonProperty("sender") User sender) {
    public StatusEvent {
        branches = Copies.list(branches);
    }
}
