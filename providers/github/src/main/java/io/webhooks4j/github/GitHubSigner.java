package io.webhooks4j.github;

import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.github.internal.GitHubEventParser;
import io.webhooks4j.github.internal.GitHubSignatures;
import io.webhooks4j.spi.HmacAlgorithm;
import io.webhooks4j.spi.Secret;
import io.webhooks4j.spi.WebhookSigner;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

/**
 * Signs a delivery exactly as GitHub does, for tests, fixtures and the CLI: sets {@code X-Hub-Signature-256}
 * (and, if asked, the legacy {@code X-Hub-Signature}) over the raw body with the primary key (GitHub sends one
 * signature), and adds {@code X-GitHub-Delivery}, {@code User-Agent} and {@code Content-Type} when they are missing.
 * {@code X-GitHub-Event} is the caller's to set: it names the event the body is.
 *
 * <p>{@link #create(String...)} gives one with the defaults; {@link GitHubProvider#signer()} the one a provider
 * built with other settings ({@code allowLegacySha1(true)} also signs the SHA-1 header) uses.
 */
public final class GitHubSigner implements WebhookSigner {
    static final String USER_AGENT = "GitHub-Hookshot/webhooks4j";

    private final Secret secret;
    private final boolean legacySha1;

    GitHubSigner(Secret secret, boolean legacySha1) {
        this.secret = Objects.requireNonNull(secret, "secret");
        this.legacySha1 = legacySha1;
    }

    /**
     * A signer using the first of {@code secrets} verbatim, with the defaults (SHA-256 only).
     *
     * @throws IllegalArgumentException naming the GitHub webhook secret when none is given or one is {@code null} or
     *     blank
     */
    public static GitHubSigner create(String... secrets) {
        return GitHubProvider.create(secrets).signer();
    }

    /** {@code sha256=<hex>} for {@code body}. */
    public String signature256(RawBody body) {
        return GitHubSignatures.SHA256_PREFIX + hex(HmacAlgorithm.SHA256, body);
    }

    /** {@code sha1=<hex>} for {@code body}: the deprecated header. */
    public String signatureSha1(RawBody body) {
        return GitHubSignatures.SHA1_PREFIX + hex(HmacAlgorithm.SHA1, body);
    }

    private String hex(HmacAlgorithm algorithm, RawBody body) {
        return HexFormat.of().formatHex(GitHubSignatures.mac(secret, algorithm, body));
    }

    /** {@code unsigned} with GitHub's signature header(s) and the headers GitHub always sends. */
    @Override
    public WebhookRequest sign(WebhookRequest unsigned) {
        RawBody body = unsigned.body();
        WebhookRequest.Builder signed = unsigned.toBuilder().setHeader(GitHubHeaders.SIGNATURE_256, signature256(body));
        if (legacySha1) {
            signed.setHeader(GitHubHeaders.SIGNATURE_SHA1, signatureSha1(body));
        }
        // Derived from the body so that signing the same delivery twice gives the same GUID.
        signed.headerIfAbsent(GitHubHeaders.DELIVERY, () -> UUID.nameUUIDFromBytes(body.sha256())
                .toString());
        signed.headerIfAbsent("User-Agent", USER_AGENT);
        signed.headerIfAbsent(
                "Content-Type",
                () -> GitHubEventParser.startsWithPayloadParameter(body)
                        ? "application/x-www-form-urlencoded"
                        : "application/json");
        return signed.build();
    }

    /** The key id only. */
    @Override
    public String toString() {
        return "GitHubSigner[" + secret.id() + "]";
    }
}
