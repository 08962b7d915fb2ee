package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.webhooks4j.spi.RecordCopies;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The webhook a {@code ping} describes. */
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
        events = RecordCopies.listOrNull(events);
    }
}
