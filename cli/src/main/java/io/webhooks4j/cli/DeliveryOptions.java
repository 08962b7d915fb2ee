package io.webhooks4j.cli;

import io.webhooks4j.Headers;
import io.webhooks4j.Keyring;
import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.spi.ProviderSettings;
import io.webhooks4j.spi.WebhookProvider;
import io.webhooks4j.spi.WebhookProviderFactory;
import io.webhooks4j.test.Fixture;
import io.webhooks4j.test.Fixtures;
import io.webhooks4j.test.TestDeliveries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options shared by the commands that build a delivery. */
final class DeliveryOptions {
    @Option(
            names = "--provider",
            required = true,
            completionCandidates = ProviderIds.class,
            description = "the provider, one of those on the class path: ${COMPLETION-CANDIDATES}")
    String provider;

    @Option(names = "--header", description = "an extra header, 'Name: value' (repeatable)")
    List<String> headers = new ArrayList<>();

    @Option(
            names = "--url",
            description = "the public URL the delivery is sent to (required where the provider signs it)")
    String url;

    @Option(names = "--body-file", description = "the body, byte for byte")
    Path bodyFile;

    @Option(names = "--option", description = "a provider option, name=value (repeatable)")
    Map<String, String> options = new java.util.LinkedHashMap<>();

    @Option(
            names = "--content-type",
            paramLabel = "TYPE",
            description = "the body's Content-Type (default: the fixture's or --header's, else the one the"
                    + " provider sends: that of its fixtures, application/x-www-form-urlencoded for a provider that"
                    + " posts forms, application/json for the others)")
    String contentType;

    @Option(
            names = "--event",
            paramLabel = "TYPE",
            description = "the event type, for a provider that sends it in a header rather than in the body"
                    + " (the header its fixtures carry it in, e.g. push or orders/create)")
    String event;

    /** The ids of the providers on the class path, for {@code --provider}'s help and completion. */
    static final class ProviderIds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return WebhookProviderFactory.discover(DeliveryOptions.class.getClassLoader())
                    .keySet()
                    .iterator();
        }
    }

    /**
     * The header that carries the event type, for a provider that sends it outside the body: the header whose
     * value, in every one of the provider's fixtures, is the fixture's event type (or that type without its
     * action: {@code push}, {@code pull_request} for {@code pull_request.opened}, {@code orders/create}).
     */
    static Optional<String> eventHeader(String provider) {
        List<Fixture> fixtures = Fixtures.of(provider);
        if (fixtures.isEmpty()) {
            return Optional.empty();
        }
        candidates:
        for (String name : fixtures.get(0).headers().names()) {
            if (name.equalsIgnoreCase("Content-Type")) {
                continue;
            }
            for (Fixture fixture : fixtures) {
                Optional<String> value = fixture.headers().first(name);
                if (value.isEmpty()
                        || !(fixture.name().equals(value.get())
                                || fixture.name().startsWith(value.get() + "."))) {
                    continue candidates;
                }
            }
            return Optional.of(name);
        }
        return Optional.empty();
    }

    /** The provider's name in messages, from its descriptor. */
    String displayName() {
        return factory().descriptor().displayName();
    }

    /** The discovered providers that send the event type in a header. */
    static List<String> eventHeaderProviders() {
        List<String> ids = new ArrayList<>();
        new ProviderIds().forEach(id -> eventHeader(id).ifPresent(h -> ids.add(id)));
        return ids;
    }

    WebhookProviderFactory factory() {
        Map<String, WebhookProviderFactory> factories =
                WebhookProviderFactory.discover(DeliveryOptions.class.getClassLoader());
        WebhookProviderFactory factory = factories.get(provider);
        if (factory == null) {
            throw new Main.UsageException("Unknown provider '" + provider + "'; known: " + factories.keySet());
        }
        return factory;
    }

    WebhookProvider<?> providerInstance(List<String> secrets, Clock clock, Duration tolerance) {
        if (secrets == null || secrets.isEmpty()) {
            throw new Main.UsageException(
                    "A signing secret is required: --secret-env NAME, --secret-file PATH or --secret VALUE");
        }
        ProviderSettings settings =
                ProviderSettings.of(Keyring.of(secrets)).withClock(clock).withOptions(options);
        if (tolerance != null) {
            settings = settings.withTolerance(tolerance);
        }
        try {
            return factory().create(settings);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException(e.getMessage());
        }
    }

    static Clock clockAt(Long epochSeconds) {
        return epochSeconds == null
                ? Clock.systemUTC()
                : Clock.fixed(Instant.ofEpochSecond(epochSeconds), ZoneOffset.UTC);
    }

    /**
     * The request to sign and send: as {@link #request(String)}, and the provider's event-type header must be
     * there (from the fixture, {@code --event} or {@code --header}), as the provider always sends it.
     */
    WebhookRequest outgoingRequest(String fixtureName) {
        WebhookRequest request = request(fixtureName);
        Optional<String> header = eventHeader(provider);
        if (header.isPresent() && request.header(header.get()).isEmpty()) {
            throw new Main.UsageException(header.get() + " is missing: give --event TYPE (or --header '" + header.get()
                    + ": TYPE', or a --fixture); " + provider + " sends the event type in that header");
        }
        return request;
    }

    /**
     * The request: fixture or body file, then the --header lines, --event and --content-type on top; the
     * provider's usual Content-Type when none was given.
     */
    WebhookRequest request(String fixtureName) {
        Headers.Builder h = Headers.builder();
        RawBody body;
        if (fixtureName != null && bodyFile != null) {
            throw new Main.UsageException("Give --fixture or --body-file, not both");
        }
        if (fixtureName != null) {
            Fixture fixture;
            try {
                fixture = Fixtures.get(provider, fixtureName);
            } catch (IllegalArgumentException e) {
                throw new Main.UsageException(e.getMessage());
            }
            fixture.headers().asMap().forEach((n, values) -> values.forEach(v -> h.add(n, v)));
            body = fixture.body();
        } else if (bodyFile != null) {
            try {
                body = RawBody.of(Files.readAllBytes(bodyFile));
            } catch (IOException e) {
                throw new Main.UsageException("Cannot read --body-file " + bodyFile + ": " + e.getMessage());
            }
        } else {
            throw new Main.UsageException("Give --body-file or --fixture");
        }
        for (String line : headers) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new Main.UsageException("--header must be 'Name: value', was: " + line);
            }
            h.set(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
        if (event != null) {
            Optional<String> header = eventHeader(provider);
            if (header.isEmpty()) {
                throw new Main.UsageException("--event is for providers that send the event type in a header ("
                        + eventHeaderProviders() + "); " + provider + " carries the event type in the body");
            }
            h.set(header.get(), event);
        }
        if (contentType != null) {
            h.set("Content-Type", contentType);
        } else if (!h.build().contains("Content-Type")) {
            h.set("Content-Type", TestDeliveries.defaultContentType(provider));
        }
        return WebhookRequest.builder()
                .url(url != null ? url : "https://example.com/webhooks/" + provider)
                .headers(h.build())
                .body(body)
                .build();
    }
}
