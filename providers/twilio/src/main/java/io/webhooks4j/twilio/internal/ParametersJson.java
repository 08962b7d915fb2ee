package io.webhooks4j.twilio.internal;

import io.webhooks4j.FormParameter;
import io.webhooks4j.FormParameters;
import io.webhooks4j.RawBody;
import io.webhooks4j.spi.WebhookJson;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.databind.util.TokenBuffer;

/**
 * The JSON forms of a request's parameters, and the rendering of a JSON request's body.
 *
 * <p>A form is seen as one JSON object, {@code {"MessageSid": "SM...", "Tag": ["a", "b"]}}: each name once, in
 * the order first sent; a single value as a string, a repeated name's values as an array in the order sent.
 * {@link #bind} binds that object to a type without building it ({@code payloadAs}); {@link #tree} builds it
 * ({@code raw()}).
 */
public final class ParametersJson {
    private ParametersJson() {}

    /** The parameters as a tree: what {@code raw()} gives for a form. Built anew on each call. */
    public static ObjectNode tree(FormParameters parameters) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (FormParameter p : parameters) {
            JsonNode present = out.get(p.name());
            if (present == null) {
                out.put(p.name(), p.value());
            } else if (present.isArray()) {
                ((ArrayNode) present).add(p.value());
            } else {
                ArrayNode values = out.putArray(p.name());
                values.add(present.asString()).add(p.value());
            }
        }
        return out;
    }

    /**
     * Binds the parameters, seen as the object {@link #tree} builds, to {@code type} through {@link WebhookJson}'s
     * mapper (its bounded decimals and instants, unknown properties ignored), in one step: the object's tokens go
     * into a token buffer (references to the decoded strings, no tree, no copies of the values) that Jackson
     * binds.
     *
     * @throws io.webhooks4j.spi.WebhookParseException when the parameters do not fit {@code type}
     */
    public static <T> @Nullable T bind(FormParameters parameters, Class<T> type) {
        return WebhookJson.bind(tokens(parameters), WebhookJson.typeFactory().constructType(type));
    }

    /**
     * The tokens of the object {@link #tree} builds, in the same order. Repeated names are found with a small
     * open-addressing table of indices (no map entries, no boxed indices): {@code next[i]} is the index of the next
     * value of parameter {@code i}'s name, or -1.
     */
    static TokenBuffer tokens(FormParameters parameters) {
        List<FormParameter> list = parameters.asList();
        int n = list.size();
        int[] next = new int[n];
        int[] tail = new int[n]; // for a name's first index: the index of its last value so far
        boolean[] later = new boolean[n];
        int[] table = new int[Integer.highestOneBit(Math.max(2, n) * 2 - 1) * 2]; // first index + 1, or 0
        int mask = table.length - 1;
        for (int i = 0; i < n; i++) {
            next[i] = -1;
            String name = list.get(i).name();
            int slot = spread(name.hashCode()) & mask;
            while (true) {
                int first = table[slot] - 1;
                if (first < 0) {
                    table[slot] = i + 1;
                    tail[i] = i;
                    break;
                }
                if (list.get(first).name().equals(name)) {
                    next[tail[first]] = i;
                    tail[first] = i;
                    later[i] = true;
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        TokenBuffer tokens = new TokenBuffer(false);
        tokens.writeStartObject();
        for (int i = 0; i < n; i++) {
            if (later[i]) {
                continue;
            }
            FormParameter p = list.get(i);
            tokens.writeName(p.name());
            if (next[i] < 0) {
                tokens.writeString(p.value());
            } else {
                tokens.writeStartArray();
                for (int j = i; j >= 0; j = next[j]) {
                    tokens.writeString(list.get(j).value());
                }
                tokens.writeEndArray();
            }
        }
        tokens.writeEndObject();
        return tokens;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    /** Renders {@code parameters} as sent: {@code [{"name": "...", "value": "..."}, ...]}, repeats kept. */
    public static final class Serializer extends StdSerializer<FormParameters> {
        public Serializer() {
            super(FormParameters.class);
        }

        @Override
        public void serialize(FormParameters parameters, JsonGenerator gen, SerializationContext context) {
            gen.writeStartArray(parameters, parameters.size());
            for (FormParameter p : parameters) {
                gen.writeStartObject();
                gen.writeStringProperty("name", p.name());
                gen.writeStringProperty("value", p.value());
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
    }

    /**
     * Renders a JSON request's body as the JSON it is, token by token from the retained bytes (no tree), numbers
     * exactly as sent ({@code 388.00} stays {@code 388.00}).
     */
    public static final class BodySerializer extends StdSerializer<RawBody> {
        public BodySerializer() {
            super(RawBody.class);
        }

        @Override
        public void serialize(RawBody body, JsonGenerator gen, SerializationContext context) {
            try (JsonParser p = WebhookJson.parser(body)) {
                p.nextToken();
                gen.copyCurrentStructureExact(p);
            }
        }
    }
}
