package io.webhooks4j.github;

import io.webhooks4j.Keyring;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.github.internal.GitHubEventParser;
import io.webhooks4j.github.internal.GitHubTokens;
import io.webhooks4j.spi.AbstractWebhookProvider;
import io.webhooks4j.spi.DeliveryKeys;
import io.webhooks4j.spi.ProviderBuilder;
import io.webhooks4j.spi.Secret;
import io.webhooks4j.spi.Verification;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * GitHub webhooks: verifies {@code X-Hub-Signature-256} on the raw body (JSON and form-encoded hooks),
 * parses {@link GitHubEvent}s with typed payloads, routes by {@code event.action} and by {@code event}, and
 * de-duplicates on the signed content (see {@link #deduplicationKey}). Immutable and thread-safe.
 *
 * <pre>{@code
 * Webhooks webhooks = Webhooks.builder()
 *     .provider(GitHubProvider.create(System.getenv("GITHUB_WEBHOOK_SECRET")))
 *     .on(GitHubEvents.PULL_REQUEST_OPENED, e -> ci.check(e.payload().pullRequest().head().sha()))
 *     .build();
 * }</pre>
 */
public final class GitHubProvider extends AbstractWebhookProvider<GitHubEvent<?>, GitHubWebhookVerifier, GitHubSigner> {
    /** The provider id: {@code github}. */
    public static final String ID = "github";
    /** What the secret is, in error messages: "The GitHub webhook secret is missing (null): ...". */
    static final String SECRET_NAME = "GitHub webhook secret";
    /** GitHub caps payloads at 25 MB; so does the default limit. */
    public static final long DEFAULT_MAX_BODY_BYTES = 25L * 1024 * 1024;

    private final boolean allowLegacySha1;

    private GitHubProvider(
            Keyring keyring,
            long maxBodyBytes,
            boolean allowLegacySha1,
            GitHubWebhookVerifier verifier,
            GitHubSigner signer) {
        super(ID, GitHubEvent.class, keyring, maxBodyBytes, verifier, signer);
        this.allowLegacySha1 = allowLegacySha1;
    }

    /**
     * A provider verifying with {@code secrets} (the webhook secrets, verbatim; several during a rotation).
     *
     * @throws IllegalArgumentException naming the GitHub webhook secret when none is given or one is {@code null}
     *     (an unset environment variable) or blank
     */
    public static GitHubProvider create(String... secrets) {
        return builder().secrets(secrets).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean allowsLegacySha1() {
        return allowLegacySha1;
    }

    @Override
    public GitHubEvent<?> parse(WebhookRequest request, Verification verification) {
        return GitHubEventParser.parse(request);
    }

    /**
     * The signed content: the raw body as verified, the id of the key that verified it and the {@code
     * X-GitHub-Event} value. GitHub signs the body only; {@code X-GitHub-Delivery} and {@code X-GitHub-Hook-ID} are
     * unsigned, so a captured delivery re-sent under a fresh GUID or hook id (or none) still gets this key and its
     * handlers do not run again. The event header is unsigned too but selects the handlers, so it is part of the key:
     * the same body under another event name is another key (and runs that event's handlers, as GitHub's own
     * deliveries would). Two hooks with different secrets sending the same body stay apart (the key id differs); two
     * hooks sharing one secret count as one delivery. {@link GitHubEvent#deliveryId()} stays GitHub's
     * {@code <guid>:<hook id>} for logs and observers.
     */
    @Override
    public String deduplicationKey(GitHubEvent<?> event, WebhookRequest request, Verification verification) {
        return DeliveryKeys.ofSignedContent(verification, request.body(), event.event());
    }

    /** {@code [event.action, event]} when the payload has an action, else {@code [event]}. */
    @Override
    public List<String> routingKeys(GitHubEvent<?> event) {
        return event.action() == null ? List.of(event.event()) : List.of(event.type(), event.event());
    }

    @Override
    protected String settingsForToString() {
        return ", legacySha1=" + allowLegacySha1;
    }

    /**
     * Builds a {@link GitHubProvider}: the shared settings ({@code secrets}/{@code keyring}, {@code maxBodyBytes},
     * 25 MB by default, GitHub's own cap) and {@link #allowLegacySha1(boolean)}. GitHub signs no timestamp.
     */
    public static final class Builder extends ProviderBuilder<Builder, GitHubProvider> {
        private boolean allowLegacySha1;

        private Builder() {
            super(SECRET_NAME, DEFAULT_MAX_BODY_BYTES);
        }

        /**
         * Also accept the deprecated {@code X-Hub-Signature: sha1=...} when no SHA-256 signature is sent. Off by
         * default: SHA-1 is there for old GitHub Enterprise Server versions only.
         */
        public Builder allowLegacySha1(boolean allow) {
            this.allowLegacySha1 = allow;
            return this;
        }

        /**
         * A secret shaped like a GitHub token ({@code ghp_}, {@code gho_}, {@code ghu_}, {@code ghs_}, {@code ghr_},
         * {@code github_pat_}) is logged at WARN by {@link #build()}: the key id, never the secret.
         */
        @Override
        protected @Nullable String wrongCredentialShape(Secret secret) {
            return GitHubTokens.looksLikeToken(secret)
                    ? "a GitHub token (personal access, OAuth, app or refresh token; if it is one, revoke it: it was"
                            + " handed to the webhook receiver) rather than the secret set on the hook (Settings >"
                            + " Webhooks > Secret)"
                    : null;
        }

        @Override
        protected GitHubProvider create() {
            Keyring keyring = keyring();
            return new GitHubProvider(
                    keyring,
                    maxBodyBytes(),
                    allowLegacySha1,
                    new GitHubWebhookVerifier(keyring, allowLegacySha1),
                    new GitHubSigner(keyring.primary(), allowLegacySha1));
        }
    }
}
