package io.webhooks4j.stripe;

import io.webhooks4j.spi.ProviderDescriptor;
import io.webhooks4j.spi.ProviderSettings;
import io.webhooks4j.spi.WebhookProvider;
import io.webhooks4j.spi.WebhookProviderFactory;

/**
 * Creates {@link StripeProvider}s from neutral settings (Spring properties, CLI flags). The tolerance bounds old
 * timestamps; option {@code future-tolerance} (seconds, or an ISO-8601 duration such as {@code PT5M}) bounds
 * future ones; option {@code allow-api-key-shaped-secrets} ({@code true} or {@code false}, default false) accepts
 * a secret that starts like a Stripe API key ({@link StripeProvider.Builder#allowApiKeyShapedSecrets(boolean)}).
 */
public final class StripeProviderFactory implements WebhookProviderFactory {
    /** Option name: the bound for timestamps in the future. */
    public static final String FUTURE_TOLERANCE = "future-tolerance";
    /** Option name: accept a secret shaped like a Stripe API key ({@code sk_}, {@code rk_}, {@code pk_}). */
    public static final String ALLOW_API_KEY_SHAPED_SECRETS = "allow-api-key-shaped-secrets";

    private static final ProviderDescriptor DESCRIPTOR = ProviderDescriptor.builder(StripeProvider.ID, "Stripe")
            .secretName(StripeProvider.SECRET_NAME)
            .eventClass(StripeEvent.class)
            .catalogue(StripeEvents.CATALOGUE)
            .defaultTolerance(StripeWebhookVerifier.DEFAULT_TOLERANCE)
            .option(
                    FUTURE_TOLERANCE,
                    "How far in the future a signed timestamp may be: seconds or an ISO-8601 duration (default 300"
                            + " seconds)")
            .option(
                    ALLOW_API_KEY_SHAPED_SECRETS,
                    "Accept a secret that starts like a Stripe API key (sk_, rk_, pk_): true or false (default"
                            + " false)")
            .build();

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public WebhookProvider<?> build(ProviderSettings settings) {
        StripeProvider.Builder builder = StripeProvider.builder().settings(settings);
        settings.booleanOption(id(), ALLOW_API_KEY_SHAPED_SECRETS).ifPresent(builder::allowApiKeyShapedSecrets);
        settings.durationOption(id(), FUTURE_TOLERANCE).ifPresent(builder::futureTolerance);
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().contains("allowApiKeyShapedSecrets")) {
                throw new IllegalArgumentException(
                        e.getMessage() + " (option " + ALLOW_API_KEY_SHAPED_SECRETS + "=true)", e);
            }
            throw e;
        }
    }
}
