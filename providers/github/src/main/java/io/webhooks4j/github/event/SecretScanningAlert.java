package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A secret scanning alert. The secret itself is not modelled (it stays in the raw JSON only when GitHub sends it). */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record SecretScanningAlert(
        @JsonProperty("number") @Nullable Integer number,
        @JsonProperty("state") @Nullable String state,
        @JsonProperty("secret_type") @Nullable String secretType,
        @JsonProperty("secret_type_display_name") @Nullable String secretTypeDisplayName,
        @JsonProperty("resolution") @Nullable String resolution,
        @JsonProperty("resolution_comment") @Nullable String resolutionComment,
        @JsonProperty("resolved_at") @Nullable Instant resolvedAt,
        @JsonProperty("resolved_by") @Nullable User resolvedBy,
        @JsonProperty("validity") @Nullable String validity,
        @JsonProperty("publicly_leaked") @Nullable Boolean publiclyLeaked,
        @JsonProperty("multi_repo") @Nullable Boolean multiRepo,
        @JsonProperty("push_protection_bypassed") @Nullable Boolean pushProtectionBypassed,

        @JsonProperty("push_protection_bypassed_by") @Nullable
        User pushProtectionBypassedBy,

        @JsonProperty("push_protection_bypassed_at") @Nullable
        Instant pushProtectionBypassedAt,

        @JsonProperty("html_url") @Nullable String htmlUrl,
        @JsonProperty("url") @Nullable String url,
        @JsonProperty("locations_url") @Nullable String locationsUrl,
        @JsonProperty("created_at") @Nullable Instant createdAt,
        @JsonProperty("updated_at") @Nullable Instant updatedAt) {}
