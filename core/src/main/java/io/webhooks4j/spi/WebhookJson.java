package io.webhooks4j.spi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ValueNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.internal.RawBodies;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * webhooks4j's own, defensively configured Jackson: no default typing, read limits (nesting depth 200,
 * strings of at most 5,000,000 characters, numbers of at most 100 digits), unknown properties ignored,
 * unknown enum values read as the enum's {@code @JsonEnumDefaultValue} (or null), floats as
 * {@code BigDecimal}, {@code java.time} supported (an integer {@code Instant} is epoch seconds). It never
 * touches a user's {@code ObjectMapper}.
 *
 * <p>Every read throws {@link WebhookParseException} (keeping Jackson's exception as the cause) instead of
 * Jackson's checked exceptions.
 */
public final class WebhookJson {
    /** Deepest nesting accepted. */
    public static final int MAX_NESTING_DEPTH = 200;
    /** Longest string value accepted, in characters. */
    public static final int MAX_STRING_LENGTH = 5_000_000;

    private static final ObjectMapper MAPPER = createMapper();
    private static final ObjectReader TREE_READER = MAPPER.reader();
    private static final ObjectWriter WRITER = MAPPER.writerWithDefaultPrettyPrinter();

    private WebhookJson() {}

    private static ObjectMapper createMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNumberLength(100)
                        .build())
                .build();
        return JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .nodeFactory(new BoundedNodeFactory())
                .addModule(new SimpleModule("webhooks4j-bounded-decimals")
                        .addDeserializer(BigDecimal.class, new BoundedBigDecimalDeserializer())
                        .addDeserializer(Instant.class, new BoundedInstantDeserializer()))
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
                .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .build();
    }

    /**
     * The largest decimal exponent (either sign) a {@link BigDecimal} may carry: {@code 1e999999999} is a short
     * text but a number whose arithmetic ({@code toBigInteger()}, {@code setScale}) can hang a handler.
     */
    public static final int MAX_DECIMAL_SCALE = 1000;

    /** The earliest instant a payload may carry: years before 1 are no provider's. */
    public static final Instant MIN_INSTANT = Instant.parse("0001-01-01T00:00:00Z");

    /** The latest instant a payload may carry: later ones break {@code toEpochMilli()} and date arithmetic. */
    public static final Instant MAX_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");

    /** Instants as Jackson's Java time module reads them, refused outside years 1 to 9999 (a 400, not a 500). */
    private static final class BoundedInstantDeserializer extends StdScalarDeserializer<Instant> {
        private static final long serialVersionUID = 1L;

        BoundedInstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                // epoch seconds: refuse out-of-range numbers before Jackson turns them into 1970 or an overflow
                BigDecimal seconds = p.getDecimalValue();
                if (seconds.compareTo(BigDecimal.valueOf(MIN_INSTANT.getEpochSecond())) < 0
                        || seconds.compareTo(BigDecimal.valueOf(MAX_INSTANT.getEpochSecond())) > 0) {
                    throw ctxt.weirdNumberException(seconds, Instant.class, "outside the years 1 to 9999");
                }
            }
            Instant value;
            try {
                value = InstantDeserializer.INSTANT.deserialize(p, ctxt);
            } catch (java.time.DateTimeException | ArithmeticException e) {
                throw ctxt.weirdStringException(p.getText(), Instant.class, "not a representable instant");
            }
            if (value != null && (value.isBefore(MIN_INSTANT) || value.isAfter(MAX_INSTANT))) {
                throw ctxt.weirdStringException(p.getText(), Instant.class, "outside the years 1 to 9999");
            }
            return value;
        }
    }

    /** Trees ({@code raw()}) refuse the same exponents, so the escape hatch cannot hang a handler either. */
    private static final class BoundedNodeFactory extends JsonNodeFactory {
        private static final long serialVersionUID = 1L;

        BoundedNodeFactory() {
            super(true); // exact decimals: "388.00" stays 388.00, not 388
        }

        @Override
        public ValueNode numberNode(BigDecimal v) {
            if (v != null && Math.abs((long) v.scale()) > MAX_DECIMAL_SCALE) {
                throw new IllegalArgumentException("A number's exponent is beyond +/-" + MAX_DECIMAL_SCALE);
            }
            return super.numberNode(v);
        }
    }

    /** Reads BigDecimals from numbers and strings, refusing exponents beyond {@link #MAX_DECIMAL_SCALE}. */
    private static final class BoundedBigDecimalDeserializer extends StdScalarDeserializer<BigDecimal> {
        private static final long serialVersionUID = 1L;

        BoundedBigDecimalDeserializer() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            BigDecimal value;
            switch (p.currentToken()) {
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> value = p.getDecimalValue();
                case VALUE_STRING -> {
                    String text = p.getText().strip();
                    if (text.isEmpty()) {
                        return null;
                    }
                    if (text.length() > 100) {
                        return (BigDecimal)
                                ctxt.handleWeirdStringValue(BigDecimal.class, "too long for a number", text);
                    }
                    try {
                        value = new BigDecimal(text);
                    } catch (NumberFormatException e) {
                        return (BigDecimal) ctxt.handleWeirdStringValue(BigDecimal.class, text, "not a number");
                    }
                }
                default -> {
                    return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
                }
            }
            if (Math.abs((long) value.scale()) > MAX_DECIMAL_SCALE) {
                throw ctxt.weirdNumberException(value, BigDecimal.class, "exponent beyond +/-" + MAX_DECIMAL_SCALE);
            }
            return value;
        }
    }

    /** Parses a body into a tree. */
    public static JsonNode readTree(RawBody body) {
        if (body.isEmpty()) {
            throw new WebhookParseException(Reason.MALFORMED_BODY, "The body is empty; expected a JSON document");
        }
        try {
            JsonNode node = TREE_READER.readTree(RawBodies.array(body), 0, body.length());
            if (node == null || node.isMissingNode()) {
                throw new WebhookParseException(Reason.MALFORMED_BODY, "The body holds no JSON document");
            }
            return node;
        } catch (IOException | IllegalArgumentException e) {
            throw parseFailure(e);
        }
    }

    /** Parses a string into a tree (Twilio's and GitHub's form-wrapped JSON). */
    public static JsonNode readTree(String json) {
        try {
            JsonNode node = TREE_READER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new WebhookParseException(Reason.MALFORMED_BODY, "No JSON document");
            }
            return node;
        } catch (IOException | IllegalArgumentException e) {
            throw parseFailure(e);
        }
    }

    /** Binds a tree to {@code type}. A {@code null} or JSON-null node gives {@code null}. */
    public static <T> T convert(JsonNode node, Class<T> type) {
        return convert(node, MAPPER.constructType(type));
    }

    /** Binds a tree to a generic {@code type}. */
    public static <T> T convert(JsonNode node, JavaType type) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        try {
            return MAPPER.readerFor(type).readValue(node);
        } catch (IOException | IllegalArgumentException e) {
            throw parseFailure(e);
        }
    }

    /** Parses a body straight into {@code type}. */
    public static <T> T read(RawBody body, Class<T> type) {
        try {
            return MAPPER.readerFor(type).readValue(RawBodies.array(body), 0, body.length());
        } catch (IOException | IllegalArgumentException e) {
            throw parseFailure(e);
        }
    }

    /** Jackson's type factory, to build generic types for {@link #convert(JsonNode, JavaType)}. */
    public static TypeFactory typeFactory() {
        return MAPPER.getTypeFactory();
    }

    /** A pretty-printing writer (for the CLI and diagnostics). */
    public static ObjectWriter writer() {
        return WRITER;
    }

    /** Serialises {@code value} compactly. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "Cannot serialise " + value.getClass().getName(), e);
        }
    }

    private static WebhookParseException parseFailure(Exception e) {
        String detail = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
        return new WebhookParseException(Reason.MALFORMED_BODY, "Malformed JSON payload: " + truncate(detail), e);
    }

    private static String truncate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
