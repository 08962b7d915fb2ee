package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A wiki page a {@code gollum} event reports: {@code action} is {@code created} or {@code edited}. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record WikiPage(
        @JsonProperty("page_name") @Nullable String pageName,
        @JsonProperty("title") @Nullable String title,
        @JsonProperty("summary") @Nullable String summary,
        @JsonProperty("action") @Nullable String action,
        @JsonProperty("sha") @Nullable String sha,
        @JsonProperty("html_url") @Nullable String htmlUrl) {}
