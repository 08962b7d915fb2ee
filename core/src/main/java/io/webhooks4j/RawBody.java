package io.webhooks4j;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import javax.crypto.Mac;

/**
 * The exact bytes of a delivery's body, as received. Immutable: the bytes are copied in and never handed
 * out by reference, so nothing can change what was verified.
 */
public final class RawBody {
    private static final RawBody EMPTY = new RawBody(new byte[0]);

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
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative: " + maxBytes);
        }
        byte[] buffer = new byte[(int) Math.min(8192, maxBytes + 1)];
        int length = 0;
        while (true) {
            if (length == buffer.length) {
                if (length > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                long next = Math.min((long) buffer.length * 2, maxBytes + 1);
                if (next > Integer.MAX_VALUE - 8) {
                    throw tooLarge(maxBytes);
                }
                buffer = Arrays.copyOf(buffer, (int) next);
            }
            int read = in.read(buffer, length, buffer.length - length);
            if (read < 0) {
                break;
            }
            length += read;
            if (length > maxBytes) {
                throw tooLarge(maxBytes);
            }
        }
        if (length == 0) {
            return EMPTY;
        }
        return new RawBody(length == buffer.length ? buffer : Arrays.copyOf(buffer, length));
    }

    private static WebhookException tooLarge(long maxBytes) {
        return new WebhookException(Reason.BODY_TOO_LARGE, "Body is larger than the limit of " + maxBytes + " bytes");
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

    /** Feeds the bytes to {@code mac} (no copy). */
    public void updateMac(Mac mac) {
        mac.update(bytes);
    }

    /** Feeds the bytes to {@code digest} (no copy). */
    public void updateDigest(MessageDigest digest) {
        digest.update(bytes);
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

    /** Package-private access without a copy, for the core's JSON reader and form parser. */
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
