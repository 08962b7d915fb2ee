package io.webhooks4j.twilio;

import io.webhooks4j.EventType;
import io.webhooks4j.spi.ProviderSettings;
import io.webhooks4j.spi.WebhookProvider;
import io.webhooks4j.spi.WebhookProviderFactory;
import java.util.List;

/**
 * Creates {@link TwilioProvider}s from neutral settings (Spring properties, CLI flags): the keyring holds the auth
 * tokens (primary, then secondary during a rotation). Twilio signs no timestamp, so a tolerance is ignored.
 * Options {@code shared-key-id} and {@code shared-key-secret} (both or neither) turn on the public-beta
 * HMAC-SHA256 shared-key scheme.
 */
public final class TwilioProviderFactory implements WebhookProviderFactory {
    /** Option name: the id of the shared signing key. */
    public static final String SHARED_KEY_ID = "shared-key-id";
    /** Option name: the shared signing key's secret. */
    public static final String SHARED_KEY_SECRET = "shared-key-secret";

    @Override
    public String id() {
        return TwilioProvider.ID;
    }

    @Override
    public WebhookProvider<?> create(ProviderSettings settings) {
        settings.requireOnlyOptions(id(), SHARED_KEY_ID, SHARED_KEY_SECRET);
        TwilioProvider.Builder builder = TwilioProvider.builder().keyring(settings.keyring());
        String keyId = settings.option(SHARED_KEY_ID).orElse(null);
        String keySecret = settings.option(SHARED_KEY_SECRET).orElse(null);
        if ((keyId == null) != (keySecret == null)) {
            throw new IllegalArgumentException(
                    "twilio options " + SHARED_KEY_ID + " and " + SHARED_KEY_SECRET + " go together; only one is set");
        }
        if (keyId != null) {
            builder.sharedKey(keyId, keySecret);
        }
        settings.maxBodyBytes().ifPresent(builder::maxBodyBytes);
        return builder.build();
    }

    @Override
    public List<EventType<?>> eventTypes() {
        return EventType.declaredIn(TwilioEvents.class);
    }
}
