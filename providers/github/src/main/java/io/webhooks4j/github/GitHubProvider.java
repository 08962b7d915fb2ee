package io.webhooks4j.github;

import io.webhooks4j.spi.DeliveryKeys;
import io.webhooks4j.Keyring;
import io.webhooks4j.spi.Verification;
import io.webhooks4j.spi.WebhookProvider;
import io.webhooks4j.WebhookRequest;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;

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
public final class GitHubProvider implements WebhookProvider<GitHubEvent<?>> {
    /** The provider id: {@code github}. */
    public static final String ID = "github";
    /** What the secret is, in error messages: "The GitHub webhook secret is missing (null): ...". */
    static final String SECRET_NAME = "GitHub webhook secret";

    private static final System.Logger LOG = System.getLogger(GitHubProvider.class.getName());

    /** GitHub caps payloads at 25 MB; so does the default limit. */
    public static final long DEFAULT_MAX_BODY_BYTES = 25L * 1024 * 1024;

    private final Keyring keyring;
    private final boolean allowLegacySha1;
    private final long maxBodyBytes;
    private final GitHubWebhookVerifier verifier;
    private final GitHubSigner signer;

    private GitHubProvider(Builder b) {
        this.keyring = b.keyring;
        this.allowLegacySha1 = b.allowLegacySha1;
        this.maxBodyBytes = b.maxBodyBytes;
        this.verifier = GitHubWebhookVerifier.of(keyring, allowLegacySha1);
        this.signer = GitHubSigner.of(keyring.primary(), allowLegacySha1);
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

    @Override
    public String id() {
        return ID;
    }

    @Override
    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    public Keyring keyring() {
        return keyring;
    }

    public boolean allowsLegacySha1() {
        return allowLegacySha1;
    }

    @Override
    public Verification verify(WebhookRequest request) {
        return verifier.verify(request);
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

    @Override
    public List<String> keyIds() {
        return keyring.ids();
    }

    /** {@code [event.action, event]} when the payload has an action, else {@code [event]}. */
    @Override
    public List<String> routingKeys(GitHubEvent<?> event) {
        return event.action() == null ? List.of(event.event()) : List.of(event.type(), event.event());
    }

    /** Signs with the primary key (GitHub sends one signature), the legacy header too when SHA-1 is allowed. */
    @Override
    public WebhookRequest sign(WebhookRequest unsigned) {
        return signer.sign(unsigned);
    }

    @Override
    public Class<?> eventClass() {
        return GitHubEvent.class;
    }

    /** Key ids and settings; never a secret. */
    @Override
    public String toString() {
        return "GitHubProvider[keys=" + keyring.ids() + ", legacySha1=" + allowLegacySha1 + ", maxBodyBytes="
                + maxBodyBytes + "]";
    }

    /** Builds a {@link GitHubProvider}; validates in {@link #build()}. */
    public static final class Builder {
        private Keyring keyring;
        private boolean allowLegacySha1;
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private List<String> tokenShaped = List.of();

        private Builder() {}

        /**
         * The webhook secrets, verbatim (ids {@code key-1}, {@code key-2}, ...).
         *
         * @throws IllegalArgumentException naming the GitHub webhook secret when none is given or one is {@code
         *     null} or blank
         */
        public Builder secrets(String... secrets) {
            this.keyring = Keyring.forProvider(SECRET_NAME, secrets);
            List<String> shaped = new java.util.ArrayList<>();
            for (int i = 0; i < secrets.length; i++) {
                if (GitHubWebhookVerifier.looksLikeToken(secrets[i].strip())) {
                    shaped.add(keyring.secrets().get(i).id());
                }
            }
            this.tokenShaped = List.copyOf(shaped);
            return this;
        }

        /**
         * The webhook secrets as a prepared keyring (custom ids). A keyring keeps only the first six characters of a
         * secret for such checks, so the token warning recognises {@code ghp_}, {@code gho_}, {@code ghu_}, {@code
         * ghs_} and {@code ghr_} here, and {@code github_pat_} only through {@link #secrets(String...)}.
         */
        public Builder keyring(Keyring keyring) {
            this.keyring = Objects.requireNonNull(keyring, "keyring");
            this.tokenShaped = GitHubWebhookVerifier.tokenShapedKeys(keyring);
            return this;
        }

        /**
         * Also accept the deprecated {@code X-Hub-Signature: sha1=...} when no SHA-256 signature is sent. Off by
         * default: SHA-1 is there for old GitHub Enterprise Server versions only.
         */
        public Builder allowLegacySha1(boolean allow) {
            this.allowLegacySha1 = allow;
            return this;
        }

        /** The largest body accepted, in bytes; 25 MB (GitHub's own cap) by default. */
        public Builder maxBodyBytes(long maxBodyBytes) {
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        public GitHubProvider build() {
            if (keyring == null) {
                throw new IllegalStateException(
                        "secrets: set the GitHub webhook secret with secrets(...) or keyring(...)");
            }
            if (maxBodyBytes <= 0) {
                throw new IllegalStateException("maxBodyBytes must be positive, was " + maxBodyBytes);
            }
            for (String id : tokenShaped) {
                // the key id only: the secret (and even its prefix) stays out of the log
                LOG.log(
                        Level.WARNING,
                        "GitHub webhook secret ''{0}'' looks like a GitHub token (personal access, OAuth, app or"
                                + " refresh token), not the secret set on the hook (Settings > Webhooks > Secret):"
                                + " deliveries signed with the hook''s secret will not verify. If it is a token,"
                                + " revoke it: it was handed to the webhook receiver.",
                        id);
            }
            return new GitHubProvider(this);
        }
    }
}
