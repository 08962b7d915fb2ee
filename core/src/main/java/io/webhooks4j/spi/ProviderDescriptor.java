package io.webhooks4j.spi;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What tools need to know about a provider without knowing its classes: the Spring starter binds {@code
 * webhooks.<id>.*} properties, writes their metadata, resolves listeners and warns about public URLs from it; the
 * CLI documents its flags from it.
 *
 * @param id the provider id ({@code stripe})
 * @param displayName the provider's name in messages ({@code Stripe})
 * @param secretName what its secret is called ({@code Stripe webhook secret})
 * @param eventClass the envelope class handlers receive
 * @param catalogue every event type it documents
 * @param signsUrl whether the signature covers the request URL (Twilio)
 * @param defaultMaxBodyBytes the default body limit
 * @param defaultTolerance the default timestamp tolerance; empty when the provider signs no timestamp
 * @param options its provider-specific options, by name, with a description each
 */
public record ProviderDescriptor(
        String id,
        String displayName,
        String secretName,
        Class<?> eventClass,
        EventCatalogue catalogue,
        boolean signsUrl,
        long defaultMaxBodyBytes,
        Optional<Duration> defaultTolerance,
        Map<String, String> options) {
    public ProviderDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(secretName, "secretName");
        Objects.requireNonNull(eventClass, "eventClass");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(defaultTolerance, "defaultTolerance");
        options = Map.copyOf(options);
        if (!catalogue.provider().equals(id)) {
            throw new IllegalArgumentException("the catalogue is " + catalogue.provider() + "'s, not " + id + "'s");
        }
    }

    /** True when the provider signs a timestamp, so a tolerance setting means something. */
    public boolean signsTimestamp() {
        return defaultTolerance.isPresent();
    }
}
