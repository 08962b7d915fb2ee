package io.webhooks4j.spi;

import io.webhooks4j.Keyring;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * For the developer only: what a verifier tried and what probably went wrong. Holds key ids (never secrets),
 * the clock skew, a description of each content that was signed (its length and SHA-256, and for URL-signed
 * providers the exact string) and likely causes. Never part of an HTTP response and never holds an expected
 * signature.
 */
public final class Diagnosis {
    /** Longest exact text {@link #explain()} prints for one signed content. */
    static final int MAX_TEXT = 4096;

    private static final Diagnosis NONE = new Diagnosis(List.of(), null, List.of(), List.of());

    private final List<String> keysTried;
    private final Duration clockSkew;
    private final List<SignedContent> signedContents;
    private final List<String> likelyCauses;

    private Diagnosis(
            List<String> keysTried, Duration clockSkew, List<SignedContent> signedContents, List<String> likelyCauses) {
        this.keysTried = List.copyOf(keysTried);
        this.clockSkew = clockSkew;
        this.signedContents = List.copyOf(signedContents);
        this.likelyCauses = List.copyOf(likelyCauses);
    }

    /** An empty diagnosis. */
    public static Diagnosis none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Ids of the keys that were tried, in order. */
    public List<String> keysTried() {
        return keysTried;
    }

    /** How far the signed timestamp lies from the verifier's clock (positive: in the past). */
    public Optional<Duration> clockSkew() {
        return Optional.ofNullable(clockSkew);
    }

    /** Each content whose signature was computed, for example one per URL variant tried. */
    public List<SignedContent> signedContents() {
        return signedContents;
    }

    /** Likely causes, most likely first, in plain words. */
    public List<String> likelyCauses() {
        return likelyCauses;
    }

    public boolean isEmpty() {
        return keysTried.isEmpty() && clockSkew == null && signedContents.isEmpty() && likelyCauses.isEmpty();
    }

    /** A multi-line explanation for a terminal or a debug log. */
    public String explain() {
        StringBuilder out = new StringBuilder();
        if (!keysTried.isEmpty()) {
            out.append("keys tried: ").append(String.join(", ", keysTried)).append('\n');
        }
        if (clockSkew != null) {
            out.append("clock skew: ").append(clockSkew).append(" (positive: the signature is that old)\n");
        }
        for (SignedContent content : signedContents) {
            out.append("signed content: ")
                    .append(content.description())
                    .append(", ")
                    .append(content.length())
                    .append(" bytes, sha256 ")
                    .append(content.sha256Hex())
                    .append('\n');
            if (content.exactText() != null) {
                out.append("  exactly: ").append(capped(content.exactText())).append('\n');
            }
        }
        for (String cause : likelyCauses) {
            out.append("likely cause: ").append(cause).append('\n');
        }
        return out.toString();
    }

    private static String capped(String text) {
        return text.length() <= MAX_TEXT
                ? text
                : text.substring(0, MAX_TEXT) + "... (" + (text.length() - MAX_TEXT) + " more characters)";
    }

    @Override
    public String toString() {
        return "Diagnosis[" + explain().replace('\n', ';') + "]";
    }

    /**
     * One content a signature was computed over.
     *
     * @param description what it is ("t.body", "URL as received + sorted parameters", ...)
     * @param length its length in bytes
     * @param sha256Hex its SHA-256, hex, so two parties can compare what they signed without sharing it
     * @param exactText the exact string, where showing it helps and holds no secret (Twilio's URL + params)
     */
    public record SignedContent(
            String description,
            long length,
            String sha256Hex,
            @Nullable String exactText) {}

    /** Collects a diagnosis while a verifier works. */
    public static final class Builder {
        private final List<String> keysTried = new ArrayList<>();
        private Duration clockSkew;
        private final List<SignedContent> signedContents = new ArrayList<>();
        private final List<String> likelyCauses = new ArrayList<>();

        private Builder() {}

        public Builder keyTried(String keyId) {
            if (!keysTried.contains(keyId)) {
                keysTried.add(keyId);
            }
            return this;
        }

        /** Every key of {@code keyring} as tried, in its order (ids only). */
        public Builder keysTried(Keyring keyring) {
            keyring.ids().forEach(this::keyTried);
            return this;
        }

        public Builder clockSkew(Duration skew) {
            this.clockSkew = skew;
            return this;
        }

        public Builder signedContent(String description, byte[] content, boolean showExactText) {
            return signedContent(
                    description,
                    content,
                    showExactText ? new String(content, java.nio.charset.StandardCharsets.UTF_8) : null);
        }

        /**
         * Records a signed content with the text to show for it, which may differ from the content (a URL with
         * its password redacted); {@code null} shows no text.
         */
        public Builder signedContent(String description, byte[] content, String displayText) {
            signedContents.add(new SignedContent(
                    description,
                    content.length,
                    java.util.HexFormat.of().formatHex(io.webhooks4j.internal.Crypto.sha256(content)),
                    displayText));
            return this;
        }

        public Builder likelyCause(String cause) {
            if (!likelyCauses.contains(cause)) {
                likelyCauses.add(cause);
            }
            return this;
        }

        public Builder likelyCauses(List<String> causes) {
            causes.forEach(this::likelyCause);
            return this;
        }

        public Diagnosis build() {
            return new Diagnosis(keysTried, clockSkew, signedContents, likelyCauses);
        }
    }
}
