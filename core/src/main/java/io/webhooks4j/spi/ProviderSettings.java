package io.webhooks4j.spi;

import io.webhooks4j.Keyring;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Provider settings in a provider-neutral form, for tools that configure providers by id (the Spring starter
 * from properties, the CLI from flags) through {@link WebhookProviderFactory}.
 *
 * @param keyring the secrets
 * @param clock the clock verifiers and signers use
 * @param tolerance the timestamp tolerance, where the provider signs one; empty for its default
 * @param maxBodyBytes the body limit; empty for the provider's default
 * @param options provider-specific options by name (documented in each provider's README)
 */
public record ProviderSettings(
        Keyring keyring,
        Clock clock,
        Optional<Duration> tolerance,
        OptionalLong maxBodyBytes,
        Map<String, String> options) {
    public ProviderSettings {
        Objects.requireNonNull(keyring, "keyring");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(maxBodyBytes, "maxBodyBytes");
        options = Map.copyOf(Objects.requireNonNull(options, "options"));
    }

    /** Settings with the given keyring and every default. */
    public static ProviderSettings of(Keyring keyring) {
        return new ProviderSettings(keyring, Clock.systemUTC(), Optional.empty(), OptionalLong.empty(), Map.of());
    }

    public ProviderSettings withClock(Clock clock) {
        return new ProviderSettings(keyring, clock, tolerance, maxBodyBytes, options);
    }

    public ProviderSettings withTolerance(Duration tolerance) {
        return new ProviderSettings(keyring, clock, Optional.ofNullable(tolerance), maxBodyBytes, options);
    }

    public ProviderSettings withMaxBodyBytes(long maxBodyBytes) {
        return new ProviderSettings(keyring, clock, tolerance, OptionalLong.of(maxBodyBytes), options);
    }

    public ProviderSettings withOptions(Map<String, String> options) {
        return new ProviderSettings(keyring, clock, tolerance, maxBodyBytes, options);
    }

    /** The option {@code name}, if set. */
    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /**
     * Refuses any option {@code descriptor} does not list (its {@link ProviderDescriptor#options()}, the one list of
     * a provider's options), naming the unknown ones and the known ones in alphabetical order. Called by {@link
     * WebhookProviderFactory#create} before the factory builds, so no factory calls it itself.
     *
     * @throws IllegalArgumentException when an option is not the provider's
     */
    void requireOnlyOptions(ProviderDescriptor descriptor) {
        java.util.Set<String> known =
                new java.util.TreeSet<>(descriptor.options().keySet());
        java.util.Set<String> unknown = new java.util.TreeSet<>(options.keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(
                    (known.isEmpty() ? descriptor.id() + " has no options" : descriptor.id() + " options are " + known)
                            + "; unknown: " + unknown);
        }
    }

    /**
     * The boolean option {@code name}, if set.
     *
     * @throws IllegalArgumentException when it is set to anything but {@code true} or {@code false}
     */
    public Optional<Boolean> booleanOption(String provider, String name) {
        return option(name).map(value -> {
            if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                throw new IllegalArgumentException(
                        provider + " option " + name + " must be true or false, was '" + value + "'");
            }
            return Boolean.parseBoolean(value);
        });
    }

    /**
     * The duration option {@code name}, if set: whole seconds ({@code 300}) or an ISO-8601 duration ({@code PT5M}).
     *
     * @throws IllegalArgumentException naming the option when the value is neither, or negative
     */
    public Optional<Duration> durationOption(String provider, String name) {
        return option(name).map(value -> {
            Duration duration;
            try {
                duration = value.startsWith("P") || value.startsWith("p")
                        ? Duration.parse(value)
                        : Duration.ofSeconds(Long.parseLong(value.trim()));
            } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException(
                        provider + " option " + name + " must be seconds or an ISO-8601 duration, was '" + value + "'");
            }
            if (duration.isNegative()) {
                throw new IllegalArgumentException(
                        provider + " option " + name + " must not be negative, was '" + value + "'");
            }
            return duration;
        });
    }

    /** Ids only. */
    @Override
    public String toString() {
        return "ProviderSettings[" + keyring + ", tolerance="
                + tolerance.map(Duration::toString).orElse("default")
                + ", maxBodyBytes=" + (maxBodyBytes.isPresent() ? maxBodyBytes.getAsLong() : "default")
                + ", options=" + options.keySet() + "]";
    }
}
