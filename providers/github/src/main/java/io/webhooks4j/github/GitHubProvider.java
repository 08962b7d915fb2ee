package io.webhooks4j.github;

import io.webhooks4j.Keyring;
import io.webhooks4j.Verification;
import io.webhooks4j.WebhookProvider;
import io.webhooks4j.WebhookRequest;
import java.util.List;
import java.util.Objects;

/**
 * GitHub webhooks: verifies {@code X-Hub-Signature-256} on the raw body (JSON and form-encoded hooks),
 * parses {@link GitHubEvent}s with typed payloads, routes by {@code event.action} and by {@code event}, and
 * de-duplicates on delivery GUID + hook id. Immutable and thread-safe.
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

    /** A provider verifying with {@code secrets} (the webhook secrets, verbatim; several during a rotation). */
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

        private Builder() {}

        /** The webhook secrets, verbatim (ids {@code key-1}, {@code key-2}, ...). */
        public Builder secrets(String... secrets) {
            Objects.requireNonNull(secrets, "secrets");
            this.keyring = Keyring.of(secrets);
            return this;
        }

        /** The webhook secrets as a prepared keyring (custom ids). */
        public Builder keyring(Keyring keyring) {
            this.keyring = Objects.requireNonNull(keyring, "keyring");
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
            return new GitHubProvider(this);
        }
    }
}
