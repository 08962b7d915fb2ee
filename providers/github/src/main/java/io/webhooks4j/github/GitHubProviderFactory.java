package io.webhooks4j.github;

import io.webhooks4j.EventType;
import io.webhooks4j.ProviderSettings;
import io.webhooks4j.WebhookProvider;
import io.webhooks4j.WebhookProviderFactory;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Creates {@link GitHubProvider}s from neutral settings (Spring properties, CLI flags). GitHub signs no
 * timestamp, so a tolerance is ignored. Option: {@code legacy-sha1} ({@code true}/{@code false}, default false)
 * also accepts the deprecated {@code X-Hub-Signature}.
 */
public final class GitHubProviderFactory implements WebhookProviderFactory {
    /** Option name: accept the legacy SHA-1 header. */
    public static final String LEGACY_SHA1 = "legacy-sha1";

    @Override
    public String id() {
        return GitHubProvider.ID;
    }

    @Override
    public WebhookProvider<?> create(ProviderSettings settings) {
        Set<String> unknown = new HashSet<>(settings.options().keySet());
        unknown.remove(LEGACY_SHA1);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("github options are [" + LEGACY_SHA1 + "]; unknown: " + unknown);
        }
        GitHubProvider.Builder builder = GitHubProvider.builder().keyring(settings.keyring());
        settings.option(LEGACY_SHA1).ifPresent(v -> builder.allowLegacySha1(parseBoolean(LEGACY_SHA1, v)));
        settings.maxBodyBytes().ifPresent(builder::maxBodyBytes);
        return builder.build();
    }

    private static boolean parseBoolean(String name, String value) {
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException("github option " + name + " must be true or false, was '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }

    @Override
    public List<EventType<?>> eventTypes() {
        return EventType.declaredIn(GitHubEvents.class);
    }
}
