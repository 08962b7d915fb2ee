package io.webhooks4j.test;

import io.webhooks4j.Headers;
import io.webhooks4j.Keyring;
import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.spi.ProviderSettings;
import io.webhooks4j.spi.WebhookProvider;
import io.webhooks4j.spi.WebhookProviderFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Correctly signed deliveries for tests, for every provider on the class path:
 *
 * <pre>{@code
 * WebhookRequest delivery = TestDeliveries.provider("stripe")
 *     .secrets("whsec_test")
 *     .fixture("invoice.paid")
 *     .build();
 * assertThat(webhooks.handle("stripe", delivery).status()).isEqualTo(200);
 * }</pre>
 *
 * Overrides: {@link Builder#signedAt(Instant)} (too old / too new), several {@link Builder#secrets} (rotation:
 * providers that send several signatures sign with each), {@link Builder#tampered()} (a byte of the body changed
 * after signing), your own {@link Builder#body} and {@link Builder#header}s. {@link #headerMap(WebhookRequest)}
 * gives the headers for MockMvc or any HTTP client.
 */
public final class TestDeliveries {
    private TestDeliveries() {}

    /** Starts a delivery for provider {@code id} ({@code stripe}, {@code github}, ...). */
    public static Builder provider(String id) {
        Map<String, WebhookProviderFactory> factories =
                WebhookProviderFactory.discover(TestDeliveries.class.getClassLoader());
        WebhookProviderFactory factory = factories.get(id);
        if (factory == null) {
            throw new IllegalArgumentException("No provider '" + id + "' on the class path; found " + factories.keySet()
                    + ". Add the webhooks4j-" + id + " dependency.");
        }
        return new Builder(factory);
    }

    /** The request's headers as a single-valued map (values of repeated headers joined with ", "). */
    public static Map<String, String> headerMap(WebhookRequest request) {
        Map<String, String> out = new LinkedHashMap<>();
        request.headers().asMap().forEach((name, values) -> out.put(name, String.join(", ", values)));
        return out;
    }

    /**
     * The Content-Type a provider sends when none is given: the media type of its built-in fixtures (Twilio posts
     * form-encoded parameters; a JSON body to Twilio is signed in its {@code bodySHA256} mode, and only when the
     * Content-Type says JSON), {@code application/json} for a provider without fixtures.
     */
    public static String defaultContentType(String providerId) {
        for (Fixture fixture : Fixtures.of(providerId)) {
            Optional<String> type = fixture.headers().first("Content-Type");
            if (type.isPresent()) {
                return type.get().split(";", 2)[0].trim();
            }
        }
        return "application/json";
    }

    /** Builds one signed delivery. */
    public static final class Builder {
        private final WebhookProviderFactory factory;
        private List<String> secrets = List.of();
        private Instant signedAt;
        private String url;
        private RawBody body;
        private final Headers.Builder headers = Headers.builder();
        private final Map<String, String> options = new LinkedHashMap<>();
        private boolean tampered;

        private Builder(WebhookProviderFactory factory) {
            this.factory = factory;
        }

        /** The secrets to sign with, as the provider's dashboard shows them (several: a rotation). */
        public Builder secrets(String... secrets) {
            this.secrets = List.of(secrets);
            return this;
        }

        /** The time of signing (default: now). */
        public Builder signedAt(Instant instant) {
            this.signedAt = Objects.requireNonNull(instant, "instant");
            return this;
        }

        /** The public URL the delivery is sent to (Twilio signs it); default {@code https://example.com/webhooks/<id>}. */
        public Builder url(String url) {
            this.url = Objects.requireNonNull(url, "url");
            return this;
        }

        /** Starts from a built-in fixture: its body and headers. */
        public Builder fixture(String name) {
            Fixture fixture = Fixtures.get(factory.id(), name);
            this.body = fixture.body();
            fixture.headers().asMap().forEach((n, values) -> {
                headers.remove(n);
                values.forEach(v -> headers.add(n, v));
            });
            return this;
        }

        public Builder body(byte[] body) {
            this.body = RawBody.of(body);
            return this;
        }

        public Builder body(String utf8) {
            this.body = RawBody.of(utf8.getBytes(StandardCharsets.UTF_8));
            return this;
        }

        /** Sets a header (replacing earlier values). */
        public Builder header(String name, String value) {
            headers.set(name, value);
            return this;
        }

        /** A provider option (as in {@link ProviderSettings#options()}). */
        public Builder option(String name, String value) {
            options.put(name, value);
            return this;
        }

        /** Changes one byte of the body after signing: the delivery must then be rejected. */
        public Builder tampered() {
            this.tampered = true;
            return this;
        }

        /** The provider these settings describe (to verify with in tests). */
        public WebhookProvider<?> providerInstance() {
            if (secrets.isEmpty()) {
                throw new IllegalStateException("secrets(...) is required");
            }
            Clock clock = signedAt == null ? Clock.systemUTC() : Clock.fixed(signedAt, ZoneOffset.UTC);
            return factory.create(
                    ProviderSettings.of(Keyring.of(secrets)).withClock(clock).withOptions(options));
        }

        /** The signed delivery. */
        public WebhookRequest build() {
            if (body == null) {
                throw new IllegalStateException("fixture(...) or body(...) is required");
            }
            Headers built = headers.build();
            WebhookRequest.Builder unsigned = WebhookRequest.builder()
                    .url(url != null ? url : "https://example.com/webhooks/" + factory.id())
                    .headers(built)
                    .body(body);
            if (!built.contains("Content-Type")) {
                unsigned.header("Content-Type", defaultContentType(factory.id()));
            }
            WebhookRequest signed = providerInstance().sign(unsigned.build());
            if (!tampered) {
                return signed;
            }
            byte[] bytes = signed.body().toByteArray();
            if (bytes.length == 0) {
                return signed.toBuilder().body("x").build();
            }
            int i = bytes.length / 2;
            bytes[i] = (byte) (bytes[i] == '1' ? '2' : '1');
            return signed.toBuilder().body(bytes).build();
        }

        /** Secrets are not shown. */
        @Override
        public String toString() {
            return "TestDeliveries.Builder[" + factory.id() + ", "
                    + new ArrayList<>(headers.build().names()) + "]";
        }
    }
}
