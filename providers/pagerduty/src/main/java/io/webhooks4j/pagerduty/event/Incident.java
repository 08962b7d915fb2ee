package io.webhooks4j.pagerduty.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.spi.RecordCopies;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An incident: the {@code data} of the {@code incident.*} events whose {@code data.type} is {@code incident}
 * (triggered, acknowledged, resolved, reassigned, priority updated, ...).
 *
 * @param id the incident's id, such as {@code PGR0VU2}
 * @param type always {@code incident}
 * @param self the REST API URL of the incident
 * @param htmlUrl the URL of the incident in PagerDuty's web app
 * @param number the incident's number, unique in the account
 * @param status triggered, acknowledged or resolved
 * @param incidentKey the incident's de-duplication key
 * @param createdAt when the incident was created
 * @param reopenedAt when the incident was last reopened, if it was
 * @param title the incident's title
 * @param incidentType the incident's type, when incident types are in use
 * @param service the service the incident belongs to
 * @param assignees the users it is assigned to (empty when none, as after it was resolved)
 * @param escalationPolicy the escalation policy in charge
 * @param teams the teams it belongs to
 * @param priority its priority ({@code summary} is the label, such as {@code P1}), or {@code null} when none is set
 * @param urgency high or low
 * @param conferenceBridge its conference bridge, when one is set
 * @param resolveReason why it was resolved, when PagerDuty says
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Incident(
        @JsonProperty("id") @Nullable String id,
        @JsonProperty("type") @Nullable String type,
        @JsonProperty("self") @Nullable String self,
        @JsonProperty("html_url") @Nullable String htmlUrl,
        @JsonProperty("number") @Nullable Long number,
        @JsonProperty("status") @Nullable IncidentStatus status,
        @JsonProperty("incident_key") @Nullable String incidentKey,
        @JsonProperty("created_at") @Nullable Instant createdAt,
        @JsonProperty("reopened_at") @Nullable Instant reopenedAt,
        @JsonProperty("title") @Nullable String title,
        @JsonProperty("incident_type") @Nullable IncidentType incidentType,
        @JsonProperty("service") @Nullable Reference service,
        @JsonProperty("assignees") List<Reference> assignees,
        @JsonProperty("escalation_policy") @Nullable Reference escalationPolicy,
        @JsonProperty("teams") List<Reference> teams,
        @JsonProperty("priority") @Nullable Reference priority,
        @JsonProperty("urgency") @Nullable Urgency urgency,
        @JsonProperty("conference_bridge") @Nullable ConferenceBridge conferenceBridge,
        @JsonProperty("resolve_reason") @Nullable ResolveReason resolveReason) {
    public Incident {
        assignees = RecordCopies.viewOrEmpty(assignees);
        teams = RecordCopies.viewOrEmpty(teams);
    }
}
