package io.webhooks4j.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.pagerduty.event.Incident;
import io.webhooks4j.pagerduty.event.IncidentNote;
import io.webhooks4j.pagerduty.event.IncidentWorkflow;
import io.webhooks4j.pagerduty.event.Service;
import io.webhooks4j.test.kit.PayloadCorpus;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue #21: every payload file under {@code src/test/resources/io/webhooks4j/pagerduty} (one per v3 event type the
 * developer docs list, PagerDuty/developer-docs docs/webhooks/01-Overview.md "Event Types" @ 94224391, plus
 * {@code pagey.ping}), signed and parsed through the real provider: none may fail, each must carry the event type its
 * file is named after, and every one must reach a typed record (the goal for PagerDuty is 100%).
 *
 * <p>The files are our own deliveries written to the documented shapes, not copies of the docs' examples: the
 * developer-docs repository carries no licence (see MANIFEST.md beside the fixtures).
 */
class PagerDutyCorpusTest {
    /** Every fixture, signed as PagerDuty sends it, parsed once for all tests. */
    private static final PayloadCorpus<PagerDutyEvent<?>> CORPUS = PayloadCorpus.parse(
            PagerDutyProvider.create(Fixtures.SECRET),
            PayloadCorpus.read(PagerDutyCorpusTest.class, "/io/webhooks4j/pagerduty", ".json"),
            payload -> Fixtures.signed(payload.body(), "wh-" + payload.baseName()));

    @Test
    void everyPayloadParsesUnderItsOwnTypeAndReachesATypedRecord() {
        CORPUS.assertNoErrors(PagerDutyEventsTest.DOCUMENTED.size());
        CORPUS.parsed().forEach((file, event) -> {
            String eventType = file.substring(0, file.length() - ".json".length());
            assertThat(event.type()).as(file).isEqualTo(eventType);
            Class<?> expected = PagerDutyEvents.find(eventType).orElseThrow().payloadType();
            assertThat(expected).as(file).isNotEqualTo(JsonNode.class);
            assertThat(event.data()).as(file).isInstanceOf(expected);
        });
        assertThat(CORPUS.raw(e -> !(e.data() instanceof JsonNode))).isEmpty();
        assertThat(CORPUS.share(e -> !(e.data() instanceof JsonNode), "pagerduty"))
                .isEqualTo(1.0);
    }

    @Test
    void keyFieldsHaveTheirExactValues() {
        Map<String, PagerDutyEvent<?>> byType = new TreeMap<>();
        CORPUS.parsed().forEach((file, event) -> byType.put(event.type(), event));

        Incident incident = (Incident) byType.get("incident.triggered").data();
        assertThat(byType.get("incident.triggered").id()).isEqualTo("01JDQ8Z6R301K4M7N9P2Q5S8T");
        assertThat(incident.number()).isEqualTo(4711L);

        IncidentNote note = (IncidentNote) byType.get("incident.annotated").data();
        assertThat(note.id()).isEqualTo("PN0TE5A");
        assertThat(note.content())
                .isEqualTo("Rolled back deploy 2026.11.27-3; latency recovering.\nWatching for 15 min.");

        Service deleted = (Service) byType.get("service.deleted").data();
        assertThat(deleted.id()).isEqualTo("PSVC9NW");
        assertThat(deleted.summary()).isEqualTo("Inventory Sync (EU)");

        IncidentWorkflow workflow =
                (IncidentWorkflow) byType.get("incident.workflow.completed").data();
        assertThat(workflow.id()).isEqualTo("PWFI7ST");
        assertThat(workflow.summary()).isEqualTo("Major incident kick-off #4711");

        assertThat(byType.get("pagey.ping").id()).isEqualTo("01JDQ8ZPAGEYP1NGK4M7N9P2Q5");
    }
}
