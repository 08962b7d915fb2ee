package io.webhooks4j.github.internal;

import io.webhooks4j.Keyring;
import io.webhooks4j.spi.Secret;
import java.util.ArrayList;
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

    /** Whether {@code secret} starts like one of GitHub's tokens. */
    public static boolean looksLikeToken(String secret) {
        for (String prefix : TOKEN_PREFIXES) {
            if (secret.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The ids of the keys of {@code keyring} whose secret ({@code secrets}, in the keyring's order) looks like a
     * GitHub token.
     */
    public static List<String> tokenShapedKeys(Keyring keyring, String... secrets) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < secrets.length; i++) {
            if (looksLikeToken(secrets[i].strip())) {
                ids.add(keyring.secrets().get(i).id());
            }
        }
        return ids;
    }

    /**
     * The ids of the keys whose secret looks like a GitHub token rather than a webhook secret. A {@link Secret} answers
     * {@link Secret#startsWith} for its first six characters only, so {@code github_pat_} is not recognised here (the
     * provider's builder checks the whole prefix when it is given the secrets as strings).
     */
    public static List<String> tokenShapedKeys(Keyring keyring) {
        List<String> ids = new ArrayList<>();
        for (Secret secret : keyring) {
            for (String prefix : TOKEN_PREFIXES) {
                if (prefix.length() <= 6 && secret.startsWith(prefix)) {
                    ids.add(secret.id());
                    break;
                }
            }
        }
        return ids;
    }
}
