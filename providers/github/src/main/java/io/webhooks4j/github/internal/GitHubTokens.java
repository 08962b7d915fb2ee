package io.webhooks4j.github.internal;

import io.webhooks4j.spi.Secret;
import java.util.List;

/**
 * The prefixes of GitHub's own tokens (personal access tokens classic and fine-grained, OAuth, user-to-server,
 * server-to-server, refresh): a webhook secret is free text GitHub never generates, so one of these is a token pasted
 * in the wrong place. Source: GitHub's "Behind GitHub's new authentication token formats" (2021) and "About
 * authentication to GitHub" (token prefixes).
 */
public final class GitHubTokens {
    public static final List<String> TOKEN_PREFIXES = List.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_");

    private GitHubTokens() {}

    /**
     * Whether {@code secret} starts like one of GitHub's tokens. A {@link Secret} answers {@link Secret#startsWith}
     * for its first 12 characters (of a secret of 24 or more; real tokens are 40 to 93), so every prefix is seen.
     */
    public static boolean looksLikeToken(Secret secret) {
        for (String prefix : TOKEN_PREFIXES) {
            if (secret.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
