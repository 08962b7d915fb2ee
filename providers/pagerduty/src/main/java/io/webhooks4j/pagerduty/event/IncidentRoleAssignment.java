package io.webhooks4j.pagerduty.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.spi.RecordCopies;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Incident roles assigned or unassigned: the {@code data} of the Early Access event {@code incident.role.assigned}
 * ({@code data.type} {@code incident_role_assignment}).
 *
 * @param type always {@code incident_role_assignment}
 * @param incidentRoleAssignments the assignments that changed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IncidentRoleAssignment(
        @JsonProperty("type") @Nullable String type,
        @JsonProperty("incident_role_assignments") List<RoleAssignment> incidentRoleAssignments) {
    public IncidentRoleAssignment {
        incidentRoleAssignments = RecordCopies.viewOrEmpty(incidentRoleAssignments);
    }
}
