package io.webhooks4j.github;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.EventType;
import io.webhooks4j.github.event.GitHubPayload;
import io.webhooks4j.github.internal.GitHubSchemaEvents;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generated catalogue fragment ({@code GitHubSchemaEvents}, from octokit's payload schemas) and the catalogue
 * agree: every generated event, and every action of it the catalogue names, carries the generated record.
 */
class GitHubSchemaEventsTest {
    @Test
    void everyGeneratedEventIsTypedInTheCatalogueWithItsRecord() throws Exception {
        assertThat(GitHubSchemaEvents.ACTIONS).hasSize(21);
        for (Map.Entry<String, List<String>> event : GitHubSchemaEvents.ACTIONS.entrySet()) {
            String constant = event.getKey().toUpperCase(java.util.Locale.ROOT);
            Class<?> record =
                    (Class<?>) GitHubSchemaEvents.class.getField(constant).get(null);
            assertThat(record.isRecord()).as(event.getKey()).isTrue();
            assertThat(GitHubPayload.class).isAssignableFrom(record);
            EventType<?> type = GitHubEvents.find(event.getKey()).orElseThrow();
            assertThat(type.payloadType()).as(event.getKey()).isEqualTo(record);
            for (EventType<?> key : GitHubEvents.all()) {
                if (key.name().startsWith(event.getKey() + ".")) {
                    assertThat(key.payloadType()).as(key.name()).isEqualTo(record);
                }
            }
        }
    }
}
