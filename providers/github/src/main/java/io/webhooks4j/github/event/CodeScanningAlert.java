package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A code scanning alert. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record CodeScanningAlert(
        @JsonProperty("number") @Nullable Integer number,
        @JsonProperty("state") @Nullable String state,
        @JsonProperty("rule") @Nullable Rule rule,
        @JsonProperty("tool") @Nullable Tool tool,
        @JsonProperty("most_recent_instance") @Nullable JsonNode mostRecentInstance,
        @JsonProperty("html_url") @Nullable String htmlUrl,
        @JsonProperty("url") @Nullable String url,
        @JsonProperty("created_at") @Nullable Instant createdAt,
        @JsonProperty("updated_at") @Nullable Instant updatedAt,
        @JsonProperty("fixed_at") @Nullable Instant fixedAt,
        @JsonProperty("dismissed_at") @Nullable Instant dismissedAt,
        @JsonProperty("dismissed_by") @Nullable User dismissedBy,
        @JsonProperty("dismissed_reason") @Nullable String dismissedReason,
        @JsonProperty("dismissed_comment") @Nullable String dismissedComment) {
    /** The rule that raised the alert. */
    @JsonDeserialize(using = GitHubRecordDeserializer.class)
    public record Rule(
            @JsonProperty("id") @Nullable String id,
            @JsonProperty("name") @Nullable String name,
            @JsonProperty("description") @Nullable String description,
            @JsonProperty("severity") @Nullable String severity,

            @JsonProperty("security_severity_level") @Nullable
            String securitySeverityLevel,

            @JsonProperty("tags") @Nullable List<String> tags) {}

    /** The analysis tool ({@code CodeQL}, ...). */
    @JsonDeserialize(using = GitHubRecordDeserializer.class)
    public record Tool(
            @JsonProperty("name") @Nullable String name,
            @JsonProperty("version") @Nullable String version,
            @JsonProperty("guid") @Nullable String guid) {}
}
