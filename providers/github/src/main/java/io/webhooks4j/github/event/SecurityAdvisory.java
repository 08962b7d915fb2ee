package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The advisory behind a Dependabot alert. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record SecurityAdvisory(
        @JsonProperty("ghsa_id") @Nullable String ghsaId,
        @JsonProperty("cve_id") @Nullable String cveId,
        @JsonProperty("summary") @Nullable String summary,
        @JsonProperty("description") @Nullable String description,
        @JsonProperty("severity") @Nullable String severity,
        @JsonProperty("published_at") @Nullable Instant publishedAt,
        @JsonProperty("updated_at") @Nullable Instant updatedAt,
        @JsonProperty("withdrawn_at") @Nullable Instant withdrawnAt) {}
