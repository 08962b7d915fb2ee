package io.webhooks4j.pagerduty.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One run of an incident workflow: the {@code data} of {@code incident.workflow.started} and {@code
 * incident.workflow.completed} ({@code data.type} {@code incident_workflow_instance}).
 *
 * @param id the workflow instance's id
 * @param type always {@code incident_workflow_instance}
 * @param summary the instance's name
 * @param incidentWorkflow the workflow that runs
 * @param workflowTrigger the trigger that started it
 * @param incident the incident it runs on
 * @param service the incident's service
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IncidentWorkflow(
        @JsonProperty("id") @Nullable String id,
        @JsonProperty("type") @Nullable String type,
        @JsonProperty("summary") @Nullable String summary,
        @JsonProperty("incident_workflow") @Nullable Reference incidentWorkflow,
        @JsonProperty("workflow_trigger") @Nullable Reference workflowTrigger,
        @JsonProperty("incident") @Nullable Reference incident,
        @JsonProperty("service") @Nullable Reference service) {}
