package io.webhooks4j.acme;

import io.webhooks4j.Keyring;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.acme.event.Order;
import io.webhooks4j.spi.AbstractWebhookProvider;
import io.webhooks4j.spi.ProviderBuilder;
import io.webhooks4j.spi.Verification;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Acme: a provider of the test kit's own tests. */
public final class AcmeProvider extends AbstractWebhookProvider<AcmeEvent<?>, AcmeWebhookVerifier, AcmeSigner> {
    public static final String ID = "acme";

    private AcmeProvider(Keyring keyring, long maxBodyBytes) {
        super(ID, AcmeEvent.class, keyring, maxBodyBytes, new AcmeWebhookVerifier(keyring), new AcmeSigner(keyring));
    }

    public static AcmeProvider create(String... secrets) {
        return builder().secrets(secrets).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public AcmeEvent<?> parse(WebhookRequest request, Verification verification) {
        JsonNode root = WebhookJson.readTree(request.body());
        if (!root.isObject() || !root.path("type").isString()) {
            throw new WebhookParseException(Reason.MALFORMED_BODY, "Not an Acme event");
        }
        String type = root.path("type").asString();
        @Nullable String id = root.path("id").isString() ? root.path("id").asString() : null;
        if (AcmeEvents.find(type).filter(t -> t.payloadType() == Order.class).isPresent()) {
            try {
                return new AcmeEvent<>(ID, type, id, WebhookJson.convert(root.path("data"), Order.class));
            } catch (RuntimeException e) {
                throw new WebhookParseException("Not an Acme order", e);
            }
        }
        return new AcmeEvent<>(ID, type, id, root.path("data"));
    }

    /** Acme signs the body only, and its id is in the body. */
    @Override
    public @Nullable String deduplicationKey(AcmeEvent<?> event, WebhookRequest request, Verification verification) {
        return event.deliveryId();
    }

    /** Builds an {@link AcmeProvider}. */
    public static final class Builder extends ProviderBuilder<Builder, AcmeProvider> {
        Builder() {
            super("Acme secret", DEFAULT_MAX_BODY_BYTES);
        }

        @Override
        protected AcmeProvider create() {
            return new AcmeProvider(java.util.Objects.requireNonNull(keyring()), maxBodyBytes());
        }
    }
}
