package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** The advisory behind a Dependabot alert. */
public record SecurityAdvisory(
        @JsonProperty("ghsa_id") String ghsaId,
        @JsonProperty("cve_id") String cveId,
        @JsonProperty("summary") String summary,
        @JsonProperty("description") String description,
        @JsonProperty("severity") String severity,
        @JsonProperty("published_at") Instant publishedAt,
        @JsonProperty("updated_at") Instant updatedAt,
        @JsonProperty("withdrawn_at") Instant withdrawnAt) {}
