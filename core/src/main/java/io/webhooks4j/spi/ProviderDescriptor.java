package io.webhooks4j.spi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What tools need to know about a provider without knowing its classes: the Spring starter binds {@code
 * webhooks.<id>.*} properties, writes their metadata, resolves listeners and warns about public URLs from it; the
 * CLI documents its flags from it. Built with {@link #builder(String, String)}:
 *
 * <pre>{@code
 * ProviderDescriptor.builder("acme", "Acme")
 *     .secretName("Acme signing secret")
 *     .eventClass(AcmeEvent.class)
 *     .catalogue(AcmeEvents.CATALOGUE)
 *     .defaultTolerance(Duration.ofMinutes(5)) // only when a timestamp is signed
 *     .option("region", "The region the sender signs for (default eu)")
 *     .build();
 * }</pre>
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

    /**
     * A descriptor for provider {@code id}, named {@code displayName} in messages; by default it signs no URL and no
     * timestamp, has no options and the {@linkplain WebhookProvider#DEFAULT_MAX_BODY_BYTES default body limit}.
     */
    public static Builder builder(String id, String displayName) {
        return new Builder(id, displayName);
    }

    /** Builds a {@link ProviderDescriptor}: {@link #secretName}, {@link #eventClass} and {@link #catalogue} are required. */
    public static final class Builder {
        private final String id;
        private final String displayName;
        private @Nullable String secretName;
        private @Nullable Class<?> eventClass;
        private @Nullable EventCatalogue catalogue;
        private boolean signsUrl;
        private long defaultMaxBodyBytes = WebhookProvider.DEFAULT_MAX_BODY_BYTES;
        private @Nullable Duration defaultTolerance;
        private final Map<String, String> options = new LinkedHashMap<>();

        private Builder(String id, String displayName) {
            this.id = Objects.requireNonNull(id, "id");
            this.displayName = Objects.requireNonNull(displayName, "displayName");
        }

        /** What the provider's secret is called in messages ({@code Stripe webhook secret}). */
        public Builder secretName(String secretName) {
            this.secretName = Objects.requireNonNull(secretName, "secretName");
            return this;
        }

        /** The envelope class handlers receive. */
        public Builder eventClass(Class<?> eventClass) {
            this.eventClass = Objects.requireNonNull(eventClass, "eventClass");
            return this;
        }

        /** Every event type the provider documents. */
        public Builder catalogue(EventCatalogue catalogue) {
            this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
            return this;
        }

        /** The signature covers the request URL (Twilio), so the receiver must know its public URL. */
        public Builder signsUrl() {
            this.signsUrl = true;
            return this;
        }

        /** The default body limit, when it is not {@link WebhookProvider#DEFAULT_MAX_BODY_BYTES}. */
        public Builder defaultMaxBodyBytes(long defaultMaxBodyBytes) {
            if (defaultMaxBodyBytes <= 0) {
                throw new IllegalArgumentException("defaultMaxBodyBytes must be positive: " + defaultMaxBodyBytes);
            }
            this.defaultMaxBodyBytes = defaultMaxBodyBytes;
            return this;
        }

        /** The provider signs a timestamp, and this is its default tolerance for old ones. */
        public Builder defaultTolerance(Duration defaultTolerance) {
            this.defaultTolerance = Objects.requireNonNull(defaultTolerance, "defaultTolerance");
            return this;
        }

        /** A provider-specific option, with the description tools show for it. */
        public Builder option(String name, String description) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
            if (options.putIfAbsent(name, description) != null) {
                throw new IllegalArgumentException("option '" + name + "' is described twice");
            }
            return this;
        }

        /**
         * The descriptor.
         *
         * @throws IllegalStateException naming what is missing (secret name, event class, catalogue)
         * @throws IllegalArgumentException when the catalogue is another provider's
         */
        public ProviderDescriptor build() {
            List<String> missing = new ArrayList<>();
            if (secretName == null) {
                missing.add("secretName");
            }
            if (eventClass == null) {
                missing.add("eventClass");
            }
            if (catalogue == null) {
                missing.add("catalogue");
            }
            if (secretName == null || eventClass == null || catalogue == null) {
                throw new IllegalStateException("The descriptor of '" + id + "' lacks " + String.join(", ", missing));
            }
            return new ProviderDescriptor(
                    id,
                    displayName,
                    secretName,
                    eventClass,
                    catalogue,
                    signsUrl,
                    defaultMaxBodyBytes,
                    Optional.ofNullable(defaultTolerance),
                    options);
        }
    }
}
