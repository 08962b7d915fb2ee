package io.webhooks4j.shopify.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a Shopify money amount into a {@link BigDecimal}: a decimal string such as {@code "19.99"} or
 * {@code "-5.00"} (a bare JSON number with the same shape is accepted too). Exponents ({@code "1e3"}), words and
 * absurdly long numbers are rejected, so an authentic but malformed payload is a 400 and user code never meets a
 * {@code BigDecimal} with a scale of a billion. An empty string reads as {@code null}. Not API.
 */
public final class AmountDeserializer extends StdScalarDeserializer<BigDecimal> {
    private static final long serialVersionUID = 1L;
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?\\d{1,30}(\\.\\d{1,20})?");

    public AmountDeserializer() {
        super(BigDecimal.class);
    }

    @Override
    public @Nullable BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken token = parser.currentToken();
        String text;
        if (token == JsonToken.VALUE_STRING) {
            text = parser.getText().strip();
            if (text.isEmpty()) {
                return null;
            }
        } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            text = parser.getText();
        } else {
            return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
        }
        if (!PLAIN_DECIMAL.matcher(text).matches()) {
            throw context.weirdStringException(
                    text.length() > 40 ? text.substring(0, 40) + "..." : text,
                    BigDecimal.class,
                    "not a plain decimal money amount such as \"19.99\"");
        }
        return new BigDecimal(text);
    }
}
