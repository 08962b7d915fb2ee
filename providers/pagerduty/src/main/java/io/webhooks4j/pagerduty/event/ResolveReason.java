package io.webhooks4j.pagerduty.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import tools.jackson.databind.JsonNode;

/**
 * Why an incident was resolved, when PagerDuty says: for a merge, {@code {"type": "merge_resolve_reason",
 * "incident": {...}}}. PagerDuty documents the field as {@code null} in its webhook examples; a plain string is read
 * as the type.
 *
 * @param type the kind of reason, such as {@code merge_resolve_reason}
 * @param incident the incident this one was merged into, when there is one
 */
public record ResolveReason(String type, Reference incident) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static ResolveReason fromJson(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isValueNode()) {
            return new ResolveReason(node.asString(), null);
        }
        JsonNode incident = node.path("incident");
        Reference reference = incident.isObject()
                ? new Reference(
                        text(incident, "id"),
                        text(incident, "type"),
                        text(incident, "summary"),
                        text(incident, "self"),
                        text(incident, "html_url"))
                : null;
        return new ResolveReason(text(node, "type"), reference);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asString();
    }
}
