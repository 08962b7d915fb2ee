package io.webhooks4j.stripe.internal;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a Stripe "expandable" reference as its id: the field is usually the id ({@code "cus_123"}) but is the
 * whole object when expanded ({@code {"id": "cus_123", "object": "customer", ...}}). Not API.
 */
public final class StripeIdDeserializer extends StdDeserializer<String> {
    public StripeIdDeserializer() {
        super(String.class);
    }

    @Override
    public @Nullable String deserialize(JsonParser parser, DeserializationContext context) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return parser.getString();
        }
        if (token == JsonToken.START_OBJECT) {
            String id = null;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_STRING && name.equals("id")) {
                    id = parser.getString();
                } else {
                    parser.skipChildren();
                }
            }
            return id;
        }
        return (String) context.handleUnexpectedToken(String.class, parser);
    }
}
