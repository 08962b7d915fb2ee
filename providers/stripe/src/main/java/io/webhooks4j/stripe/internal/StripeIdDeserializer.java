package io.webhooks4j.stripe.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a Stripe "expandable" reference as its id: the field is usually the id ({@code "cus_123"}) but is the
 * whole object when expanded ({@code {"id": "cus_123", "object": "customer", ...}}). Not API.
 */
public final class StripeIdDeserializer extends StdDeserializer<String> {
    private static final long serialVersionUID = 1L;

    public StripeIdDeserializer() {
        super(String.class);
    }

    @Override
    public @Nullable String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (token == JsonToken.START_OBJECT) {
            String id = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_STRING && name.equals("id")) {
                    id = parser.getText();
                } else {
                    parser.skipChildren();
                }
            }
            return id;
        }
        return (String) context.handleUnexpectedToken(String.class, parser);
    }
}
