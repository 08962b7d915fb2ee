package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A user's membership of an organization: {@code role} {@code admin} or {@code member}, {@code state} {@code active} or {@code pending}. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record OrganizationMembership(
        @JsonProperty("user") @Nullable User user,
        @JsonProperty("role") @Nullable String role,
        @JsonProperty("state") @Nullable String state,
        @JsonProperty("url") @Nullable String url,
        @JsonProperty("organization_url") @Nullable String organizationUrl) {}
