package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/** A code scanning alert. */
public record CodeScanningAlert(
        @JsonProperty("number") Integer number,
        @JsonProperty("state") String state,
        @JsonProperty("rule") Rule rule,
        @JsonProperty("tool") Tool tool,
        @JsonProperty("most_recent_instance") JsonNode mostRecentInstance,
        @JsonProperty("html_url") String htmlUrl,
        @JsonProperty("url") String url,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        @JsonProperty("fixed_at") Instant fixedAt,
        @JsonProperty("dismissed_at") Instant dismissedAt,
        @JsonProperty("dismissed_by") User dismissedBy,
        @JsonProperty("dismissed_reason") String dismissedReason,
        @JsonProperty("dismissed_comment") String dismissedComment) {
    /** The rule that raised the alert. */
    public record Rule(
            @JsonProperty("id") String id,
            @JsonProperty("name") String name,
            @JsonProperty("description") String description,
            @JsonProperty("severity") String severity,
            @JsonProperty("security_severity_level") String securitySeverityLevel,
            @JsonProperty("tags") List<String> tags) {}

    /** The analysis tool ({@code CodeQL}, ...). */
    public record Tool(
            @JsonProperty("name") String name,
            @JsonProperty("version") String version,
            @JsonProperty("guid") String guid) {}
}
