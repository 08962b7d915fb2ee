package io.webhooks4j.test;

import io.webhooks4j.RawBody;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Test resources as the exact bytes a sender would post:
 *
 * <pre>{@code
 * RawBody body = TestResources.rawBody(MyHandlerTest.class, "invoice.paid.json");
 * }</pre>
 */
public final class TestResources {
    private TestResources() {}

    /**
     * The bytes of resource {@code name}, found as {@link Class#getResourceAsStream(String)} finds it: beside
     * {@code owner} (in its package), or from the class path's root when {@code name} starts with {@code /}.
     *
     * @throws IllegalArgumentException when there is no such resource, naming where it was looked for
     * @throws UncheckedIOException when it cannot be read
     */
    public static RawBody rawBody(Class<?> owner, String name) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                String where =
                        name.startsWith("/") ? name : owner.getPackageName().replace('.', '/') + "/" + name;
                throw new IllegalArgumentException(
                        "No test resource " + where + " (looked up from " + owner.getName() + ")");
            }
            return RawBody.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read test resource " + name, e);
        }
    }
}
