package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** {@code gollum}: wiki pages were created or edited (no action; each page says its own). */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record GollumEvent(
        @JsonProperty("pages") @Nullable List<WikiPage> pages,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender)
        implements GitHubPayload {}
