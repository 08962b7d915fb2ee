package io.webhooks4j.twilio.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.twilio.internal.ExplicitJson;
import java.net.URI;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One event of an {@link EventStreamsDelivery}: a CloudEvent in the JSON event format, its context attributes
 * typed and its {@code data} as the JSON it is (each Twilio product, and each version of its schema, has its own
 * {@code data}: {@code dataSchema()} names it). Attribute names and types are CloudEvents 1.0's
 * (<a href="https://github.com/cloudevents/spec/blob/v1.0.2/cloudevents/spec.md">spec.md</a>, "Context
 * Attributes"); their JSON mapping, including "a {@code null} value MUST be treated as unset", is the JSON event
 * format's (<a href="https://github.com/cloudevents/spec/blob/v1.0.2/cloudevents/formats/json-format.md">json-format.md</a>
 * sections 2.2 and 3.1).
 *
 * <p>Twilio retries a delivery and does not keep order (at-least-once, "Guaranteed at-least-once delivery" at
 * <a href="https://www.twilio.com/docs/events">twilio.com/docs/events</a>), and an event can come again in another
 * batch, whose bytes (and so its de-duplication key) differ: the CloudEvents spec lets a consumer treat events with
 * the same {@link #source()} and {@link #id()} as duplicates ({@code id}: "Consumers MAY assume that Events with
 * identical source and id are duplicates"), so a handler that must act once per event de-duplicates on that pair.
 *
 * <pre>{@code
 * for (CloudEvent e : delivery.payload().events()) {
 *     if (e.type().equals("com.twilio.messaging.message.delivered")) {
 *         String sid = e.data().get("messageSid").asString();
 *     }
 * }
 * }</pre>
 *
 * @param specVersion {@code specversion}, the CloudEvents version: {@code 1.0} (only 1.x events are read as
 *     CloudEvents)
 * @param id {@code id}, Twilio's id of the event ({@code EZ...} in the Messaging example); unique with {@link
 *     #source()}
 * @param source {@code source}, the context of the event, as sent: a URI-reference in CloudEvents, kept a string
 *     (the Messaging example sends the resource's path, {@code /2010-04-01/Accounts/AC.../Messages/SM....json};
 *     Twilio's event-type pages show placeholder SIDs such as {@code AB00000000000000000000000001}), so no
 *     value Twilio sends is refused; compare it as a string
 * @param type {@code type}, the event type, {@code com.twilio.messaging.message.delivered}
 * @param dataContentType {@code datacontenttype}, or null when unset (the JSON format then implies {@code
 *     application/json}); kept as sent, not checked against RFC 2046
 * @param dataSchema {@code dataschema}, the schema {@link #data()} follows ({@code
 *     https://events-schemas.twilio.com/Messaging.MessageStatus/2}: name and version), or null when unset
 * @param subject {@code subject}, or null when unset
 * @param time {@code time}, when the occurrence happened (an RFC 3339 timestamp), or null when unset
 * @param data {@code data}: the event's payload as a JSON tree of its own (a JSON {@code null} when sent as {@code
 *     null}), or null when absent. Bind it to your own record with {@code WebhookJson.convert(e.data(),
 *     MyStatus.class)}. It is this record's own tree, copied when built: do not change it
 * @param dataBase64 {@code data_base64}, binary data as the Base64 text sent, or null (the JSON format's member for
 *     binary data; Twilio's events carry JSON in {@code data})
 * @param extensions every other member of the event, by name in the order sent, as JSON trees: CloudEvents
 *     extension attributes ("Extension Context Attributes"), members set to {@code null} left out (unset); empty when
 *     there are none
 */
@ExplicitJson
public record CloudEvent(
        @JsonProperty("specVersion") String specVersion,
        @JsonProperty("id") String id,
        @JsonProperty("source") String source,
        @JsonProperty("type") String type,
        @JsonProperty("dataContentType") @Nullable String dataContentType,
        @JsonProperty("dataSchema") @Nullable URI dataSchema,
        @JsonProperty("subject") @Nullable String subject,
        @JsonProperty("time") @Nullable Instant time,
        @JsonProperty("data") @Nullable JsonNode data,
        @JsonProperty("dataBase64") @Nullable String dataBase64,
        @JsonProperty("extensions") Map<String, JsonNode> extensions) {
    public CloudEvent {
        Objects.requireNonNull(specVersion, "specVersion");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        data = data == null ? null : data.deepCopy();
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        Objects.requireNonNull(extensions, "extensions")
                .forEach((name, value) -> copy.put(
                        Objects.requireNonNull(name, "extension name"),
                        Objects.requireNonNull(value, "extension value").deepCopy()));
        extensions = Collections.unmodifiableMap(copy);
    }
}
