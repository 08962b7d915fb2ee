package io.webhooks4j.kafka;

import io.webhooks4j.FormParameters;
import io.webhooks4j.RawBody;
import io.webhooks4j.inbox.NewDelivery;
import io.webhooks4j.spi.WebhookJson;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The record keys webhooks4j provides. {@link #byResource()} keys a delivery by the resource it is about, read from
 * the verified body:
 *
 * <table>
 *   <caption>Resource keys per provider</caption>
 *   <tr><th>Provider</th><th>Key</th><th>So that, in order</th></tr>
 *   <tr><td>{@code stripe}</td><td>{@code data.object.id} ({@code in_...}, {@code sub_...}); a thin event's
 *       {@code related_object.id}</td><td>one object's events</td></tr>
 *   <tr><td>{@code github}</td><td>{@code repository.id}, else {@code organization.id}, else
 *       {@code installation.id}</td><td>one repository's events</td></tr>
 *   <tr><td>{@code shopify}</td><td>the body's {@code id} (Shopify's ids are unique across shops; the unsigned
 *       {@code X-Shopify-Shop-Domain} header is not used)</td><td>one order's, product's, ... events</td></tr>
 *   <tr><td>{@code pagerduty}</td><td>{@code event.data.id} (the incident or service)</td><td>one incident's
 *       events</td></tr>
 *   <tr><td>{@code twilio}</td><td>the form's {@code CallSid}, else {@code MessageSid}, else
 *       {@code ConferenceSid}</td><td>one call's or message's callbacks</td></tr>
 *   <tr><td>Standard Webhooks senders</td><td>{@code data.id}</td><td>one object's events</td></tr>
 * </table>
 *
 * <p>Only signed content is read (the body), never a header. Every key is prefixed with the provider id ({@code stripe:in_1M...}). When the resource cannot be read (a
 * provider not listed, an event with no such member) the key is the provider and its {@link
 * NewDelivery#deduplicationKey() de-duplication key}: such deliveries spread over the partitions with no order
 * between them. A key only chooses a partition: it never decides what runs or whether a delivery is a duplicate.
 */
public final class RecordKeys {
    private static final int MAX_KEY_CHARS = 512;

    private RecordKeys() {}

    /** Keys by the delivery's resource, as in the table above. */
    public static RecordKey byResource() {
        return RecordKeys::resourceKey;
    }

    /** Keys by the de-duplication key: no ordering between deliveries, the widest spread over partitions. */
    public static RecordKey byDeliveryKey() {
        return delivery -> delivery.provider() + ":" + delivery.deduplicationKey();
    }

    static String resourceKey(NewDelivery delivery) {
        String resource = null;
        try {
            resource = resource(delivery);
        } catch (RuntimeException e) {
            // An unreadable member only costs the ordering: the delivery is verified and will be stored.
        }
        if (resource == null || resource.isEmpty()) {
            return delivery.provider() + ":" + delivery.deduplicationKey();
        }
        String key = delivery.provider() + ":" + resource;
        return key.length() > MAX_KEY_CHARS ? key.substring(0, MAX_KEY_CHARS) : key;
    }

    private static @Nullable String resource(NewDelivery delivery) {
        RawBody body = delivery.body();
        switch (delivery.provider().toLowerCase(Locale.ROOT)) {
            case "stripe" -> {
                String object = scalarAt(body, "data", "object", "id");
                return object != null ? object : scalarAt(body, "related_object", "id");
            }
            case "github" -> {
                String repository = scalarAt(body, "repository", "id");
                if (repository != null) {
                    return "repository/" + repository;
                }
                String organization = scalarAt(body, "organization", "id");
                if (organization != null) {
                    return "organization/" + organization;
                }
                String installation = scalarAt(body, "installation", "id");
                return installation == null ? null : "installation/" + installation;
            }
            case "shopify" -> {
                return scalarAt(body, "id");
            }
            case "pagerduty" -> {
                return scalarAt(body, "event", "data", "id");
            }
            case "twilio" -> {
                if (body.isEmpty() || body.byteAt(0) == '[' || body.byteAt(0) == '{') {
                    return null; // Event Streams (JSON): no single resource
                }
                FormParameters form = FormParameters.parse(body);
                return form.first("CallSid")
                        .or(() -> form.first("MessageSid"))
                        .or(() -> form.first("ConferenceSid"))
                        .orElse(null);
            }
            default -> {
                return body.isEmpty() || body.byteAt(0) != '{' ? null : scalarAt(body, "data", "id");
            }
        }
    }

    /** The scalar at {@code path} in a JSON object body, as text, or {@code null}; one streaming pass at most. */
    static @Nullable String scalarAt(RawBody body, String... path) {
        if (body.isEmpty()) {
            return null;
        }
        try (JsonParser p = WebhookJson.parser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            int depth = 0;
            while (true) {
                JsonToken token = p.nextToken();
                if (token == null || token == JsonToken.END_OBJECT) {
                    return null;
                }
                // on a property name inside the object at path[depth]
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (!path[depth].equals(name)) {
                    p.skipChildren();
                    continue;
                }
                if (depth == path.length - 1) {
                    return value.isScalarValue() && value != JsonToken.VALUE_NULL ? p.getString() : null;
                }
                if (value != JsonToken.START_OBJECT) {
                    return null;
                }
                depth++;
            }
        } catch (RuntimeException e) { // JacksonException included: no key, no order
            return null;
        }
    }
}
