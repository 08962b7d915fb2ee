package io.webhooks4j.pagerduty.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

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
        @JsonProperty("id") @Nullable String id,
        @JsonProperty("type") @Nullable String type,
        @JsonProperty("role") @Nullable Reference role,
        @JsonProperty("assignee") @Nullable Reference assignee,
        @JsonProperty("old_assignee") @Nullable Reference oldAssignee,
        @JsonProperty("incident") @Nullable Reference incident,
        @JsonProperty("status") @Nullable String status) {}
