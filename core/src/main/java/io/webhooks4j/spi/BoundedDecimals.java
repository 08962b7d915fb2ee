package io.webhooks4j.spi;

import io.webhooks4j.Reason;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * A parser that refuses, as it passes them, decimals whose exponent is beyond +/-{@value
 * WebhookJson#MAX_DECIMAL_SCALE}: what a tree of the body refuses ({@code raw()}, {@code dataNode()}, the JSON
 * rendering), checked in the one pass that binds the event, including the values Jackson skips (unknown properties
 * of a record, members of the envelope nobody reads). Without it a body holding {@code 1e999999999} in a field no
 * record models would parse, and a handler calling {@code raw()} would fail (a 500) instead of the parser
 * answering 400.
 *
 * <p>Every token goes through {@link #nextToken()} or {@link #nextValue()}, and {@link #skipChildren()} walks the
 * tokens it skips; a number without an exponent has a scale within the read limit's 100 digits, so only numbers
 * written with {@code e} are turned into a {@code BigDecimal} to be checked.
 */
final class BoundedDecimals extends JsonParserDelegate {
    BoundedDecimals(JsonParser parser) {
        super(parser);
    }

    @Override
    public @Nullable JsonToken nextToken() {
        return checked(delegate.nextToken());
    }

    @Override
    public @Nullable JsonToken nextValue() {
        return checked(delegate.nextValue());
    }

    @Override
    public JsonParser skipChildren() {
        JsonToken token = currentToken();
        if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
            return this;
        }
        int depth = 1;
        while (depth > 0) {
            token = nextToken();
            if (token == null) {
                return this; // the end of the input inside a value: the caller's next read reports it
            }
            if (token.isStructStart()) {
                depth++;
            } else if (token.isStructEnd()) {
                depth--;
            }
        }
        return this;
    }

    private @Nullable JsonToken checked(@Nullable JsonToken token) {
        if (token == JsonToken.VALUE_NUMBER_FLOAT && hasExponent()) {
            if (Math.abs((long) delegate.getDecimalValue().scale()) > WebhookJson.MAX_DECIMAL_SCALE) {
                throw new WebhookParseException(
                        Reason.MALFORMED_BODY,
                        "Malformed JSON payload: a number's exponent is beyond +/-" + WebhookJson.MAX_DECIMAL_SCALE);
            }
        }
        return token;
    }

    private boolean hasExponent() {
        char[] text = delegate.getStringCharacters();
        int from = delegate.getStringOffset();
        int to = from + delegate.getStringLength();
        for (int i = from; i < to; i++) {
            if (text[i] == 'e' || text[i] == 'E') {
                return true;
            }
        }
        return false;
    }
}
