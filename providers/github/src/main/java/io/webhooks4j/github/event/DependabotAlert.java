package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** A Dependabot alert. */
public record DependabotAlert(
        @JsonProperty("number") Integer number,
        @JsonProperty("state") String state,
        @JsonProperty("dependency") Dependency dependency,
        @JsonProperty("security_advisory") SecurityAdvisory securityAdvisory,
        @JsonProperty("security_vulnerability") JsonNode securityVulnerability,
        @JsonProperty("html_url") String htmlUrl,
        @JsonProperty("url") String url,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        @JsonProperty("dismissed_at") Instant dismissedAt,
        @JsonProperty("dismissed_by") User dismissedBy,
        @JsonProperty("dismissed_reason") String dismissedReason,
        @JsonProperty("dismissed_comment") String dismissedComment,
        @JsonProperty("fixed_at") Instant fixedAt,
        @JsonProperty("auto_dismissed_at") Instant autoDismissedAt) {
    /** The vulnerable dependency. */
    public record Dependency(
            @JsonProperty("package") Package packageInfo,
            @JsonProperty("manifest_path") String manifestPath,
            @JsonProperty("scope") String scope) {}

    /** A package: its ecosystem ({@code npm}, {@code maven}, ...) and name. */
    public record Package(
            @JsonProperty("ecosystem") String ecosystem,
            @JsonProperty("name") String name) {}
}
