package io.webhooks4j.spi;

import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.internal.RawBodies;
import io.webhooks4j.internal.Rfc3339Instants;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.deser.SettableBeanProperty;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.bean.PropertyValueBuffer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.introspect.AnnotatedConstructor;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ValueNode;
import tools.jackson.databind.type.TypeFactory;
import tools.jackson.databind.util.TokenBuffer;

/**
 * webhooks4j's own, defensively configured Jackson 3: no default typing, read limits (nesting depth 200,
 * strings of at most 5,000,000 characters, numbers of at most 100 digits, decimal exponents within +/-1000,
 * instants within the years 1 to 9999), unknown properties ignored, unknown enum values read as the enum's
 * {@code @JsonEnumDefaultValue} (or null), a JSON {@code null} for a primitive read as its default, floats as
 * {@code BigDecimal}, exact decimals in trees ({@code 388.00} stays {@code 388.00}), an integer {@code Instant}
 * read as epoch seconds. It never touches the application's {@code ObjectMapper} (a Spring Boot application's
 * {@code JsonMapper} is configured for its own API, not for what an outside sender may send).
 *
 * <p>Providers bind their records straight from the raw bytes in one pass ({@link #read(RawBody, Class)},
 * {@link #readAt(RawBody, JavaType, String...)}); a tree ({@link #readTree(RawBody)}) is built only when some
 * code asks for one. Every read throws {@link WebhookParseException} (keeping Jackson's exception as the cause)
 * instead of Jackson's exceptions.
 */
public final class WebhookJson {
    /** Deepest nesting accepted. */
    public static final int MAX_NESTING_DEPTH = 200;
    /** Longest string value accepted, in characters. */
    public static final int MAX_STRING_LENGTH = 5_000_000;

    /**
     * The largest decimal exponent (either sign) a {@link BigDecimal} may carry: {@code 1e999999999} is a short
     * text but a number whose arithmetic ({@code toBigInteger()}, {@code setScale}) can hang a handler.
     */
    public static final int MAX_DECIMAL_SCALE = 1000;

    /** The earliest instant a payload may carry: years before 1 are no provider's. */
    public static final Instant MIN_INSTANT = Instant.parse("0001-01-01T00:00:00Z");

    /** The latest instant a payload may carry: later ones break {@code toEpochMilli()} and date arithmetic. */
    public static final Instant MAX_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private static final JsonMapper MAPPER = createMapper();
    private static final ObjectReader TREE_READER = MAPPER.reader();
    private static final ObjectWriter WRITER = MAPPER.writerWithDefaultPrettyPrinter();
    private static final ClassValue<ObjectReader> READERS = new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
            return MAPPER.readerFor(type);
        }
    };

    /** Readers for a value inside a document: what follows it is the caller's (its envelope's) business. */
    private static final ClassValue<ObjectReader> INNER_READERS = new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
            return READERS.get(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        }
    };

    private WebhookJson() {}

    private static ObjectReader innerReader(JavaType type) {
        return type.hasGenericTypes()
                ? MAPPER.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                : INNER_READERS.get(type.getRawClass());
    }

    private static JsonMapper createMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNumberLength(100)
                        .build())
                .build();
        return JsonMapper.builder(factory)
                .nodeFactory(new BoundedNodeFactory())
                .addModule(new RecordConstruction())
                .addModule(new SimpleModule("webhooks4j-bounded-values")
                        .addDeserializer(BigDecimal.class, new BoundedBigDecimalDeserializer())
                        .addDeserializer(Instant.class, new BoundedInstantDeserializer()))
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // a provider's "amount": null must not fail an authentic delivery (Jackson 3 fails by default)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
                .enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
                .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                // records render in declaration order (Jackson 3 sorts alphabetically by default)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .build();
    }

    /**
     * Records built through one method handle per record class, prepared once: Jackson 3.1 on Java 17 calls {@code
     * MethodHandle.invokeWithArguments} for every record it creates, which builds a spreader on each call (about
     * 40% of the allocation of binding a payload record, measured on Shopify's and Stripe's records). A record whose
     * constructor this module cannot reach keeps Jackson's own instantiation.
     */
    private static final class RecordConstruction extends SimpleModule {
        private static final long serialVersionUID = 1L;

        RecordConstruction() {
            super("webhooks4j-record-construction");
        }

        @Override
        public void setupModule(SetupContext context) {
            super.setupModule(context);
            context.addValueInstantiators(new ValueInstantiators() {
                @Override
                public @Nullable ValueInstantiator findValueInstantiator(
                        DeserializationConfig config, BeanDescription.Supplier description) {
                    return null;
                }

                @Override
                public ValueInstantiator modifyValueInstantiator(
                        DeserializationConfig config, BeanDescription.Supplier description, ValueInstantiator found) {
                    if (found.getWithArgsCreator() instanceof AnnotatedConstructor creator
                            && creator.getDeclaringClass().isRecord()) {
                        MethodHandle spreader = spreader(creator.getAnnotated());
                        if (spreader != null) {
                            return new PreparedRecordInstantiator(found, spreader);
                        }
                    }
                    return found;
                }
            });
        }

        private static @Nullable MethodHandle spreader(Constructor<?> constructor) {
            try {
                return MethodHandles.publicLookup()
                        .unreflectConstructor(constructor)
                        .asSpreader(Object[].class, constructor.getParameterCount())
                        .asType(MethodType.methodType(Object.class, Object[].class));
            } catch (IllegalAccessException | RuntimeException e) {
                return null; // not public (a test's local record): Jackson's own way
            }
        }
    }

    private static final class PreparedRecordInstantiator extends ValueInstantiator.Delegating {
        private final MethodHandle spreader;

        PreparedRecordInstantiator(ValueInstantiator delegate, MethodHandle spreader) {
            super(delegate);
            this.spreader = spreader;
        }

        @Override
        public Object createFromObjectWith(DeserializationContext ctxt, Object[] args) {
            try {
                return (Object) spreader.invokeExact(args);
            } catch (Error e) {
                throw e;
            } catch (Throwable t) {
                return ctxt.handleInstantiationProblem(getValueClass(), args, t);
            }
        }

        @Override
        public Object createFromObjectWith(
                DeserializationContext ctxt, SettableBeanProperty[] props, PropertyValueBuffer buffer) {
            return createFromObjectWith(ctxt, buffer.getParameters(ctxt, props));
        }

        @Override
        public ValueInstantiator createContextual(DeserializationContext ctxt, BeanDescription.Supplier description) {
            ValueInstantiator contextual = delegate().createContextual(ctxt, description);
            return contextual == delegate() ? this : new PreparedRecordInstantiator(contextual, spreader);
        }
    }

    /** Instants as Jackson's Java time support reads them, refused outside years 1 to 9999 (a 400, not a 500). */
    private static final class BoundedInstantDeserializer extends StdScalarDeserializer<Instant> {
        BoundedInstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public @Nullable Instant deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                // epoch seconds: refuse out-of-range numbers before Jackson turns them into 1970 or an overflow
                BigDecimal seconds = p.getDecimalValue();
                if (seconds.compareTo(BigDecimal.valueOf(MIN_INSTANT.getEpochSecond())) < 0
                        || seconds.compareTo(BigDecimal.valueOf(MAX_INSTANT.getEpochSecond())) > 0) {
                    throw ctxt.weirdNumberException(seconds, Instant.class, "outside the years 1 to 9999");
                }
            }
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                // the usual shapes (2026-11-27T10:15:30Z, +01:00) without a formatter; anything else as before
                Instant fast = Rfc3339Instants.parse(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
                if (fast != null) {
                    return fast;
                }
            }
            Instant value;
            try {
                value = InstantDeserializer.INSTANT.deserialize(p, ctxt);
            } catch (java.time.DateTimeException | ArithmeticException e) {
                throw ctxt.weirdStringException(p.getString(), Instant.class, "not a representable instant");
            }
            if (value != null && (value.isBefore(MIN_INSTANT) || value.isAfter(MAX_INSTANT))) {
                throw ctxt.weirdStringException(p.getString(), Instant.class, "outside the years 1 to 9999");
            }
            return value;
        }
    }

    /** Trees ({@code raw()}) refuse the same exponents, so the escape hatch cannot hang a handler either. */
    private static final class BoundedNodeFactory extends JsonNodeFactory {
        private static final long serialVersionUID = 1L;

        @Override
        public ValueNode numberNode(@Nullable BigDecimal v) {
            if (v != null && Math.abs((long) v.scale()) > MAX_DECIMAL_SCALE) {
                throw new IllegalArgumentException("A number's exponent is beyond +/-" + MAX_DECIMAL_SCALE);
            }
            return super.numberNode(v);
        }
    }

    /** Reads BigDecimals from numbers and strings, refusing exponents beyond {@link #MAX_DECIMAL_SCALE}. */
    private static final class BoundedBigDecimalDeserializer extends StdScalarDeserializer<BigDecimal> {
        BoundedBigDecimalDeserializer() {
            super(BigDecimal.class);
        }

        @Override
        public @Nullable BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
            BigDecimal value;
            switch (p.currentToken()) {
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> value = p.getDecimalValue();
                case VALUE_STRING -> {
                    String text = p.getString().strip();
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

    /**
     * webhooks4j's mapper, for provider code that streams or binds in ways the methods here do not cover (a Jackson
     * 3 mapper is immutable). Never the application's.
     */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** Parses a body into a tree: for {@code raw()} and events nobody modelled, never on the typed path. */
    public static JsonNode readTree(RawBody body) {
        requireDocument(body);
        try {
            JsonNode node = TREE_READER.readTree(RawBodies.array(body), 0, body.length());
            if (node == null || node.isMissingNode()) {
                throw new WebhookParseException(Reason.MALFORMED_BODY, "The body holds no JSON document");
            }
            return node;
        } catch (JacksonException | IllegalArgumentException e) {
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
        } catch (JacksonException | IllegalArgumentException e) {
            throw parseFailure(e);
        }
    }

    /** Binds a tree to {@code type}. A {@code null}, missing or JSON-null node gives {@code null}. */
    public static <T> @Nullable T convert(@Nullable JsonNode node, Class<T> type) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        try {
            return READERS.get(type).readValue(node);
        } catch (JacksonException | IllegalArgumentException e) {
            throw parseFailure(e);
        }
    }

    /** Binds a tree to a generic {@code type}. */
    public static <T> @Nullable T convert(@Nullable JsonNode node, JavaType type) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        try {
            return MAPPER.readerFor(type).readValue(node);
        } catch (JacksonException | IllegalArgumentException e) {
            throw parseFailure(e);
        }
    }

    /**
     * Binds a whole body straight to {@code type} in one pass over its bytes (no tree). A body holding JSON
     * {@code null} gives {@code null}.
     *
     * @throws WebhookParseException when the body is empty, is not one JSON document or does not fit {@code type}
     */
    public static <T> @Nullable T read(RawBody body, Class<T> type) {
        requireDocument(body);
        try {
            return READERS.get(type).readValue(bounded(body));
        } catch (JacksonException | IllegalArgumentException e) {
            throw parseFailure(e);
        }
    }

    /** {@link #read(RawBody, Class)} for a generic type. */
    public static <T> @Nullable T read(RawBody body, JavaType type) {
        requireDocument(body);
        try {
            return MAPPER.readerFor(type).readValue(bounded(body));
        } catch (JacksonException | IllegalArgumentException e) {
            throw parseFailure(e);
        }
    }

    /** Binds a JSON text (a form parameter holding JSON) straight to {@code type}. */
    public static <T> @Nullable T read(String json, Class<T> type) {
        try {
            return READERS.get(type).readValue(new BoundedDecimals(MAPPER.createParser(json)));
        } catch (JacksonException | IllegalArgumentException e) {
            throw parseFailure(e);
        }
    }

    /**
     * Binds the value at {@code path} (object member names from the top, such as {@code "data", "object"}) straight
     * from the bytes, skipping everything before it without building it; {@code null} when a member on the path is
     * absent or JSON {@code null}. Reads only as far as the value: use it on a body that has been read whole once
     * (so it is known to be one well-formed document), as a provider's {@code payloadAs} does.
     *
     * @throws WebhookParseException when the body is not JSON, a member on the path is not an object, or the value
     *     does not fit {@code type}
     */
    public static <T> @Nullable T readAt(RawBody body, JavaType type, String... path) {
        requireDocument(body);
        try (JsonParser p = bounded(body)) {
            JsonToken token = p.nextToken();
            for (String name : path) {
                if (token != JsonToken.START_OBJECT) {
                    if (token == JsonToken.VALUE_NULL) {
                        return null;
                    }
                    throw new WebhookParseException(
                            Reason.MALFORMED_BODY, "Expected a JSON object holding '" + name + "'");
                }
                token = null;
                for (String member = p.nextName(); member != null; member = p.nextName()) {
                    JsonToken value = p.nextToken();
                    if (member.equals(name)) {
                        token = value;
                        break;
                    }
                    p.skipChildren();
                }
                if (token == null) {
                    return null;
                }
            }
            if (token == null || token == JsonToken.VALUE_NULL) {
                return null;
            }
            return innerReader(type).readValue(p);
        } catch (JacksonException | IllegalArgumentException e) {
            throw parseFailure(e);
        }
    }

    /** {@link #readAt(RawBody, JavaType, String...)} for a plain class. */
    public static <T> @Nullable T readAt(RawBody body, Class<T> type, String... path) {
        return readAt(body, MAPPER.constructType(type), path);
    }

    /**
     * A streaming parser over the body with webhooks4j's read limits, for providers that read an envelope member by
     * member and bind its payload in the same pass ({@link #bind(JsonParser, JavaType)}). The caller closes it and
     * checks the end with {@link #requireEnd(JsonParser)}; Jackson's exceptions from it are turned into a
     * {@link WebhookParseException} by {@link #parseFailure(Exception)}.
     */
    public static JsonParser parser(RawBody body) {
        requireDocument(body);
        try {
            return new BoundedDecimals(MAPPER.createParser(RawBodies.array(body), 0, body.length()));
        } catch (JacksonException e) {
            throw parseFailure(e);
        }
    }

    /**
     * Binds the value at the parser's current token (a {@link #parser(RawBody) parser} positioned on the value) to
     * {@code type}, leaving the parser on the value's last token; {@code null} for JSON {@code null}.
     */
    public static <T> @Nullable T bind(JsonParser p, JavaType type) {
        try {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                return null;
            }
            return innerReader(type).readValue(p);
        } catch (JacksonException | IllegalArgumentException e) {
            throw parseFailure(e);
        }
    }

    /** {@link #bind(JsonParser, JavaType)} for a plain class. */
    public static <T> @Nullable T bind(JsonParser p, Class<T> type) {
        try {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                return null;
            }
            return INNER_READERS.get(type).readValue(p);
        } catch (JacksonException | IllegalArgumentException e) {
            throw parseFailure(e);
        }
    }

    /**
     * Copies the value at the parser's current token into a token buffer (no tree, no binding), for a payload whose
     * type is named by a member that comes after it (Stripe sends {@code type} after {@code data}); bind it later
     * with {@link #bind(TokenBuffer, JavaType)}.
     */
    public static TokenBuffer buffer(JsonParser p) {
        try {
            TokenBuffer buffer = TokenBuffer.forBuffering(p, p.objectReadContext());
            buffer.copyCurrentStructure(p);
            return buffer;
        } catch (JacksonException e) {
            throw parseFailure(e);
        }
    }

    /** Binds a value {@link #buffer(JsonParser) buffered} earlier; {@code null} for JSON {@code null}. */
    public static <T> @Nullable T bind(TokenBuffer buffered, JavaType type) {
        try (JsonParser p = buffered.asParser()) {
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                return null;
            }
            return MAPPER.readerFor(type).readValue(p);
        } catch (JacksonException | IllegalArgumentException e) {
            throw parseFailure(e);
        }
    }

    /** Throws {@link Reason#MALFORMED_BODY} unless the parser has reached the end of the document. */
    public static void requireEnd(JsonParser p) {
        JsonToken trailing;
        try {
            trailing = p.nextToken();
        } catch (JacksonException e) {
            throw parseFailure(e);
        }
        if (trailing != null) {
            throw new WebhookParseException(
                    Reason.MALFORMED_BODY, "Malformed JSON payload: more than one JSON value in the body");
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
        } catch (JacksonException e) {
            throw new IllegalArgumentException(
                    "Cannot serialise " + value.getClass().getName(), e);
        }
    }

    /**
     * The exception a provider throws when Jackson refuses a sender's document: {@link Reason#MALFORMED_BODY} with
     * Jackson's own message (at most 300 characters, no location dump), Jackson's exception as the cause.
     */
    public static WebhookParseException parseFailure(Exception e) {
        if (e instanceof WebhookParseException already) {
            return already;
        }
        String detail = e instanceof JacksonException je ? je.getOriginalMessage() : e.getMessage();
        return new WebhookParseException(Reason.MALFORMED_BODY, "Malformed JSON payload: " + truncate(detail), e);
    }

    /**
     * A parser over the body that refuses decimals beyond {@link #MAX_DECIMAL_SCALE} as it passes them, also those
     * a record binding skips: so a body that binds never holds a number its tree ({@code raw()}) would refuse.
     */
    private static JsonParser bounded(RawBody body) {
        return new BoundedDecimals(MAPPER.createParser(RawBodies.array(body), 0, body.length()));
    }

    private static void requireDocument(RawBody body) {
        if (body.isEmpty()) {
            throw new WebhookParseException(Reason.MALFORMED_BODY, "The body is empty; expected a JSON document");
        }
    }

    private static String truncate(@Nullable String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
