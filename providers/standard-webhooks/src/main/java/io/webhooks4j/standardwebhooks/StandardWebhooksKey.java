package io.webhooks4j.standardwebhooks;

import io.webhooks4j.Secret;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One key of a Standard Webhooks keyring, read from its serialised form (the specification's "secret
 * serialization"): {@code whsec_<base64>} is an HMAC-SHA256 secret (signs and verifies {@code v1}),
 * {@code whpk_<base64>} an Ed25519 public key (verifies {@code v1a}), {@code whsk_<base64>} an Ed25519 secret
 * key (signs {@code v1a}, and verifies with its public half). The official libraries also accept an HMAC secret
 * without its {@code whsec_} prefix, so a value without any prefix is an HMAC secret too.
 *
 * <p>The value never leaves this object: {@link #toString()} shows the id and the kind only.
 */
final class StandardWebhooksKey {
    /** What a key is. */
    enum Kind {
        /** {@code whsec_}: HMAC-SHA256, signature scheme {@code v1}. */
        HMAC,
        /** {@code whpk_}: an Ed25519 public key, verifies {@code v1a}. */
        ED25519_PUBLIC,
        /** {@code whsk_}: an Ed25519 secret key, signs {@code v1a} (and verifies with its public half). */
        ED25519_SECRET
    }

    static final String HMAC_PREFIX = "whsec_";
    static final String PUBLIC_KEY_PREFIX = "whpk_";
    static final String SECRET_KEY_PREFIX = "whsk_";

    /** The specification's bounds for a symmetric secret: 24 to 64 bytes. */
    static final int MIN_HMAC_BYTES = 24;

    static final int MAX_HMAC_BYTES = 64;
    private static final int ED25519_KEY_BYTES = 32;

    /** DER prefixes that wrap a raw Ed25519 key (RFC 8410) for the JDK's key factories. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private static final byte[] PKCS8_PREFIX = HexFormat.of().parseHex("302e020100300506032b657004220420");

    private final String id;
    private final Kind kind;
    private final Secret hmac;
    private final PublicKey publicKey;
    private final PrivateKey privateKey;
    /** How the value was written, for the diagnosis (never the value). */
    private final boolean prefixed;

    private final boolean base64;
    private final int decodedBytes;

    private StandardWebhooksKey(
            String id,
            Kind kind,
            Secret hmac,
            PublicKey publicKey,
            PrivateKey privateKey,
            boolean prefixed,
            boolean base64,
            int decodedBytes) {
        this.id = id;
        this.kind = kind;
        this.hmac = hmac;
        this.publicKey = publicKey;
        this.privateKey = privateKey;
        this.prefixed = prefixed;
        this.base64 = base64;
        this.decodedBytes = decodedBytes;
    }

    /**
     * Reads {@code value} (stripped) as a key with id {@code id}.
     *
     * @throws IllegalArgumentException naming the id (never the value) when the value cannot be a key: a
     *     {@code whsec_}/{@code whpk_}/{@code whsk_} value that is not base64 or has the wrong length, an Ed25519
     *     secret key whose public half does not belong to it
     */
    static StandardWebhooksKey parse(String what, String id, String value) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(value, () -> "value of key '" + id + "'");
        String v = value.strip();
        if (v.startsWith(PUBLIC_KEY_PREFIX)) {
            byte[] raw = decode(what, id, v.substring(PUBLIC_KEY_PREFIX.length()), PUBLIC_KEY_PREFIX);
            if (raw.length != ED25519_KEY_BYTES) {
                throw invalid(what, id, "is an Ed25519 public key (whpk_) of " + raw.length + " bytes; expected 32");
            }
            return new StandardWebhooksKey(
                    id, Kind.ED25519_PUBLIC, null, publicKey(what, id, raw), null, true, true, 32);
        }
        if (v.startsWith(SECRET_KEY_PREFIX)) {
            byte[] raw = decode(what, id, v.substring(SECRET_KEY_PREFIX.length()), SECRET_KEY_PREFIX);
            try {
                // Svix serialises the secret key as base64(seed + public key); a bare 32-byte seed is accepted too.
                if (raw.length != ED25519_KEY_BYTES && raw.length != 2 * ED25519_KEY_BYTES) {
                    throw invalid(
                            what,
                            id,
                            "is an Ed25519 secret key (whsk_) of " + raw.length
                                    + " bytes; expected 64 (seed and public key) or 32 (seed)");
                }
                byte[] seed = Arrays.copyOf(raw, ED25519_KEY_BYTES);
                KeyPair pair = keyPair(what, id, seed);
                Arrays.fill(seed, (byte) 0);
                if (raw.length == 2 * ED25519_KEY_BYTES) {
                    byte[] given = Arrays.copyOfRange(raw, ED25519_KEY_BYTES, raw.length);
                    if (!MessageDigest.isEqual(given, rawPublicKey(pair.getPublic()))) {
                        throw invalid(
                                what, id, "is an Ed25519 secret key (whsk_) whose public half does not belong to it");
                    }
                }
                return new StandardWebhooksKey(
                        id, Kind.ED25519_SECRET, null, pair.getPublic(), pair.getPrivate(), true, true, raw.length);
            } finally {
                Arrays.fill(raw, (byte) 0);
            }
        }
        boolean prefixed = v.startsWith(HMAC_PREFIX);
        String encoded = prefixed ? v.substring(HMAC_PREFIX.length()) : v;
        byte[] raw = decodeOrNull(encoded);
        if (raw == null) {
            if (prefixed) {
                throw invalid(what, id, "starts with whsec_ but the rest is not base64 (was it cut when copied?)");
            }
            // Not base64 and no prefix: not a Standard Webhooks secret; it is used as its UTF-8 bytes, which is all it
            // can mean, and the diagnosis says so when nothing matches.
            return new StandardWebhooksKey(id, Kind.HMAC, Secret.of(id, v), null, null, false, false, 0);
        }
        if (raw.length == 0) {
            throw invalid(what, id, "is empty after its whsec_ prefix");
        }
        try {
            return new StandardWebhooksKey(
                    id, Kind.HMAC, Secret.ofBytes(id, raw), null, null, prefixed, true, raw.length);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /** A key from an HMAC secret the caller already decoded (copied). */
    static StandardWebhooksKey ofHmacBytes(String id, byte[] key) {
        return new StandardWebhooksKey(id, Kind.HMAC, Secret.ofBytes(id, key), null, null, true, true, key.length);
    }

    private static byte[] decode(String what, String id, String encoded, String prefix) {
        byte[] raw = decodeOrNull(encoded);
        if (raw == null) {
            throw invalid(what, id, "starts with " + prefix + " but the rest is not base64 (was it cut when copied?)");
        }
        return raw;
    }

    private static byte[] decodeOrNull(String encoded) {
        if (encoded.isEmpty()) {
            return new byte[0];
        }
        try {
            return Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static PublicKey publicKey(String what, String id, byte[] raw) {
        try {
            byte[] der = concat(X509_PREFIX, raw);
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw invalid(what, id, "is not a valid Ed25519 public key");
        }
    }

    /** The key pair of an Ed25519 seed, with the public key computed by the JDK's own generator. */
    private static KeyPair keyPair(String what, String id, byte[] seed) {
        try {
            // The JDK has no "public key of this private key"; its generator draws the 32-byte private key from
            // the SecureRandom it is given and computes the public key, so it is given the seed.
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new SeedRandom(seed));
            KeyPair generated = generator.generateKeyPair();
            PrivateKey privateKey = KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new PKCS8EncodedKeySpec(concat(PKCS8_PREFIX, seed)));
            return new KeyPair(generated.getPublic(), privateKey);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw invalid(what, id, "is not a valid Ed25519 secret key");
        }
    }

    /** The raw 32 bytes of an Ed25519 public key (the last 32 bytes of its X.509 encoding). */
    static byte[] rawPublicKey(PublicKey key) {
        byte[] der = key.getEncoded();
        return Arrays.copyOfRange(der, der.length - ED25519_KEY_BYTES, der.length);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static IllegalArgumentException invalid(String what, String id, String problem) {
        return new IllegalArgumentException("The " + what + " '" + id + "' " + problem);
    }

    String id() {
        return id;
    }

    Kind kind() {
        return kind;
    }

    boolean verifiesV1() {
        return kind == Kind.HMAC;
    }

    boolean verifiesV1a() {
        return kind != Kind.HMAC;
    }

    boolean signs() {
        return kind != Kind.ED25519_PUBLIC;
    }

    /** The HMAC secret; only for {@link Kind#HMAC}. */
    Secret hmac() {
        return hmac;
    }

    /** The Ed25519 public key; for the Ed25519 kinds. */
    PublicKey publicKey() {
        return publicKey;
    }

    /** The Ed25519 private key; only for {@link Kind#ED25519_SECRET}. */
    PrivateKey privateKey() {
        return privateKey;
    }

    /** The {@code whpk_...} form of the public key (not secret), for the Ed25519 kinds. */
    String publicKeyText() {
        return publicKey == null
                ? null
                : PUBLIC_KEY_PREFIX + Base64.getEncoder().encodeToString(rawPublicKey(publicKey));
    }

    /** Likely problems with how this key was written, for a diagnosis (never the value). */
    String shapeHint() {
        if (kind != Kind.HMAC) {
            return null;
        }
        if (!base64) {
            return "secret '" + id + "' is not base64 and has no whsec_ prefix, so it was used as its UTF-8 bytes:"
                    + " Standard Webhooks secrets are whsec_ followed by base64; copy the sender's secret whole";
        }
        if (!prefixed) {
            return "secret '" + id + "' has no whsec_ prefix; it was base64-decoded as the official libraries do,"
                    + " which is right only if it is the part after whsec_ (copy the secret whole, prefix included)";
        }
        if (decodedBytes < MIN_HMAC_BYTES || decodedBytes > MAX_HMAC_BYTES) {
            return "secret '" + id + "' decodes to " + decodedBytes + " bytes; Standard Webhooks secrets have 24 to 64:"
                    + " it may be cut, or another kind of secret";
        }
        return null;
    }

    /** The id and kind only. */
    @Override
    public String toString() {
        return id + "(" + kind.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }

    /** Hands the generator the seed as its "random" bytes, once. */
    private static final class SeedRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] seed;

        SeedRandom(byte[] seed) {
            super(new byte[0]); // never used: nextBytes is overridden
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (bytes.length != seed.length) {
                throw new IllegalStateException("expected a request for " + seed.length + " bytes");
            }
            System.arraycopy(seed, 0, bytes, 0, seed.length);
            Arrays.fill(seed, (byte) 0);
        }
    }
}
