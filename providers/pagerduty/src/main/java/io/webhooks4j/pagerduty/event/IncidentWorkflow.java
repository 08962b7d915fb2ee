package io.webhooks4j.pagerduty.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

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
        @JsonProperty("id") String id,
        @JsonProperty("type") String type,
        @JsonProperty("summary") String summary,
        @JsonProperty("incident_workflow") Reference incidentWorkflow,
        @JsonProperty("workflow_trigger") Reference workflowTrigger,
        @JsonProperty("incident") Reference incident,
        @JsonProperty("service") Reference service) {}
