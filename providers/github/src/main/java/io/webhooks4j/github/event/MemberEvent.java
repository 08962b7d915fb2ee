package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** {@code member}: a collaborator was added, removed or had their permissions changed. */
public record MemberEvent(
        @JsonProperty("action") String action,
        @JsonProperty("member") User member,
        @JsonProperty("changes") JsonNode changes,
        @JsonProperty("repository") Repository repository,
        @JsonProperty("organization") Organization organization,
        @JsonProperty("installation") Installation installation,
        @JsonProperty("sender") User sender) {}
