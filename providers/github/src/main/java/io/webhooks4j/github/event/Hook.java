package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import io.webhooks4j.github.internal.PayloadLists;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The webhook a {@code ping} describes. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record Hook(
        @JsonProperty("id") @Nullable Long id,
        @JsonProperty("type") @Nullable String type,
        @JsonProperty("name") @Nullable String name,
        @JsonProperty("active") @Nullable Boolean active,
        @JsonProperty("events") @Nullable List<String> events,
        @JsonProperty("config") @Nullable JsonNode config,
        @JsonProperty("app_id") @Nullable Long appId,
        @JsonProperty("created_at") @Nullable Instant createdAt,
        @JsonProperty("updated_at") @Nullable Instant updatedAt,
        @JsonProperty("url") @Nullable String url) {
    public Hook {
        events = PayloadLists.own(events);
    }
}
