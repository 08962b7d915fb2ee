package io.webhooks4j;

import io.webhooks4j.internal.RawBodies;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The exact bytes of a delivery's body, as received. Immutable: the bytes are copied in and never handed
 * out by reference, so nothing can change what was verified.
 */
public final class RawBody {
    private static final RawBody EMPTY = new RawBody(new byte[0]);

    static {
        RawBodies.install(body -> body.bytes);
    }

    private final byte[] bytes;

    private RawBody(byte[] owned) {
        this.bytes = owned;
    }

    /** A body holding a copy of {@code bytes}. */
    public static RawBody of(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return EMPTY;
        }
        return new RawBody(bytes.clone());
    }

    /** Takes ownership of the first {@code length} bytes of {@code buffer}: no copy when it is exactly full. */
    static RawBody adopt(byte[] buffer, int length) {
        if (length == 0) {
            return EMPTY;
        }
        return new RawBody(length == buffer.length ? buffer : Arrays.copyOf(buffer, length));
    }

    /** A body holding the UTF-8 encoding of {@code text}. */
    public static RawBody ofUtf8(String text) {
        return text == null || text.isEmpty() ? EMPTY : new RawBody(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The empty body. */
    public static RawBody empty() {
        return EMPTY;
    }

    /**
     * Reads {@code in} to its end, but never more than {@code maxBytes}: one byte more and it stops and
     * throws, so an oversized or endless body is never buffered whole.
     *
     * @throws WebhookException with {@link Reason#BODY_TOO_LARGE} once the limit is passed
     * @throws IOException when reading fails
     */
    public static RawBody readFrom(InputStream in, long maxBytes) throws IOException {
        return readFrom(in, maxBytes, -1);
    }

    /**
     * Reads {@code in} to its end, never more than {@code maxBytes}, into one buffer sized from {@code
     * declaredLength} (a {@code Content-Length}; {@code -1} when unknown).
     *
     * @throws WebhookException with {@link Reason#BODY_TOO_LARGE} once the limit is passed (or when {@code
     *     declaredLength} is over it), or {@link Reason#BODY_INCOMPLETE} when fewer bytes than declared arrived
     * @throws IOException when reading fails
     */
    public static RawBody readFrom(InputStream in, long maxBytes, long declaredLength) throws IOException {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative: " + maxBytes);
        }
        try (BodyReader reader =
                BodyReader.open("this body", maxBytes, declaredLength, new BodyReader.Budget(Long.MAX_VALUE))) {
            while (reader.readFrom(in) >= 0) {
                // reads until the end
            }
            return reader.body();
        }
    }

    /** Number of bytes. */
    public int length() {
        return bytes.length;
    }

    public boolean isEmpty() {
        return bytes.length == 0;
    }

    /** A fresh copy of the bytes. */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    /** A stream over the bytes (no copy). */
    public InputStream inputStream() {
        return new ByteArrayInputStream(bytes);
    }

    /** A read-only view of the bytes (no copy). */
    public ByteBuffer asReadOnlyBuffer() {
        return ByteBuffer.wrap(bytes).asReadOnlyBuffer();
    }

    /** SHA-256 of the bytes. */
    public byte[] sha256() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }

    /** The byte at {@code index}. */
    public byte byteAt(int index) {
        return bytes[index];
    }

    /** The bytes decoded as UTF-8 (malformed sequences replaced). For diagnostics and form bodies. */
    public String utf8() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public String toString(Charset charset) {
        return new String(bytes, charset);
    }

    /** Access without a copy, for the core's form parser (other readers use {@link RawBodies}). */
    byte[] array() {
        return bytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawBody other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Only the length: bodies may hold personal data. */
    @Override
    public String toString() {
        return "RawBody[" + bytes.length + " bytes]";
    }
}
