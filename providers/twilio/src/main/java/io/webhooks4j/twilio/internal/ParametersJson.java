package io.webhooks4j.twilio.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.webhooks4j.FormParameter;
import io.webhooks4j.FormParameters;
import java.io.IOException;

/** The JSON forms of a request's parameters. */
public final class ParametersJson {
    private ParametersJson() {}

    /**
     * {@code {"MessageSid": "SM...", "Tag": ["a", "b"]}}: each name once, in the order first sent; a single
     * value as a string, a repeated name's values as an array in the order sent. What {@code payloadAs} binds.
     */
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
                values.add(present.asText()).add(p.value());
            }
        }
        return out;
    }

    /** Renders {@code parameters} as sent: {@code [{"name": "...", "value": "..."}, ...]}, repeats kept. */
    public static final class Serializer extends StdSerializer<FormParameters> {
        private static final long serialVersionUID = 1L;

        public Serializer() {
            super(FormParameters.class);
        }

        @Override
        public void serialize(FormParameters parameters, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            gen.writeStartArray(parameters, parameters.size());
            for (FormParameter p : parameters) {
                gen.writeStartObject();
                gen.writeStringField("name", p.name());
                gen.writeStringField("value", p.value());
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
    }
}
