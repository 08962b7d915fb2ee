package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/** The webhook a {@code ping} describes. */
public record Hook(
        @JsonProperty("id") Long id,
        @JsonProperty("type") String type,
        @JsonProperty("name") String name,
        @JsonProperty("active") Boolean active,
        @JsonProperty("events") List<String> events,
        @JsonProperty("config") JsonNode config,
        @JsonProperty("app_id") Long appId,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        @JsonProperty("url") String url) {
    public Hook {
        events = Copies.list(events);
    }
}
