package io.webhooks4j.twilio;

import io.webhooks4j.spi.ProviderDescriptor;
import io.webhooks4j.spi.ProviderSettings;
import io.webhooks4j.spi.WebhookProvider;
import io.webhooks4j.spi.WebhookProviderFactory;

/**
 * Creates {@link TwilioProvider}s from neutral settings (Spring properties, CLI flags): the keyring holds the auth
 * tokens (primary, then secondary during a rotation). Twilio signs no timestamp, so a tolerance is refused
 * ({@link IllegalArgumentException}).
 * Options {@code shared-key-id} and {@code shared-key-secret} (both or neither) turn on the public-beta
 * HMAC-SHA256 shared-key scheme.
 */
public final class TwilioProviderFactory implements WebhookProviderFactory {
    /** Option name: the id of the shared signing key. */
    public static final String SHARED_KEY_ID = "shared-key-id";
    /** Option name: the shared signing key's secret. */
    public static final String SHARED_KEY_SECRET = "shared-key-secret";

    private static final ProviderDescriptor DESCRIPTOR = ProviderDescriptor.builder(TwilioProvider.ID, "Twilio")
            .secretName(TwilioProvider.AUTH_TOKEN)
            .eventClass(TwilioEvent.class)
            .catalogue(TwilioEvents.CATALOGUE)
            .signsUrl()
            .option(
                    SHARED_KEY_ID,
                    "The id of a Webhook Setting's shared signing key (public beta, HMAC-SHA256), as"
                            + " X-Twilio-Webhooks-Signature-Settings names it; set with " + SHARED_KEY_SECRET)
            .option(SHARED_KEY_SECRET, "The secret of that shared signing key; set with " + SHARED_KEY_ID)
            .build();

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public WebhookProvider<?> build(ProviderSettings settings) {
        TwilioProvider.Builder builder = TwilioProvider.builder().settings(settings);
        String keyId = settings.option(SHARED_KEY_ID).orElse(null);
        String keySecret = settings.option(SHARED_KEY_SECRET).orElse(null);
        if ((keyId == null) != (keySecret == null)) {
            throw new IllegalArgumentException(
                    "twilio options " + SHARED_KEY_ID + " and " + SHARED_KEY_SECRET + " go together; only one is set");
        }
        if (keyId != null) {
            builder.sharedKey(keyId, keySecret);
        }
        return builder.build();
    }
}
