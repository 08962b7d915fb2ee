package io.webhooks4j.pagerduty.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One incident role assigned (or unassigned).
 *
 * @param id the assignment's id
 * @param type always {@code role_assignment_reference}
 * @param role the role, such as an incident commander
 * @param assignee the user who holds it now, or {@code null} when it was unassigned
 * @param oldAssignee the user who held it before, or {@code null}
 * @param incident the incident
 * @param status the assignment's status, such as {@code active}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RoleAssignment(
        @JsonProperty("id") String id,
        @JsonProperty("type") String type,
        @JsonProperty("role") Reference role,
        @JsonProperty("assignee") Reference assignee,
        @JsonProperty("old_assignee") Reference oldAssignee,
        @JsonProperty("incident") Reference incident,
        @JsonProperty("status") String status) {}
