package io.webhooks4j.pagerduty.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.spi.RecordCopies;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A task on an incident: the {@code data} of the Early Access events {@code incident.task.created|updated|completed}
 * ({@code data.type} {@code incident_task}).
 *
 * @param id the task's id
 * @param type always {@code incident_task}
 * @param name the task's name
 * @param description its description, if any
 * @param summary a short label (usually the name)
 * @param status its status, such as {@code todo}
 * @param assignees the users it is assigned to
 * @param incident the incident
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IncidentTask(
        @JsonProperty("id") @Nullable String id,
        @JsonProperty("type") @Nullable String type,
        @JsonProperty("name") @Nullable String name,
        @JsonProperty("description") @Nullable String description,
        @JsonProperty("summary") @Nullable String summary,
        @JsonProperty("status") @Nullable String status,
        @JsonProperty("assignees") List<Reference> assignees,
        @JsonProperty("incident") @Nullable Reference incident) {
    public IncidentTask {
        assignees = RecordCopies.viewOrEmpty(assignees);
    }
}
