package io.webhooks4j;

import java.util.Objects;

/** One decoded {@code name=value} pair of an {@code application/x-www-form-urlencoded} body. */
public record FormParameter(String name, String value) {
    public FormParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
