package io.webhooks4j.pagerduty.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.spi.RecordCopies;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A service's custom field values after a change: the {@code data} of the Early Access event {@code
 * service.custom_field_values.updated} ({@code data.type} {@code service_field_values}).
 *
 * @param type always {@code service_field_values}
 * @param service the service
 * @param customFields every custom field value of the service
 * @param changedCustomFields the fields that changed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServiceFieldValues(
        @JsonProperty("type") @Nullable String type,
        @JsonProperty("service") @Nullable Reference service,
        @JsonProperty("custom_fields") List<CustomFieldValue> customFields,
        @JsonProperty("changed_custom_fields") List<CustomFieldValue> changedCustomFields) {
    public ServiceFieldValues {
        customFields = RecordCopies.viewOrEmpty(customFields);
        changedCustomFields = RecordCopies.viewOrEmpty(changedCustomFields);
    }
}
