package io.webhooks4j.github;

import io.webhooks4j.spi.ProviderDescriptor;
import io.webhooks4j.spi.ProviderSettings;
import io.webhooks4j.spi.WebhookProvider;
import io.webhooks4j.spi.WebhookProviderFactory;

/**
 * Creates {@link GitHubProvider}s from neutral settings (Spring properties, CLI flags). GitHub signs no
 * timestamp, so a tolerance is refused ({@link IllegalArgumentException}). Option: {@code legacy-sha1} ({@code true}/{@code false}, default false)
 * also accepts the deprecated {@code X-Hub-Signature}.
 */
public final class GitHubProviderFactory implements WebhookProviderFactory {
    /** Option name: accept the legacy SHA-1 header. */
    public static final String LEGACY_SHA1 = "legacy-sha1";

    @Override
    public WebhookProvider<?> build(ProviderSettings settings) {
        GitHubProvider.Builder builder = GitHubProvider.builder().settings(settings);
        settings.booleanOption(id(), LEGACY_SHA1).ifPresent(builder::allowLegacySha1);
        return builder.build();
    }

    @Override
    public ProviderDescriptor descriptor() {
        return ProviderDescriptor.builder(GitHubProvider.ID, "GitHub")
                .secretName(GitHubProvider.SECRET_NAME)
                .eventClass(GitHubEvent.class)
                .catalogue(GitHubEvents.CATALOGUE)
                .defaultMaxBodyBytes(GitHubProvider.DEFAULT_MAX_BODY_BYTES)
                .option(
                        LEGACY_SHA1,
                        "Also accept the deprecated X-Hub-Signature (HMAC-SHA1) when no X-Hub-Signature-256 is sent"
                                + " (old GitHub Enterprise Server versions): true or false, default false.")
                .build();
    }
}
