package io.webhooks4j.test.kit;

import io.webhooks4j.spi.WebhookJson;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a handler does with an event, generically: reads every record component at any depth (as typed handlers
 * read the fields they need), does ordinary arithmetic on money and decimals, and renders the event as JSON (what
 * {@code webhooks4j parse} prints). A value that makes any of this throw or hang is a defect of the parser: it
 * must answer 400 for what cannot be read instead.
 */
final class Handlers {
    private static final int MAX_DEPTH = 64;
    private static final int MAX_ELEMENTS = 10_000;

    private final AtomicLong sink = new AtomicLong();

    /** Reads all of {@code event} and renders it as JSON. */
    void touch(Object event) {
        String.valueOf(event);
        walk(event, 0, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
        sink.addAndGet(WebhookJson.write(event).length());
    }

    private void walk(Object value, int depth, Set<Object> seen) {
        if (value == null || depth > MAX_DEPTH || !seen.add(value)) {
            return;
        }
        if (value instanceof BigDecimal decimal) {
            // arithmetic on 1e999999999 would hang: such a number must never reach a handler
            if (decimal.precision() - decimal.scale() > 10_000 || decimal.scale() > 10_000) {
                throw new AssertionError("a decimal with exponent " + (decimal.precision() - decimal.scale())
                        + " reached a handler: arithmetic on it hangs; the parser must refuse it (400)");
            }
            sink.addAndGet(decimal.setScale(2, RoundingMode.HALF_UP).hashCode());
            sink.addAndGet(decimal.toBigInteger().bitLength());
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    component.getAccessor().setAccessible(true);
                    walk(component.getAccessor().invoke(record), depth + 1, seen);
                } catch (InvocationTargetException e) {
                    throw new AssertionError(
                            record.getClass().getName() + "." + component.getName() + "() threw", e.getCause());
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // an accessor the kit may not call (a module boundary): the JSON rendering still reads it
                }
            }
        } else if (value instanceof Collection<?> collection) {
            int n = 0;
            for (Object element : collection) {
                if (n++ > MAX_ELEMENTS) {
                    break;
                }
                walk(element, depth + 1, seen);
            }
        } else if (value instanceof Map<?, ?> map) {
            int n = 0;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (n++ > MAX_ELEMENTS) {
                    break;
                }
                walk(entry.getKey(), depth + 1, seen);
                walk(entry.getValue(), depth + 1, seen);
            }
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(v -> walk(v, depth + 1, seen));
        } else {
            sink.addAndGet(String.valueOf(value).length());
        }
    }
}
