package io.webhooks4j.stripe.internal;

import io.webhooks4j.spi.Secret;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the Stripe module knows about the shape of secrets. Not API. */
public final class StripeSecrets {
    /** Prefixes of Stripe API keys: secret ({@code sk_}), restricted ({@code rk_}) and publishable ({@code pk_}). */
    private static final List<String> API_KEY_PREFIXES = List.of("sk_", "rk_", "pk_");

    private StripeSecrets() {}

    /** The API-key prefix {@code secret} starts with, or {@code null}. */
    public static @Nullable String apiKeyPrefix(Secret secret) {
        for (String prefix : API_KEY_PREFIXES) {
            if (secret.startsWith(prefix)) {
                return prefix;
            }
        }
        return null;
    }

    /**
     * Refuses a secret shaped like a Stripe API key, naming its id and prefix (never its value).
     *
     * @throws IllegalArgumentException when it is one
     */
    public static void refuseApiKey(Secret secret, String secretName) {
        String prefix = apiKeyPrefix(secret);
        if (prefix != null) {
            throw new IllegalArgumentException("The " + secretName + " '" + secret.id()
                    + "' looks like a Stripe API key (" + prefix + "...), not an endpoint's signing secret"
                    + " (whsec_...): an API key never verifies a webhook. Use the signing secret shown"
                    + " for the endpoint in the Dashboard (or printed by 'stripe listen'), and rotate the"
                    + " API key if it was stored where secrets should not be; if this really is the"
                    + " signing secret, build with allowApiKeyShapedSecrets(true)");
        }
    }
}
