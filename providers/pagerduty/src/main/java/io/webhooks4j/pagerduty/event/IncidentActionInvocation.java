package io.webhooks4j.pagerduty.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * An automation action invoked on an incident: the {@code data} of the Early Access events {@code
 * incident.action_invocation.created|updated|terminated} ({@code data.type} {@code incident_action_invocation}).
 *
 * @param id the invocation's id
 * @param type always {@code incident_action_invocation}
 * @param self the REST API URL of the invocation
 * @param htmlUrl the URL of its report in PagerDuty's web app
 * @param incident the incident
 * @param action the action invoked
 * @param state the invocation's state, such as {@code created}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IncidentActionInvocation(
        @JsonProperty("id") @Nullable String id,
        @JsonProperty("type") @Nullable String type,
        @JsonProperty("self") @Nullable String self,
        @JsonProperty("html_url") @Nullable String htmlUrl,
        @JsonProperty("incident") @Nullable Reference incident,
        @JsonProperty("action") @Nullable Reference action,
        @JsonProperty("state") @Nullable String state) {}
