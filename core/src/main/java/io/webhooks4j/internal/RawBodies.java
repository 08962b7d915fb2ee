package io.webhooks4j.internal;

import io.webhooks4j.RawBody;
import java.util.Objects;
import java.util.function.Function;

/**
 * Access to a {@link RawBody}'s bytes without a copy, for the library's own readers (JSON, form decoding).
 * Not API: the bytes must never be modified or handed out.
 */
public final class RawBodies {
    private static volatile Function<RawBody, byte[]> access;

    private RawBodies() {}

    /** Called once by {@link RawBody}'s class initialiser. */
    public static void install(Function<RawBody, byte[]> accessor) {
        if (access != null) {
            throw new IllegalStateException("already installed");
        }
        access = Objects.requireNonNull(accessor, "accessor");
    }

    /** The body's own array: read it, never write it or let it escape. */
    public static byte[] array(RawBody body) {
        if (access == null) {
            RawBody.empty(); // runs RawBody's initialiser, which installs the accessor
        }
        return access.apply(body);
    }
}
