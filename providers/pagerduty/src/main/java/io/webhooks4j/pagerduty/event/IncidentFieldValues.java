package io.webhooks4j.pagerduty.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.spi.RecordCopies;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An incident's custom field values after a change: the {@code data} of {@code
 * incident.custom_field_values.updated} ({@code data.type} {@code incident_field_values}).
 *
 * @param type always {@code incident_field_values}
 * @param incident the incident
 * @param customFields every custom field value of the incident
 * @param changedCustomFields the fields that changed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IncidentFieldValues(
        @JsonProperty("type") @Nullable String type,
        @JsonProperty("incident") @Nullable Reference incident,
        @JsonProperty("custom_fields") List<CustomFieldValue> customFields,
        @JsonProperty("changed_custom_fields") List<CustomFieldValue> changedCustomFields) {
    public IncidentFieldValues {
        customFields = RecordCopies.viewOrEmpty(customFields);
        changedCustomFields = RecordCopies.viewOrEmpty(changedCustomFields);
    }
}
