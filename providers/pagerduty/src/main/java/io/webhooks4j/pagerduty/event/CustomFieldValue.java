package io.webhooks4j.pagerduty.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The value of one custom field of an incident or a service.
 *
 * @param id the field's id
 * @param type always {@code field_value}
 * @param name the field's name, such as {@code environment}
 * @param namespace where the field lives, such as {@code incidents}
 * @param dataType the type of its values, such as {@code string}
 * @param fieldType {@code single_value}, {@code single_value_fixed}, {@code multi_value}, {@code
 *     multi_value_fixed}, ...
 * @param value the value as sent: a string, number or boolean for single-valued fields, an array for multi-valued
 *     ones, or {@code null}; see {@link #values()}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomFieldValue(
        @JsonProperty("id") @Nullable String id,
        @JsonProperty("type") @Nullable String type,
        @JsonProperty("name") @Nullable String name,
        @JsonProperty("namespace") @Nullable String namespace,
        @JsonProperty("data_type") @Nullable String dataType,
        @JsonProperty("field_type") @Nullable String fieldType,
        @JsonProperty("value") @Nullable JsonNode value) {
    public CustomFieldValue {
        value = value == null ? null : value.deepCopy();
    }

    /** A copy of the value as sent (a JSON tree), or {@code null}. */
    @Override
    public JsonNode value() {
        return value == null ? null : value.deepCopy();
    }

    /** The value as text: each element of an array, or the single value; empty when there is none. */
    public List<String> values() {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return List.of();
        }
        if (!value.isArray()) {
            return List.of(value.asString());
        }
        List<String> texts = new ArrayList<>(value.size());
        value.forEach(element -> {
            if (!element.isNull()) {
                texts.add(element.asString());
            }
        });
        return List.copyOf(texts);
    }
}
