package io.webhooks4j.spi;

import io.webhooks4j.RawBody;
import io.webhooks4j.internal.RawBodies;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One signing secret with an id. The value never leaves this object: {@link #toString()} shows the id only,
 * and the only way to use the value is an HMAC keyed with it.
 */
public final class Secret {
    private final String id;
    private final byte[] key;
    private final String prefix;
    private final ThreadLocal<Mac>[] macs;

    @SuppressWarnings("unchecked")
    private Secret(String id, byte[] key, String prefix) {
        this.id = requireId(id);
        if (key.length == 0) {
            throw new IllegalArgumentException("Secret '" + id + "' is empty");
        }
        this.key = key;
        this.prefix = prefix;
        HmacAlgorithm[] algorithms = HmacAlgorithm.values();
        this.macs = new ThreadLocal[algorithms.length];
        for (HmacAlgorithm algorithm : algorithms) {
            macs[algorithm.ordinal()] = ThreadLocal.withInitial(() -> newMac(algorithm));
        }
    }

    /** A secret whose key is the UTF-8 bytes of {@code value}, used verbatim (as Stripe, GitHub, Twilio do). */
    public static Secret of(String id, String value) {
        Objects.requireNonNull(value, () -> "value of secret '" + id + "'");
        if (value.isBlank()) {
            throw new IllegalArgumentException("Secret '" + id + "' is blank");
        }
        // enough of a prefix to recognise a wrong kind of secret (whsec_, github_pat_, an API key)
        String prefix =
                value.length() >= 24 ? value.substring(0, 12) : value.length() >= 6 ? value.substring(0, 6) : "";
        return new Secret(id, value.getBytes(StandardCharsets.UTF_8), prefix);
    }

    /** A secret from raw key bytes (copied), for schemes that decode the secret first. */
    public static Secret ofBytes(String id, byte[] key) {
        Objects.requireNonNull(key, () -> "key of secret '" + id + "'");
        return new Secret(id, key.clone(), "");
    }

    private static String requireId(String id) {
        Objects.requireNonNull(id, "secret id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("Secret id is blank");
        }
        return id;
    }

    /** The id: safe to log, to show in metrics and in a verification result. */
    public String id() {
        return id;
    }

    /**
     * True when the secret, given as a string, starts with {@code candidate} (at most 12 characters of a
     * secret of 24 or more, 6 of a shorter one, none of one under 6 are kept): lets a verifier say "this looks
     * like an API key, not a webhook secret" without holding more.
     */
    public boolean startsWith(String candidate) {
        return !candidate.isEmpty() && candidate.length() <= prefix.length() && prefix.startsWith(candidate);
    }

    /**
     * A copy of the key's bytes, for providers whose scheme decodes the configured value before using it
     * (Standard Webhooks keys its HMAC with the base64 part of {@code whsec_...}). Overwrite the copy when done;
     * never log or keep it as text.
     */
    public byte[] keyBytes() {
        return key.clone();
    }

    /** The key's length in bytes: a shape check may use it ("20 characters: a REST API key?"). */
    public int length() {
        return key.length;
    }

    /** HMAC of {@code data} with this secret. */
    public byte[] hmac(HmacAlgorithm algorithm, byte[] data) {
        Mac mac = mac(algorithm);
        return mac.doFinal(data);
    }

    /** HMAC of {@code body}'s exact bytes with this secret, without copying them. */
    public byte[] hmac(HmacAlgorithm algorithm, RawBody body) {
        Mac mac = mac(algorithm);
        mac.update(RawBodies.array(body));
        return mac.doFinal();
    }

    /**
     * HMAC of {@code prefix} followed by {@code body}'s exact bytes (a signed {@code "<timestamp>."} before the
     * body), fed in turn: the two are never joined into a copy.
     */
    public byte[] hmac(HmacAlgorithm algorithm, byte[] prefix, RawBody body) {
        Mac mac = mac(algorithm);
        mac.update(prefix);
        mac.update(RawBodies.array(body));
        return mac.doFinal();
    }

    /**
     * A {@link Mac} keyed with this secret, reset and ready, cached per thread. Use it at once on the calling
     * thread and finish it with {@code doFinal}; do not keep it.
     */
    public Mac mac(HmacAlgorithm algorithm) {
        Mac mac = macs[algorithm.ordinal()].get();
        mac.reset();
        return mac;
    }

    private Mac newMac(HmacAlgorithm algorithm) {
        try {
            Mac mac = Mac.getInstance(algorithm.jcaName());
            mac.init(new SecretKeySpec(key, algorithm.jcaName()));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm.jcaName() + " is required on every Java platform", e);
        }
    }

    /** The id only. */
    @Override
    public String toString() {
        return "Secret[" + id + "]";
    }
}
