package io.webhooks4j.pagerduty.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A responder request on an incident: the {@code data} of {@code incident.responder.added} (someone was asked to
 * help) and {@code incident.responder.replied} (they answered), {@code data.type} {@code incident_responder}.
 *
 * @param type always {@code incident_responder}
 * @param incident the incident
 * @param user the user asked to respond (or {@code null} when an escalation policy was asked)
 * @param escalationPolicy the escalation policy asked to respond, when one was
 * @param message the requester's message
 * @param state pending, accepted, joined or declined (UNKNOWN for a state this version does not know)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IncidentResponder(
        @JsonProperty("type") @Nullable String type,
        @JsonProperty("incident") @Nullable Reference incident,
        @JsonProperty("user") @Nullable Reference user,
        @JsonProperty("escalation_policy") @Nullable Reference escalationPolicy,
        @JsonProperty("message") @Nullable String message,
        @JsonProperty("state") @Nullable ResponderState state) {}
