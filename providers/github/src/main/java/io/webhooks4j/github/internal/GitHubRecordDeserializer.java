package io.webhooks4j.github.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.internal.Rfc3339Instants;
import io.webhooks4j.spi.WebhookJson;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.type.LogicalType;

/**
 * Binds GitHub's payload records straight from the token stream, as Jackson's own record support does under
 * webhooks4j's configuration (members by their {@code @JsonProperty} names, unknown members ignored, absent
 * members {@code null}, JSON {@code null} as each component's deserializer reads it, every component value by the
 * mapper's own deserializer for its type), for less per member: the canonical constructor is called through one
 * prepared method handle (Jackson 3.1 spreads the arguments anew for every object it creates), unknown members are
 * skipped without being buffered, JSON arrays of list components are read into an unmodifiable list the record
 * keeps without a copy ({@link PayloadLists#own(List)}), and the two time formats GitHub sends are read without a
 * {@code DateTimeFormatter} (anything else goes to the mapper's {@code Instant} deserializer).
 *
 * <p>Payload records name it with {@code @JsonDeserialize(using = GitHubRecordDeserializer.class)}; Jackson creates
 * it and then contextualizes it for each record type.
 */
public final class GitHubRecordDeserializer extends ValueDeserializer<Object> {
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return new Shape(type);
        }
    };

    private static final long MIN_SECOND = WebhookJson.MIN_INSTANT.getEpochSecond();
    private static final long MAX_SECOND = WebhookJson.MAX_INSTANT.getEpochSecond();
    private static final Object[] NO_ELEMENTS = {};

    private final @Nullable Shape shape;
    /** The deserializers of the components, found on first use (a record may hold its own type, as a team its parent). */
    private @Nullable Resolved resolved;

    /** The instance Jackson creates for {@code @JsonDeserialize(using = ...)}; it is contextualized before use. */
    public GitHubRecordDeserializer() {
        this.shape = null;
    }

    private GitHubRecordDeserializer(Shape shape) {
        this.shape = shape;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext ctxt, @Nullable BeanProperty property) {
        if (shape != null) {
            return this;
        }
        JavaType type = ctxt.getContextualType();
        if (type == null) {
            throw new IllegalStateException("GitHubRecordDeserializer is for the records it annotates");
        }
        return new GitHubRecordDeserializer(SHAPES.get(type.getRawClass()));
    }

    @Override
    public @Nullable Class<?> handledType() {
        return shape == null ? null : shape.type;
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.POJO;
    }

    @Override
    public Boolean supportsUpdate(tools.jackson.databind.DeserializationConfig config) {
        return Boolean.FALSE;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
        Shape s = shape;
        if (s == null) {
            throw new IllegalStateException("GitHubRecordDeserializer used without contextualization");
        }
        Resolved r = resolved;
        if (r == null) {
            r = new Resolved(s, ctxt);
            resolved = r; // racy but safe: Resolved is immutable, and any two are alike
        }
        JsonToken token = p.currentToken();
        String name;
        if (token == JsonToken.START_OBJECT) {
            name = p.nextName();
        } else if (token == JsonToken.PROPERTY_NAME) {
            name = p.currentName();
        } else if (token == JsonToken.END_OBJECT) {
            name = null;
        } else {
            return ctxt.handleUnexpectedToken(s.type, p);
        }
        @Nullable Object[] args = new Object[s.size];
        long seen = 0L;
        for (; name != null; name = p.nextName()) {
            Integer index = s.index.get(name);
            JsonToken value = p.nextToken();
            if (index == null) {
                p.skipChildren();
                continue;
            }
            int i = index;
            try {
                args[i] = read(p, ctxt, value, s.kinds[i], r.values[i], r.elements[i]);
            } catch (JacksonException e) {
                throw JacksonException.wrapWithPath(e, s.type, name);
            }
            seen |= 1L << i;
        }
        if (!p.hasToken(JsonToken.END_OBJECT)) {
            return ctxt.handleUnexpectedToken(s.type, p);
        }
        if (seen != s.all) {
            for (int i = 0; i < s.size; i++) {
                if ((seen & (1L << i)) == 0) {
                    if (ctxt.isEnabled(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)) {
                        return ctxt.reportInputMismatch(
                                s.type, "Missing property '%s' of %s", s.names[i], s.type.getSimpleName());
                    }
                    args[i] = r.values[i].getAbsentValue(ctxt);
                }
            }
        }
        return s.construct(args, ctxt);
    }

    private static @Nullable Object read(
            JsonParser p,
            DeserializationContext ctxt,
            @Nullable JsonToken token,
            int kind,
            ValueDeserializer<Object> values,
            @Nullable ValueDeserializer<Object> elements) {
        if (token == JsonToken.VALUE_NULL) {
            return values.getNullValue(ctxt);
        }
        if (kind == Shape.INSTANT) {
            if (token == JsonToken.VALUE_STRING) {
                Instant instant =
                        Rfc3339Instants.parse(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
                if (instant != null) {
                    return instant;
                }
            } else if (token == JsonToken.VALUE_NUMBER_INT
                    && ctxt.isEnabled(DateTimeFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS)
                    && (p.getNumberType() == JsonParser.NumberType.INT
                            || p.getNumberType() == JsonParser.NumberType.LONG)) {
                // epoch seconds, as push payloads send a repository's times
                long seconds = p.getLongValue();
                if (seconds >= MIN_SECOND && seconds <= MAX_SECOND) {
                    return Instant.ofEpochSecond(seconds);
                }
            }
        } else if (kind == Shape.LIST && token == JsonToken.START_ARRAY && elements != null) {
            return readList(p, ctxt, elements);
        }
        return values.deserialize(p, ctxt);
    }

    private static List<@Nullable Object> readList(
            JsonParser p, DeserializationContext ctxt, ValueDeserializer<Object> elements) {
        JsonToken token = p.nextToken();
        if (token == JsonToken.END_ARRAY) {
            return FrozenList.adopt(NO_ELEMENTS, 0);
        }
        Object first = element(p, ctxt, token, elements, 0);
        token = p.nextToken();
        if (token == JsonToken.END_ARRAY) {
            return FrozenList.of(first);
        }
        @Nullable Object[] buffer = new Object[4];
        buffer[0] = first;
        int size = 1;
        for (; token != JsonToken.END_ARRAY; token = p.nextToken()) {
            if (size == buffer.length) {
                buffer = Arrays.copyOf(buffer, size * 2);
            }
            buffer[size] = element(p, ctxt, token, elements, size);
            size++;
        }
        return FrozenList.adopt(buffer, size);
    }

    private static @Nullable Object element(
            JsonParser p,
            DeserializationContext ctxt,
            @Nullable JsonToken token,
            ValueDeserializer<Object> elements,
            int index) {
        if (token == null) {
            return ctxt.reportInputMismatch(List.class, "Unexpected end of input in an array");
        }
        try {
            return token == JsonToken.VALUE_NULL ? elements.getNullValue(ctxt) : elements.deserialize(p, ctxt);
        } catch (JacksonException e) {
            throw JacksonException.wrapWithPath(e, List.class, index);
        }
    }

    /** The reflective part, once per record class: names, types and the canonical constructor. */
    private static final class Shape {
        static final int OTHER = 0;
        static final int INSTANT = 1;
        static final int LIST = 2;

        final Class<?> type;
        final int size;
        final long all;
        final String[] names;
        final Type[] types;
        final int[] kinds;
        final Map<String, Integer> index;
        final MethodHandle constructor;

        Shape(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            if (components == null || components.length > 64) {
                throw new IllegalArgumentException(type + " is not a record of at most 64 components");
            }
            this.type = type;
            this.size = components.length;
            this.all = size == 64 ? -1L : (1L << size) - 1;
            this.names = new String[size];
            this.types = new Type[size];
            this.kinds = new int[size];
            Class<?>[] parameters = new Class<?>[size];
            Map<String, Integer> byName = new HashMap<>();
            for (int i = 0; i < size; i++) {
                RecordComponent component = components[i];
                JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
                names[i] = property != null && !property.value().isEmpty() ? property.value() : component.getName();
                if (byName.put(names[i], i) != null) {
                    throw new IllegalArgumentException(type + " names '" + names[i] + "' twice");
                }
                types[i] = component.getGenericType();
                parameters[i] = component.getType();
                kinds[i] = component.getType() == Instant.class
                        ? INSTANT
                        : component.getType() == List.class ? LIST : OTHER;
            }
            this.index = byName;
            try {
                this.constructor = MethodHandles.publicLookup()
                        .findConstructor(type, MethodType.methodType(void.class, parameters))
                        .asSpreader(Object[].class, size)
                        .asType(MethodType.methodType(Object.class, Object[].class));
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException(type + " has no public canonical constructor", e);
            }
        }

        Object construct(@Nullable Object[] args, DeserializationContext ctxt) {
            try {
                return (Object) constructor.invokeExact(args);
            } catch (Error e) {
                throw e;
            } catch (Throwable e) {
                return ctxt.handleInstantiationProblem(type, null, e);
            }
        }
    }

    /** What a mapper gives for the components: their deserializers (and those of list elements). */
    private static final class Resolved {
        final ValueDeserializer<Object>[] values;
        final @Nullable ValueDeserializer<Object>[] elements;

        @SuppressWarnings("unchecked")
        Resolved(Shape shape, DeserializationContext ctxt) {
            values = new ValueDeserializer[shape.size];
            elements = new ValueDeserializer[shape.size];
            for (int i = 0; i < shape.size; i++) {
                JavaType type = ctxt.getTypeFactory().constructType(shape.types[i]);
                values[i] = ctxt.findContextualValueDeserializer(type, null);
                if (shape.kinds[i] == Shape.LIST) {
                    elements[i] = ctxt.findContextualValueDeserializer(type.getContentType(), null);
                }
            }
        }
    }
}
