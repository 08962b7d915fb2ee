package io.webhooks4j.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.WebhookRequest;
import io.webhooks4j.pagerduty.event.AlertCreation;
import io.webhooks4j.pagerduty.event.CustomFieldValue;
import io.webhooks4j.pagerduty.event.Incident;
import io.webhooks4j.pagerduty.event.IncidentActionInvocation;
import io.webhooks4j.pagerduty.event.IncidentConferenceBridge;
import io.webhooks4j.pagerduty.event.IncidentFieldValues;
import io.webhooks4j.pagerduty.event.IncidentNote;
import io.webhooks4j.pagerduty.event.IncidentResponder;
import io.webhooks4j.pagerduty.event.IncidentRoleAssignment;
import io.webhooks4j.pagerduty.event.IncidentStatus;
import io.webhooks4j.pagerduty.event.IncidentTask;
import io.webhooks4j.pagerduty.event.IncidentWorkflow;
import io.webhooks4j.pagerduty.event.Ping;
import io.webhooks4j.pagerduty.event.Reference;
import io.webhooks4j.pagerduty.event.ResponderState;
import io.webhooks4j.pagerduty.event.Service;
import io.webhooks4j.pagerduty.event.ServiceFieldValues;
import io.webhooks4j.pagerduty.event.StatusUpdate;
import io.webhooks4j.pagerduty.event.Urgency;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Our fixtures, one per documented event type, parsed field by field. */
class PagerDutyParsingTest {
    private static final String INCIDENT_ID = "Q2WX7TRGKD9ZM1";
    private static final String TITLE = "Checkout latency p99 above 2s \u2014 caf\u00e9 region \uD83D\uDD25";

    private final PagerDutyProvider provider = PagerDutyProvider.create(Fixtures.SECRET);

    private PagerDutyEvent<?> parse(String eventType) {
        WebhookRequest request = Fixtures.signed(eventType);
        return provider.parse(request, provider.verify(request));
    }

    @SuppressWarnings("unchecked")
    private <T> T data(String eventType, Class<T> type) {
        PagerDutyEvent<?> event = parse(eventType);
        assertThat(event.type()).isEqualTo(eventType);
        assertThat(event.data()).isInstanceOf(type);
        return (T) event.data();
    }

    @Test
    void readsTheEnvelopeAndTheDeliveryHeaders() {
        PagerDutyEvent<?> event = parse("incident.triggered");

        assertThat(event.provider()).isEqualTo("pagerduty");
        assertThat(event.id()).isEqualTo("01JDQ8Z6R301K4M7N9P2Q5S8T");
        assertThat(event.type()).isEqualTo("incident.triggered");
        assertThat(event.resourceType()).isEqualTo("incident");
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-11-27T11:52:03.107Z"));
        assertThat(event.agent())
                .isEqualTo(new Reference(
                        "PSVC7QX",
                        "service_reference",
                        "Checkout API",
                        "https://api.pagerduty.com/services/PSVC7QX",
                        "https://northwind.pagerduty.com/service-directory/PSVC7QX"));
        assertThat(event.client()).satisfies(client -> assertThat(client.name()).isEqualTo("Datadog"));
        assertThat(event.dataType()).isEqualTo("incident");
        assertThat(event.webhookId()).isEqualTo("wh-incident.triggered");
        assertThat(event.deliveryId()).isEqualTo("wh-incident.triggered");
        assertThat(event.subscriptionId()).isEqualTo(Fixtures.SUBSCRIPTION);
        assertThat(event.raw().at("/event/data/number").asLong()).isEqualTo(4711);
        assertThat(event.toString()).contains("incident.triggered").doesNotContain(TITLE);
    }

    @Test
    void readsATriggeredIncidentFieldByField() {
        Incident incident = data("incident.triggered", Incident.class);

        assertThat(incident.id()).isEqualTo(INCIDENT_ID);
        assertThat(incident.type()).isEqualTo("incident");
        assertThat(incident.self()).isEqualTo("https://api.pagerduty.com/incidents/" + INCIDENT_ID);
        assertThat(incident.htmlUrl()).isEqualTo("https://northwind.pagerduty.com/incidents/" + INCIDENT_ID);
        assertThat(incident.number()).isEqualTo(4711L);
        assertThat(incident.status()).isEqualTo(IncidentStatus.TRIGGERED);
        assertThat(incident.incidentKey()).isEqualTo("checkout-latency-eu-west-1");
        assertThat(incident.createdAt()).isEqualTo(Instant.parse("2026-11-27T11:52:03Z"));
        assertThat(incident.reopenedAt()).isNull();
        assertThat(incident.title()).isEqualTo(TITLE);
        assertThat(incident.incidentType().name()).isEqualTo("incident_default");
        assertThat(incident.service().id()).isEqualTo("PSVC7QX");
        assertThat(incident.service().summary()).isEqualTo("Checkout API");
        assertThat(incident.assignees()).extracting(Reference::id).containsExactly("PA1ICE7");
        assertThat(incident.assignees().get(0).summary()).isEqualTo("Alice Okafor");
        assertThat(incident.assignees().get(0).type()).isEqualTo("user_reference");
        assertThat(incident.escalationPolicy().summary()).isEqualTo("Checkout On-Call");
        assertThat(incident.teams()).extracting(Reference::summary).containsExactly("Commerce Platform");
        assertThat(incident.priority().summary()).isEqualTo("P2");
        assertThat(incident.priority().htmlUrl())
                .isEqualTo("https://northwind.pagerduty.com/account/incident_priorities");
        assertThat(incident.urgency()).isEqualTo(Urgency.HIGH);
        assertThat(incident.conferenceBridge().conferenceNumber()).isEqualTo("+1 415-555-0134,,88120443#");
        assertThat(incident.conferenceBridge().conferenceUrl()).isEqualTo("https://meet.example.com/checkout-war-room");
        assertThat(incident.resolveReason()).isNull();
    }

    @Test
    void readsAResolvedIncidentWithItsMergeReasonAndNoAssignees() {
        Incident incident = data("incident.resolved", Incident.class);

        assertThat(incident.status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(incident.assignees()).isEmpty();
        assertThat(incident.resolveReason().type()).isEqualTo("merge_resolve_reason");
        assertThat(incident.resolveReason().incident().id()).isEqualTo("Q0MERGED1X");
        assertThat(incident.resolveReason().incident().summary()).isEqualTo("[#4709] Checkout errors");
    }

    @Test
    void readsAReopenedIncidentWithoutPriorityOrBridge() {
        PagerDutyEvent<?> event = parse("incident.reopened");
        Incident incident = (Incident) event.data();

        assertThat(incident.reopenedAt()).isEqualTo(Instant.parse("2026-11-27T12:40:11Z"));
        assertThat(incident.priority()).isNull();
        assertThat(incident.conferenceBridge()).isNull();
        assertThat(incident.urgency()).isEqualTo(Urgency.LOW);
        assertThat(event.agent()).extracting(Reference::summary).isEqualTo("Bob Lindqvist");
    }

    @Test
    void readsAnUnacknowledgedIncidentWithNoAgent() {
        PagerDutyEvent<?> event = parse("incident.unacknowledged");
        assertThat(event.agent()).isNull();
        assertThat(event.client()).isNull();
        assertThat(((Incident) event.data()).status()).isEqualTo(IncidentStatus.TRIGGERED);
    }

    static Stream<Arguments> incidentEvents() {
        return Stream.of(
                Arguments.of("incident.triggered", IncidentStatus.TRIGGERED, "PA1ICE7", "PSVC7QX", "P2"),
                Arguments.of("incident.acknowledged", IncidentStatus.ACKNOWLEDGED, "PA1ICE7", "PSVC7QX", "P2"),
                Arguments.of("incident.unacknowledged", IncidentStatus.TRIGGERED, "PA1ICE7", "PSVC7QX", "P2"),
                Arguments.of("incident.escalated", IncidentStatus.TRIGGERED, "PB0BK3N", "PSVC7QX", "P2"),
                Arguments.of("incident.reassigned", IncidentStatus.ACKNOWLEDGED, "PC4R0LX", "PSVC7QX", "P2"),
                Arguments.of("incident.delegated", IncidentStatus.TRIGGERED, "PB0BK3N", "PSVC7QX", "P2"),
                Arguments.of("incident.priority_updated", IncidentStatus.ACKNOWLEDGED, "PA1ICE7", "PSVC7QX", "P1"),
                Arguments.of("incident.service_updated", IncidentStatus.ACKNOWLEDGED, "PA1ICE7", "PSVP4YM", "P2"),
                Arguments.of("incident.incident_type.changed", IncidentStatus.ACKNOWLEDGED, "PA1ICE7", "PSVC7QX", "P2"),
                Arguments.of("incident.resolved", IncidentStatus.RESOLVED, null, "PSVC7QX", "P2"),
                Arguments.of("incident.reopened", IncidentStatus.TRIGGERED, "PA1ICE7", "PSVC7QX", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("incidentEvents")
    void readsEveryIncidentEvent(
            String eventType, IncidentStatus status, String assignee, String service, String priority) {
        Incident incident = data(eventType, Incident.class);

        assertThat(incident.id()).isEqualTo(INCIDENT_ID);
        assertThat(incident.number()).isEqualTo(4711L);
        assertThat(incident.title()).isEqualTo(TITLE);
        assertThat(incident.status()).isEqualTo(status);
        assertThat(incident.assignees())
                .extracting(Reference::id)
                .isEqualTo(assignee == null ? java.util.List.of() : java.util.List.of(assignee));
        assertThat(incident.service().id()).isEqualTo(service);
        assertThat(incident.priority() == null ? null : incident.priority().summary())
                .isEqualTo(priority);
        assertThat(PagerDutyEvents.find(eventType))
                .hasValueSatisfying(t -> assertThat(t.payloadType()).isEqualTo(Incident.class));
    }

    @Test
    void readsTheEscalationPolicyOfADelegatedIncidentAndTheTypeOfAChangedOne() {
        assertThat(data("incident.delegated", Incident.class).escalationPolicy().id())
                .isEqualTo("PEPDB42");
        assertThat(data("incident.incident_type.changed", Incident.class)
                        .incidentType()
                        .name())
                .isEqualTo("major");
    }

    @Test
    void readsAnIncidentNote() {
        IncidentNote note = data("incident.annotated", IncidentNote.class);

        assertThat(note.id()).isEqualTo("PN0TE5A");
        assertThat(note.type()).isEqualTo("incident_note");
        assertThat(note.content())
                .isEqualTo("Rolled back deploy 2026.11.27-3; latency recovering.\nWatching for 15 min.");
        assertThat(note.trimmed()).isFalse();
        assertThat(note.incident().id()).isEqualTo(INCIDENT_ID);
        assertThat(note.incident().type()).isEqualTo("incident_reference");
        assertThat(note.incident().summary()).startsWith("[#4711]");
    }

    @Test
    void readsAStatusUpdate() {
        StatusUpdate update = data("incident.status_update_published", StatusUpdate.class);

        assertThat(update.id()).isEqualTo("PSTUPD8");
        assertThat(update.type()).isEqualTo("incident_status_update");
        assertThat(update.message()).isEqualTo("Mitigation in place: checkout latency back under 500 ms.");
        assertThat(update.trimmed()).isFalse();
        assertThat(update.incident().id()).isEqualTo(INCIDENT_ID);
    }

    @Test
    void readsResponderRequestsToAUserAndToAnEscalationPolicy() {
        IncidentResponder added = data("incident.responder.added", IncidentResponder.class);
        assertThat(added.type()).isEqualTo("incident_responder");
        assertThat(added.incident().id()).isEqualTo(INCIDENT_ID);
        assertThat(added.user().summary()).isEqualTo("Bob Lindqvist");
        assertThat(added.escalationPolicy()).isNull();
        assertThat(added.message()).isEqualTo("Need a payments expert on the bridge");
        assertThat(added.state()).isEqualTo(ResponderState.PENDING);

        IncidentResponder replied = data("incident.responder.replied", IncidentResponder.class);
        assertThat(replied.user()).isNull();
        assertThat(replied.escalationPolicy().summary()).isEqualTo("Database Reliability");
        assertThat(replied.state()).isEqualTo(ResponderState.JOINED);
    }

    @Test
    void readsAConferenceBridgeUpdate() {
        IncidentConferenceBridge bridge = data("incident.conference_bridge.updated", IncidentConferenceBridge.class);

        assertThat(bridge.type()).isEqualTo("incident_conference_bridge");
        assertThat(bridge.incident().id()).isEqualTo(INCIDENT_ID);
        assertThat(bridge.conferenceNumbers()).hasSize(2);
        assertThat(bridge.conferenceNumbers().get(0).label()).isEqualTo("US");
        assertThat(bridge.conferenceNumbers().get(0).number()).isEqualTo("+1-415-555-0134,,88120443#");
        assertThat(bridge.conferenceNumbers().get(1).label()).isEmpty();
        assertThat(bridge.conferenceUrl()).isEqualTo("https://meet.example.com/checkout-war-room-2");
    }

    @Test
    void readsIncidentCustomFieldValuesOfEveryShape() {
        IncidentFieldValues values = data("incident.custom_field_values.updated", IncidentFieldValues.class);

        assertThat(values.type()).isEqualTo("incident_field_values");
        assertThat(values.incident().id()).isEqualTo(INCIDENT_ID);
        assertThat(values.incident().summary()).isNull();
        assertThat(values.customFields())
                .extracting(CustomFieldValue::name)
                .containsExactly("environment", "regions", "customers_impacted");
        CustomFieldValue environment = values.customFields().get(0);
        assertThat(environment.id()).isEqualTo("PCF3NV1");
        assertThat(environment.type()).isEqualTo("field_value");
        assertThat(environment.namespace()).isEqualTo("incidents");
        assertThat(environment.dataType()).isEqualTo("string");
        assertThat(environment.fieldType()).isEqualTo("single_value");
        assertThat(environment.values()).containsExactly("production");
        assertThat(values.customFields().get(1).values()).containsExactly("eu-west-1", "eu-central-1");
        assertThat(values.customFields().get(1).value().isArray()).isTrue();
        assertThat(values.customFields().get(2).value().asLong()).isEqualTo(1250L);
        assertThat(values.changedCustomFields()).singleElement().satisfies(changed -> {
            assertThat(changed.name()).isEqualTo("environment");
            assertThat(changed.values()).containsExactly("staging");
        });
    }

    @Test
    void readsAWorkflowInstance() {
        for (String eventType : new String[] {"incident.workflow.started", "incident.workflow.completed"}) {
            IncidentWorkflow workflow = data(eventType, IncidentWorkflow.class);
            assertThat(workflow.id()).isEqualTo("PWFI7ST");
            assertThat(workflow.type()).isEqualTo("incident_workflow_instance");
            assertThat(workflow.summary()).isEqualTo("Major incident kick-off #4711");
            assertThat(workflow.incidentWorkflow().id()).isEqualTo("PWF0MAJ");
            assertThat(workflow.incidentWorkflow().type()).isEqualTo("incident_workflow_reference");
            assertThat(workflow.workflowTrigger().summary()).isEqualTo("Priority is P1");
            assertThat(workflow.workflowTrigger().htmlUrl()).isNull();
            assertThat(workflow.incident().id()).isEqualTo(INCIDENT_ID);
            assertThat(workflow.service().id()).isEqualTo("PSVC7QX");
        }
    }

    @Test
    void readsActionInvocations() {
        assertThat(data("incident.action_invocation.created", IncidentActionInvocation.class)
                        .state())
                .isEqualTo("created");
        assertThat(data("incident.action_invocation.updated", IncidentActionInvocation.class)
                        .state())
                .isEqualTo("running");
        IncidentActionInvocation terminated =
                data("incident.action_invocation.terminated", IncidentActionInvocation.class);
        assertThat(terminated.id()).isEqualTo("01JDQAINV0CAT10N7X");
        assertThat(terminated.type()).isEqualTo("incident_action_invocation");
        assertThat(terminated.self()).isEqualTo("https://api.pagerduty.com/automation/invocations/01JDQAINV0CAT10N7X");
        assertThat(terminated.htmlUrl()).endsWith("/invocations/01JDQAINV0CAT10N7X/report");
        assertThat(terminated.incident().id()).isEqualTo(INCIDENT_ID);
        assertThat(terminated.action().summary()).isEqualTo("Restart checkout pods");
        assertThat(terminated.state()).isEqualTo("completed");
    }

    @Test
    void readsTasks() {
        IncidentTask created = data("incident.task.created", IncidentTask.class);
        assertThat(created.id()).isEqualTo("PTASK42");
        assertThat(created.type()).isEqualTo("incident_task");
        assertThat(created.name()).isEqualTo("Post customer notice");
        assertThat(created.summary()).isEqualTo("Post customer notice");
        assertThat(created.description()).isNull();
        assertThat(created.status()).isEqualTo("todo");
        assertThat(created.assignees()).extracting(Reference::id).containsExactly("PC4R0LX");
        assertThat(created.incident().id()).isEqualTo(INCIDENT_ID);

        IncidentTask updated = data("incident.task.updated", IncidentTask.class);
        assertThat(updated.status()).isEqualTo("in_progress");
        assertThat(updated.assignees()).hasSize(2);
        assertThat(updated.description()).startsWith("Draft on the status page");
        assertThat(data("incident.task.completed", IncidentTask.class).status()).isEqualTo("done");
    }

    @Test
    void readsRoleAssignmentsAndUnassignments() {
        IncidentRoleAssignment roles = data("incident.role.assigned", IncidentRoleAssignment.class);

        assertThat(roles.type()).isEqualTo("incident_role_assignment");
        assertThat(roles.incidentRoleAssignments()).hasSize(2);
        assertThat(roles.incidentRoleAssignments().get(0)).satisfies(assigned -> {
            assertThat(assigned.id()).isEqualTo("3b9d2c71-5e0a-4f6b-8c1d-2a7e9f4b6d03");
            assertThat(assigned.type()).isEqualTo("role_assignment_reference");
            assertThat(assigned.role().summary()).isEqualTo("Incident Commander");
            assertThat(assigned.role().htmlUrl()).isNull();
            assertThat(assigned.assignee().id()).isEqualTo("PC4R0LX");
            assertThat(assigned.oldAssignee()).isNull();
            assertThat(assigned.incident().id()).isEqualTo(INCIDENT_ID);
            assertThat(assigned.status()).isEqualTo("active");
        });
        assertThat(roles.incidentRoleAssignments().get(1)).satisfies(unassigned -> {
            assertThat(unassigned.assignee()).isNull();
            assertThat(unassigned.oldAssignee().id()).isEqualTo("PB0BK3N");
            assertThat(unassigned.status()).isEqualTo("inactive");
        });
    }

    @Test
    void readsServiceEvents() {
        PagerDutyEvent<?> created = parse("service.created");
        assertThat(created.resourceType()).isEqualTo("service");
        assertThat(created.dataType()).isEqualTo("service");
        Service service = (Service) created.data();
        assertThat(service.id()).isEqualTo("PSVC9NW");
        assertThat(service.type()).isEqualTo("service");
        assertThat(service.summary()).isEqualTo("Inventory Sync");
        assertThat(service.self()).isEqualTo("https://api.pagerduty.com/services/PSVC9NW");
        assertThat(service.htmlUrl()).isEqualTo("https://northwind.pagerduty.com/service-directory/PSVC9NW");
        assertThat(service.alertCreation()).isEqualTo(AlertCreation.CREATE_ALERTS_AND_INCIDENTS);
        assertThat(service.teams()).extracting(Reference::id).containsExactly("PTEAM9Z");

        PagerDutyEvent<?> updated = parse("service.updated");
        assertThat(updated.agent()).isNull();
        assertThat(((Service) updated.data()).summary()).isEqualTo("Inventory Sync (EU)");
        assertThat(((Service) updated.data()).alertCreation()).isEqualTo(AlertCreation.CREATE_INCIDENTS);
        assertThat(data("service.deleted", Service.class).id()).isEqualTo("PSVC9NW");
    }

    @Test
    void readsServiceCustomFieldValues() {
        ServiceFieldValues values = data("service.custom_field_values.updated", ServiceFieldValues.class);

        assertThat(values.type()).isEqualTo("service_field_values");
        assertThat(values.service().id()).isEqualTo("PSVC7QX");
        assertThat(values.customFields().get(0).values()).containsExactly("tier-1", "customer-facing");
        assertThat(values.customFields().get(1).values()).containsExactly("#commerce-oncall");
        assertThat(values.changedCustomFields()).singleElement().satisfies(changed -> assertThat(changed.values())
                .containsExactly("#checkout-oncall"));
    }

    @Test
    void readsThePing() {
        PagerDutyEvent<?> event = parse("pagey.ping");

        assertThat(event.resourceType()).isEqualTo("pagey");
        assertThat(event.data()).isEqualTo(new Ping("ping", "Hello from your friend Pagey!"));
    }

    @Test
    void readsPagerDutysDocumentedExampleWithAStringConferenceNumber() {
        // the incident.priority_updated example of PagerDuty's v3 webhooks overview, shape only (our own values)
        String body =
                "{\"event\":{\"id\":\"5ac64822-0000-4fda-ade0-410becf0de4f\",\"event_type\":\"incident.priority_updated\","
                        + "\"resource_type\":\"incident\",\"occurred_at\":\"2026-10-02T18:45:22.169Z\",\"agent\":null,"
                        + "\"client\":{\"name\":\"PagerDuty\"},\"data\":{\"id\":\"PX1\",\"type\":\"incident\",\"number\":9,"
                        + "\"status\":\"acknowledged\",\"urgency\":\"urgent-ish\",\"conference_bridge\":{\"conference_number\":"
                        + "\"+1 1234123412,,987654321#\",\"conference_url\":\"https://example.com\"},\"resolve_reason\":null}}}";
        WebhookRequest request = Fixtures.signed(io.webhooks4j.RawBody.ofUtf8(body), "wh-doc");
        Incident incident =
                (Incident) provider.parse(request, provider.verify(request)).data();

        assertThat(incident.conferenceBridge().conferenceNumber()).isEqualTo("+1 1234123412,,987654321#");
        assertThat(incident.urgency()).isEqualTo(Urgency.UNKNOWN);
        assertThat(incident.assignees()).isEmpty();
        assertThat(incident.teams()).isEmpty();
    }

    @Test
    void rawIsACopy() {
        PagerDutyEvent<?> event = parse("incident.triggered");
        ((tools.jackson.databind.node.ObjectNode) event.raw()).removeAll();
        JsonNode again = event.raw();
        assertThat(again.path("event").path("event_type").asString()).isEqualTo("incident.triggered");
    }
}
