package io.webhooks4j.cli;

import io.webhooks4j.Headers;
import io.webhooks4j.Keyring;
import io.webhooks4j.spi.ProviderSettings;
import io.webhooks4j.RawBody;
import io.webhooks4j.spi.WebhookProvider;
import io.webhooks4j.spi.WebhookProviderFactory;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.test.Fixture;
import io.webhooks4j.test.Fixtures;
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
import picocli.CommandLine.Option;

/** Options shared by the commands that build a delivery. */
final class DeliveryOptions {
    @Option(names = "--provider", required = true, description = "stripe, github, twilio, pagerduty or shopify")
    String provider;

    @Option(names = "--header", description = "an extra header, 'Name: value' (repeatable)")
    List<String> headers = new ArrayList<>();

    @Option(names = "--url", description = "the public URL the delivery is sent to (Twilio signs it)")
    String url;

    @Option(names = "--body-file", description = "the body, byte for byte")
    Path bodyFile;

    @Option(names = "--option", description = "a provider option, name=value (repeatable)")
    Map<String, String> options = new java.util.LinkedHashMap<>();

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
            throw new Main.UsageException("--secret is required");
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

    /** The request: fixture or body file, then the --header lines on top. */
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
        Headers built = h.build();
        WebhookRequest.Builder request = WebhookRequest.builder()
                .url(url != null ? url : "https://example.com/webhooks/" + provider)
                .headers(built)
                .body(body);
        if (!built.contains("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        return request.build();
    }
}
