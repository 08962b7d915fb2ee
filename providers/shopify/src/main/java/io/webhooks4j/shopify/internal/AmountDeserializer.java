package io.webhooks4j.shopify.internal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads a Shopify money amount into a {@link BigDecimal}: a decimal string such as {@code "19.99"} or
 * {@code "-5.00"} (a bare JSON number with the same shape is accepted too). Exponents ({@code "1e3"}), words and
 * absurdly long numbers are rejected, so an authentic but malformed payload is a 400 and user code never meets a
 * {@code BigDecimal} with a scale of a billion. An empty string reads as {@code null}. Not API.
 *
 * <p>The accepted shape is {@code [+-]?\d{1,30}(\.\d{1,20})?} (ASCII digits), checked on the parser's own
 * characters: no intermediate {@code String}, and amounts of up to 18 digits (all real ones) are built from a
 * {@code long} without BigDecimal's text parser.
 */
public final class AmountDeserializer extends StdScalarDeserializer<BigDecimal> {
    private static final int MAX_INTEGER_DIGITS = 30;
    private static final int MAX_FRACTION_DIGITS = 20;
    /** A long holds every 18-digit number. */
    private static final int MAX_LONG_DIGITS = 18;

    public AmountDeserializer() {
        super(BigDecimal.class);
    }

    @Override
    public @Nullable BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.VALUE_STRING
                && token != JsonToken.VALUE_NUMBER_INT
                && token != JsonToken.VALUE_NUMBER_FLOAT) {
            return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
        }
        char[] chars = parser.getStringCharacters();
        int start = parser.getStringOffset();
        int end = start + parser.getStringLength();
        if (token == JsonToken.VALUE_STRING) {
            while (start < end && Character.isWhitespace(chars[start])) {
                start++;
            }
            while (end > start && Character.isWhitespace(chars[end - 1])) {
                end--;
            }
            if (start == end) {
                return null;
            }
        }
        BigDecimal value = plainDecimal(chars, start, end);
        if (value == null) {
            int length = end - start;
            String text = length > 40 ? new String(chars, start, 40) + "..." : new String(chars, start, length);
            throw context.weirdStringException(
                    text, BigDecimal.class, "not a plain decimal money amount such as \"19.99\"");
        }
        return value;
    }

    /** {@code chars[start, end)} as a decimal when it has the accepted shape, else {@code null}. */
    private static @Nullable BigDecimal plainDecimal(char[] chars, int start, int end) {
        int i = start;
        boolean negative = false;
        if (i < end && (chars[i] == '+' || chars[i] == '-')) {
            negative = chars[i] == '-';
            i++;
        }
        long unscaled = 0;
        int integerDigits = 0;
        while (i < end && isDigit(chars[i])) {
            unscaled = unscaled * 10 + (chars[i] - '0');
            integerDigits++;
            i++;
        }
        if (integerDigits == 0 || integerDigits > MAX_INTEGER_DIGITS) {
            return null;
        }
        int fractionDigits = 0;
        if (i < end && chars[i] == '.') {
            i++;
            while (i < end && isDigit(chars[i])) {
                unscaled = unscaled * 10 + (chars[i] - '0');
                fractionDigits++;
                i++;
            }
            if (fractionDigits == 0 || fractionDigits > MAX_FRACTION_DIGITS) {
                return null;
            }
        }
        if (i != end) {
            return null;
        }
        if (integerDigits + fractionDigits > MAX_LONG_DIGITS) {
            // the long overflowed: let BigDecimal read the (already validated) text
            return new BigDecimal(chars, start, end - start);
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, fractionDigits);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
