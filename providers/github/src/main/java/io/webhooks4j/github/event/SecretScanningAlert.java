package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A secret scanning alert. The secret itself is not modelled (it stays in the raw JSON only when GitHub sends it). */
public record SecretScanningAlert(
        @JsonProperty("number") Integer number,
        @JsonProperty("state") String state,
        @JsonProperty("secret_type") String secretType,
        @JsonProperty("secret_type_display_name") String secretTypeDisplayName,
        @JsonProperty("resolution") String resolution,
        @JsonProperty("resolution_comment") String resolutionComment,
        @JsonProperty("resolved_at") Instant resolvedAt,
        @JsonProperty("resolved_by") User resolvedBy,
        @JsonProperty("validity") String validity,
        @JsonProperty("publicly_leaked") Boolean publiclyLeaked,
        @JsonProperty("multi_repo") Boolean multiRepo,
        @JsonProperty("push_protection_bypassed") Boolean pushProtectionBypassed,
        @JsonProperty("push_protection_bypassed_by") User pushProtectionBypassedBy,
        @JsonProperty("push_protection_bypassed_at") Instant pushProtectionBypassedAt,
        @JsonProperty("html_url") String htmlUrl,
        @JsonProperty("url") String url,
        @JsonProperty("locations_url") String locationsUrl,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt) {}
