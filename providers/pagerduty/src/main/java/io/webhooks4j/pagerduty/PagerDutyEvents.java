package io.webhooks4j.pagerduty;

import io.webhooks4j.EventType;
import io.webhooks4j.pagerduty.event.Incident;
import io.webhooks4j.pagerduty.event.IncidentActionInvocation;
import io.webhooks4j.pagerduty.event.IncidentConferenceBridge;
import io.webhooks4j.pagerduty.event.IncidentFieldValues;
import io.webhooks4j.pagerduty.event.IncidentNote;
import io.webhooks4j.pagerduty.event.IncidentResponder;
import io.webhooks4j.pagerduty.event.IncidentRoleAssignment;
import io.webhooks4j.pagerduty.event.IncidentTask;
import io.webhooks4j.pagerduty.event.IncidentWorkflow;
import io.webhooks4j.pagerduty.event.Ping;
import io.webhooks4j.pagerduty.event.Service;
import io.webhooks4j.pagerduty.event.ServiceFieldValues;
import io.webhooks4j.pagerduty.event.StatusUpdate;
import io.webhooks4j.spi.EventCatalogue;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Every PagerDuty v3 webhook event type, each typed with its payload, for type-checked handlers:
 *
 * <pre>{@code
 * Webhooks.builder()
 *     .provider(PagerDutyProvider.create(secret))
 *     .on(PagerDutyEvents.INCIDENT_TRIGGERED, e -> page(e.data().title(), e.data().urgency()))
 *     .build();
 * }</pre>
 *
 * <p>The list follows PagerDuty's "Event Types" table of the v3 webhooks overview, its "Early Access webhook events"
 * page (marked below; PagerDuty may change or remove them) and {@code pagey.ping}, the test delivery. An event type
 * not listed here still parses: its data is the raw {@code event.data} ({@link JsonNode}) and it reaches {@link #ANY}
 * handlers; with no handler it is acknowledged with 200.
 *
 * @see <a href="https://developer.pagerduty.com/docs/webhooks-overview#event-types">PagerDuty v3 event types</a>
 */
public final class PagerDutyEvents {
    private static final EventCatalogue.Builder DEFINE = EventCatalogue.builder(PagerDutyProvider.ID);

    /** {@code incident.acknowledged}: An incident was acknowledged. */
    public static final EventType<PagerDutyEvent<Incident>> INCIDENT_ACKNOWLEDGED =
            of("incident.acknowledged", Incident.class);

    /** {@code incident.annotated}: A note was added to an incident. */
    public static final EventType<PagerDutyEvent<IncidentNote>> INCIDENT_ANNOTATED =
            of("incident.annotated", IncidentNote.class);

    /** {@code incident.conference_bridge.updated}: An incident's conference bridge number and/or URL was updated. */
    public static final EventType<PagerDutyEvent<IncidentConferenceBridge>> INCIDENT_CONFERENCE_BRIDGE_UPDATED =
            of("incident.conference_bridge.updated", IncidentConferenceBridge.class);

    /** {@code incident.custom_field_values.updated}: An incident's custom field values were updated. */
    public static final EventType<PagerDutyEvent<IncidentFieldValues>> INCIDENT_CUSTOM_FIELD_VALUES_UPDATED =
            of("incident.custom_field_values.updated", IncidentFieldValues.class);

    /** {@code incident.delegated}: An incident was reassigned to another escalation policy. */
    public static final EventType<PagerDutyEvent<Incident>> INCIDENT_DELEGATED =
            of("incident.delegated", Incident.class);

    /** {@code incident.escalated}: An incident was escalated to another user in the same escalation level. */
    public static final EventType<PagerDutyEvent<Incident>> INCIDENT_ESCALATED =
            of("incident.escalated", Incident.class);

    /** {@code incident.incident_type.changed}: An incident's incident type changed. */
    public static final EventType<PagerDutyEvent<Incident>> INCIDENT_INCIDENT_TYPE_CHANGED =
            of("incident.incident_type.changed", Incident.class);

    /** {@code incident.priority_updated}: An incident's priority changed. */
    public static final EventType<PagerDutyEvent<Incident>> INCIDENT_PRIORITY_UPDATED =
            of("incident.priority_updated", Incident.class);

    /** {@code incident.reassigned}: An incident was reassigned to another user. */
    public static final EventType<PagerDutyEvent<Incident>> INCIDENT_REASSIGNED =
            of("incident.reassigned", Incident.class);

    /** {@code incident.reopened}: An incident was reopened. */
    public static final EventType<PagerDutyEvent<Incident>> INCIDENT_REOPENED = of("incident.reopened", Incident.class);

    /** {@code incident.resolved}: An incident was resolved. */
    public static final EventType<PagerDutyEvent<Incident>> INCIDENT_RESOLVED = of("incident.resolved", Incident.class);

    /** {@code incident.responder.added}: A responder was added to an incident. */
    public static final EventType<PagerDutyEvent<IncidentResponder>> INCIDENT_RESPONDER_ADDED =
            of("incident.responder.added", IncidentResponder.class);

    /** {@code incident.responder.replied}: A responder replied to a request. */
    public static final EventType<PagerDutyEvent<IncidentResponder>> INCIDENT_RESPONDER_REPLIED =
            of("incident.responder.replied", IncidentResponder.class);

    /** {@code incident.service_updated}: An incident's service changed (not {@code service.updated}). */
    public static final EventType<PagerDutyEvent<Incident>> INCIDENT_SERVICE_UPDATED =
            of("incident.service_updated", Incident.class);

    /** {@code incident.status_update_published}: A status update was published on an incident. */
    public static final EventType<PagerDutyEvent<StatusUpdate>> INCIDENT_STATUS_UPDATE_PUBLISHED =
            of("incident.status_update_published", StatusUpdate.class);

    /** {@code incident.triggered}: An incident was newly created (triggered). */
    public static final EventType<PagerDutyEvent<Incident>> INCIDENT_TRIGGERED =
            of("incident.triggered", Incident.class);

    /** {@code incident.unacknowledged}: An incident was unacknowledged. */
    public static final EventType<PagerDutyEvent<Incident>> INCIDENT_UNACKNOWLEDGED =
            of("incident.unacknowledged", Incident.class);

    /** {@code incident.workflow.started}: An incident workflow started. */
    public static final EventType<PagerDutyEvent<IncidentWorkflow>> INCIDENT_WORKFLOW_STARTED =
            of("incident.workflow.started", IncidentWorkflow.class);

    /** {@code incident.workflow.completed}: An incident workflow completed. */
    public static final EventType<PagerDutyEvent<IncidentWorkflow>> INCIDENT_WORKFLOW_COMPLETED =
            of("incident.workflow.completed", IncidentWorkflow.class);

    /** {@code service.created}: A service was created. */
    public static final EventType<PagerDutyEvent<Service>> SERVICE_CREATED = of("service.created", Service.class);

    /** {@code service.deleted}: A service was deleted. */
    public static final EventType<PagerDutyEvent<Service>> SERVICE_DELETED = of("service.deleted", Service.class);

    /** {@code service.updated}: A service was updated. */
    public static final EventType<PagerDutyEvent<Service>> SERVICE_UPDATED = of("service.updated", Service.class);

    /** {@code incident.action_invocation.created}: An automation action invocation was created on an incident. <em>Early Access.</em> */
    public static final EventType<PagerDutyEvent<IncidentActionInvocation>> INCIDENT_ACTION_INVOCATION_CREATED =
            of("incident.action_invocation.created", IncidentActionInvocation.class);

    /** {@code incident.action_invocation.updated}: An automation action invocation on an incident was updated. <em>Early Access.</em> */
    public static final EventType<PagerDutyEvent<IncidentActionInvocation>> INCIDENT_ACTION_INVOCATION_UPDATED =
            of("incident.action_invocation.updated", IncidentActionInvocation.class);

    /** {@code incident.action_invocation.terminated}: An automation action invocation on an incident was terminated. <em>Early Access.</em> */
    public static final EventType<PagerDutyEvent<IncidentActionInvocation>> INCIDENT_ACTION_INVOCATION_TERMINATED =
            of("incident.action_invocation.terminated", IncidentActionInvocation.class);

    /** {@code incident.task.created}: A task was created on an incident. <em>Early Access.</em> */
    public static final EventType<PagerDutyEvent<IncidentTask>> INCIDENT_TASK_CREATED =
            of("incident.task.created", IncidentTask.class);

    /** {@code incident.task.updated}: A task on an incident was updated. <em>Early Access.</em> */
    public static final EventType<PagerDutyEvent<IncidentTask>> INCIDENT_TASK_UPDATED =
            of("incident.task.updated", IncidentTask.class);

    /** {@code incident.task.completed}: A task on an incident was completed. <em>Early Access.</em> */
    public static final EventType<PagerDutyEvent<IncidentTask>> INCIDENT_TASK_COMPLETED =
            of("incident.task.completed", IncidentTask.class);

    /** {@code incident.role.assigned}: An incident role was assigned or unassigned. <em>Early Access.</em> */
    public static final EventType<PagerDutyEvent<IncidentRoleAssignment>> INCIDENT_ROLE_ASSIGNED =
            of("incident.role.assigned", IncidentRoleAssignment.class);

    /** {@code service.custom_field_values.updated}: A service's custom field values were updated. <em>Early Access.</em> */
    public static final EventType<PagerDutyEvent<ServiceFieldValues>> SERVICE_CUSTOM_FIELD_VALUES_UPDATED =
            of("service.custom_field_values.updated", ServiceFieldValues.class);

    /** {@code pagey.ping}: the test delivery PagerDuty sends on {@code POST /webhook_subscriptions/{id}/ping}. */
    public static final EventType<PagerDutyEvent<Ping>> PAGEY_PING = of("pagey.ping", Ping.class);

    /**
     * Every PagerDuty event, whatever its type (data typed as the event type says, {@link JsonNode} if unknown): the
     * provider-wide catch-all ({@code *}), last in {@link #all()}.
     */
    public static final EventType<PagerDutyEvent<?>> ANY = DEFINE.any();

    /** The catalogue of every constant above, {@link #ANY} included; built in the last static field. */
    static final EventCatalogue CATALOGUE = DEFINE.build();

    private PagerDutyEvents() {}

    private static <T> EventType<PagerDutyEvent<T>> of(String name, Class<T> payloadType) {
        return DEFINE.type(name, payloadType);
    }

    /** Every documented event type, then {@link #ANY}, in the order above. */
    public static List<EventType<?>> all() {
        return CATALOGUE.all();
    }

    /** The documented event type named {@code name}, such as {@code incident.triggered}; empty for {@code null}. */
    public static Optional<EventType<?>> find(@Nullable String name) {
        return name == null ? Optional.empty() : CATALOGUE.find(name);
    }
}
