package io.webhooks4j.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.EventType;
import io.webhooks4j.pagerduty.event.Incident;
import io.webhooks4j.pagerduty.event.IncidentNote;
import io.webhooks4j.pagerduty.event.Ping;
import io.webhooks4j.pagerduty.event.Service;
import io.webhooks4j.pagerduty.internal.PagerDutyEventParser;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PagerDutyEventsTest {
    /**
     * PagerDuty's v3 "Event Types" table (developer docs, docs/webhooks/01-Overview.md), the Early Access page
     * (docs/webhooks/20-Early-Access-Webhooks.md) and pagey.ping.
     */
    static final List<String> DOCUMENTED = List.of(
            "incident.acknowledged",
            "incident.annotated",
            "incident.conference_bridge.updated",
            "incident.custom_field_values.updated",
            "incident.delegated",
            "incident.escalated",
            "incident.incident_type.changed",
            "incident.priority_updated",
            "incident.reassigned",
            "incident.reopened",
            "incident.resolved",
            "incident.responder.added",
            "incident.responder.replied",
            "incident.service_updated",
            "incident.status_update_published",
            "incident.triggered",
            "incident.unacknowledged",
            "incident.workflow.started",
            "incident.workflow.completed",
            "service.created",
            "service.deleted",
            "service.updated",
            "incident.action_invocation.created",
            "incident.action_invocation.updated",
            "incident.action_invocation.terminated",
            "incident.task.created",
            "incident.task.updated",
            "incident.task.completed",
            "incident.role.assigned",
            "service.custom_field_values.updated",
            "pagey.ping");

    @Test
    void listsEveryDocumentedEventTypeOnce() {
        assertThat(PagerDutyEvents.all())
                .filteredOn(type -> !type.isAny())
                .extracting(EventType::name)
                .containsExactlyInAnyOrderElementsOf(DOCUMENTED);
        assertThat(PagerDutyEvents.all()).contains(PagerDutyEvents.ANY);
        assertThat(PagerDutyEvents.all())
                .allSatisfy(type -> assertThat(type.provider()).isEqualTo("pagerduty"));
    }

    @Test
    void everyPublicConstantIsInTheList() throws IllegalAccessException {
        List<Object> constants = new ArrayList<>();
        for (Field field : PagerDutyEvents.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == EventType.class) {
                constants.add(field.get(null));
            }
        }
        assertThat(constants).containsExactlyInAnyOrderElementsOf(PagerDutyEvents.all());
    }

    @Test
    void everyDocumentedEventTypeHasAFixture() {
        for (EventType<?> type : PagerDutyEvents.all()) {
            if (type.isAny()) {
                continue;
            }
            assertThat(Fixtures.body(type.name()).length()).as(type.name()).isPositive();
        }
    }

    @Test
    void carriesThePayloadTypes() {
        assertThat(PagerDutyEvents.INCIDENT_TRIGGERED.payloadType()).isEqualTo(Incident.class);
        assertThat(PagerDutyEvents.INCIDENT_ANNOTATED.payloadType()).isEqualTo(IncidentNote.class);
        assertThat(PagerDutyEvents.SERVICE_UPDATED.payloadType()).isEqualTo(Service.class);
        assertThat(PagerDutyEvents.PAGEY_PING.payloadType()).isEqualTo(Ping.class);
        assertThat(PagerDutyEvents.ANY.isAny()).isTrue();
        assertThat(PagerDutyEventParser.payloadType("incident.sla_breached")).isEqualTo(JsonNode.class);
    }

    @Test
    void findsByName() {
        assertThat(PagerDutyEvents.find("incident.resolved")).contains(PagerDutyEvents.INCIDENT_RESOLVED);
        assertThat(PagerDutyEvents.find("incident.resolve")).isEmpty();
        assertThat(PagerDutyEvents.find(null)).isEmpty();
    }
}
