package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A Dependabot alert. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record DependabotAlert(
        @JsonProperty("number") @Nullable Integer number,
        @JsonProperty("state") @Nullable String state,
        @JsonProperty("dependency") @Nullable Dependency dependency,
        @JsonProperty("security_advisory") @Nullable SecurityAdvisory securityAdvisory,
        @JsonProperty("security_vulnerability") @Nullable JsonNode securityVulnerability,
        @JsonProperty("html_url") @Nullable String htmlUrl,
        @JsonProperty("url") @Nullable String url,
        @JsonProperty("created_at") @Nullable Instant createdAt,
        @JsonProperty("updated_at") @Nullable Instant updatedAt,
        @JsonProperty("dismissed_at") @Nullable Instant dismissedAt,
        @JsonProperty("dismissed_by") @Nullable User dismissedBy,
        @JsonProperty("dismissed_reason") @Nullable String dismissedReason,
        @JsonProperty("dismissed_comment") @Nullable String dismissedComment,
        @JsonProperty("fixed_at") @Nullable Instant fixedAt,
        @JsonProperty("auto_dismissed_at") @Nullable Instant autoDismissedAt) {
    /** The vulnerable dependency. */
    @JsonDeserialize(using = GitHubRecordDeserializer.class)
    public record Dependency(
            @JsonProperty("package") @Nullable Package packageInfo,
            @JsonProperty("manifest_path") @Nullable String manifestPath,
            @JsonProperty("scope") @Nullable String scope) {}

    /** A package: its ecosystem ({@code npm}, {@code maven}, ...) and name. */
    @JsonDeserialize(using = GitHubRecordDeserializer.class)
    public record Package(
            @JsonProperty("ecosystem") @Nullable String ecosystem,
            @JsonProperty("name") @Nullable String name) {}
}
