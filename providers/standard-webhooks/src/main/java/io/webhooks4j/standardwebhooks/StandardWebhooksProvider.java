package io.webhooks4j.standardwebhooks;

import io.webhooks4j.Keyring;
import io.webhooks4j.Verification;
import io.webhooks4j.WebhookProvider;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.standardwebhooks.StandardWebhooksHeaders.Family;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Standard Webhooks (https://www.standardwebhooks.com), the scheme of OpenAI, Anthropic, Clerk, Resend and every
 * sender that delivers through Svix: verifies {@code webhook-signature} or {@code svix-signature} ({@link
 * StandardWebhooksVerifier}), parses the event into a {@link StandardWebhookEvent} typed by the key a handler
 * registered with ({@link OpenAiEvents}, {@link AnthropicEvents}, or your own from {@link StandardWebhookEvents}),
 * de-duplicates by the signed {@code webhook-id}, and signs test deliveries ({@link StandardWebhooksSigner}).
 *
 * <p>The provider id is configurable, so several senders run side by side, each under its own id with its own
 * keys:
 *
 * <pre>{@code
 * Webhooks webhooks = Webhooks.builder()
 *     .provider(StandardWebhooksProvider.openAi(System.getenv("OPENAI_WEBHOOK_SECRET")))          // id "openai"
 *     .provider(StandardWebhooksProvider.builder().id("clerk").keys(System.getenv("CLERK_WEBHOOK_SECRET")).build())
 *     .on(OpenAiEvents.BATCH_COMPLETED, e -> batches.collect(e.data().id()))
 *     .on(ClerkEvents.USER_CREATED, e -> users.created(e.data()))   // your StandardWebhookEvents.of("clerk", ...)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class StandardWebhooksProvider implements WebhookProvider<StandardWebhookEvent<?>> {
    /** The default provider id: {@code standard-webhooks}. */
    public static final String DEFAULT_ID = "standard-webhooks";

    private final String id;
    private final StandardWebhooksVerifier verifier;
    private final long maxBodyBytes;

    private StandardWebhooksProvider(String id, StandardWebhooksVerifier verifier, long maxBodyBytes) {
        this.id = id;
        this.verifier = verifier;
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * A provider with id {@value #DEFAULT_ID} for the sender's keys ({@code whsec_...}; {@code whpk_...} for
     * Ed25519), with the default settings.
     *
     * @throws IllegalArgumentException naming the key when none is given, one is null (an unset environment
     *     variable) or blank, or one cannot be read as a key
     */
    public static StandardWebhooksProvider create(String... keys) {
        return builder().keys(keys).build();
    }

    /** A provider with id {@value OpenAiEvents#PROVIDER_ID} for OpenAI's webhook secret(s), for {@link OpenAiEvents}. */
    public static StandardWebhooksProvider openAi(String... keys) {
        return builder().id(OpenAiEvents.PROVIDER_ID).keys(keys).build();
    }

    /**
     * A provider with id {@value AnthropicEvents#PROVIDER_ID} for Anthropic's webhook signing key(s), for {@link
     * AnthropicEvents}.
     */
    public static StandardWebhooksProvider anthropic(String... keys) {
        return builder().id(AnthropicEvents.PROVIDER_ID).keys(keys).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    /** The verifier this provider uses. */
    public StandardWebhooksVerifier verifier() {
        return verifier;
    }

    /**
     * A signer with this provider's signing keys.
     *
     * @throws IllegalStateException when every key is a {@code whpk_} public key, which cannot sign
     */
    public StandardWebhooksSigner signer() {
        try {
            return StandardWebhooksSigner.of(verifier);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Provider '" + id + "' cannot sign: " + e.getMessage(), e);
        }
    }

    @Override
    public Verification verify(WebhookRequest request) {
        return verifier.verify(request);
    }

    @Override
    public StandardWebhookEvent<?> parse(WebhookRequest request, Verification verification) {
        Family family = Family.of(request.headers());
        String messageId = request.header(family.id()).map(String::strip).orElse("");
        return StandardWebhookEventParser.parse(id, messageId, verification.signedAt(), request.body());
    }

    /** The ids of the keyring's keys. */
    @Override
    public List<String> keyIds() {
        return verifier.keyIds();
    }

    /**
     * The message id, {@code webhook-id}: the specification makes it the same on every retry of a message and puts
     * it inside the signed content ({@code "<id>.<timestamp>.<body>"}), so it cannot be changed without the
     * sender's key. A captured delivery replayed within the tolerance, or with a fresh timestamp it cannot sign, is
     * the same id or no delivery at all. It is not combined with the key id (as {@code DeliveryKeys} would): a
     * sender's retry after a secret rotation is signed with another key and must still be recognised. Senders
     * configured side by side use separate provider ids, and the ledger keeps each provider's keys apart.
     */
    @Override
    public String deduplicationKey(StandardWebhookEvent<?> event, WebhookRequest request, Verification verification) {
        return event.messageId();
    }

    /**
     * Signs with every signing key of the keyring at the time of this provider's clock.
     *
     * @throws IllegalStateException when every key is a {@code whpk_} public key, which cannot sign
     */
    @Override
    public WebhookRequest sign(WebhookRequest unsigned) {
        return signer().sign(unsigned, verifier.clock().instant());
    }

    @Override
    public Class<?> eventClass() {
        return StandardWebhookEvent.class;
    }

    /** Id, key ids and settings only. */
    @Override
    public String toString() {
        return "StandardWebhooksProvider[" + id + ", keys " + verifier.keys() + ", tolerance " + verifier.tolerance()
                + ", future " + verifier.futureTolerance() + ", maxBodyBytes " + maxBodyBytes + "]";
    }

    /** What a sender's keys are called in messages about a missing or unreadable one. */
    static String describeKeys(String id) {
        return switch (id) {
            case OpenAiEvents.PROVIDER_ID -> "OpenAI webhook secret";
            case AnthropicEvents.PROVIDER_ID -> "Anthropic webhook signing key";
            case DEFAULT_ID -> StandardWebhooksVerifier.DEFAULT_WHAT;
            default -> "Standard Webhooks secret of '" + id + "'";
        };
    }

    /** Builds a {@link StandardWebhooksProvider}; the keys are required. */
    public static final class Builder {
        private String id = DEFAULT_ID;
        private final List<Consumer<StandardWebhooksVerifier.Builder>> keys = new ArrayList<>();
        private Clock clock = Clock.systemUTC();
        private Duration tolerance = StandardWebhooksVerifier.DEFAULT_TOLERANCE;
        private Duration futureTolerance = StandardWebhooksVerifier.DEFAULT_FUTURE_TOLERANCE;
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;

        private Builder() {}

        /**
         * The provider id: the route segment ({@code /webhooks/openai}), the ledger's partition, the provider of
         * the keys handlers use. 1 to 63 lower-case letters, digits, {@code -} and {@code _}; default {@value
         * #DEFAULT_ID}.
         */
        public Builder id(String id) {
            this.id = StandardWebhookEvents.requireProviderId(id);
            return this;
        }

        /**
         * The sender's keys, replacing any set before: {@code whsec_...} secrets, {@code whpk_...} public keys,
         * {@code whsk_...} secret keys; ids {@code key-1}, {@code key-2}... Checked by {@link #build()}.
         */
        public Builder keys(String... keys) {
            String[] copy = keys == null ? null : keys.clone();
            this.keys.clear();
            this.keys.add(b -> b.keys(copy));
            return this;
        }

        /** As {@link #keys(String...)}. */
        public Builder keys(List<String> keys) {
            return keys(keys == null ? null : keys.toArray(String[]::new));
        }

        /** Adds one key with an id of your choice, after those set before. */
        public Builder key(String keyId, String key) {
            this.keys.add(b -> b.key(keyId, key));
            return this;
        }

        /** The keys of a core {@link Keyring}, with its ids, replacing any set before. */
        public Builder keyring(Keyring keyring) {
            Objects.requireNonNull(keyring, "keyring");
            this.keys.clear();
            this.keys.add(b -> b.keyring(keyring));
            return this;
        }

        /** How old a signed timestamp may be; positive; default 5 minutes. */
        public Builder tolerance(Duration tolerance) {
            this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
            return this;
        }

        /** How far in the future a signed timestamp may be; zero or more; default 5 minutes. */
        public Builder futureTolerance(Duration futureTolerance) {
            this.futureTolerance = Objects.requireNonNull(futureTolerance, "futureTolerance");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The largest body accepted, in bytes; default 1 MiB. */
        public Builder maxBodyBytes(long maxBodyBytes) {
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        /**
         * @throws IllegalArgumentException naming the key when none is given, one is null or blank, or one cannot be
         *     read as a key
         */
        public StandardWebhooksProvider build() {
            if (maxBodyBytes <= 0) {
                throw new IllegalStateException("maxBodyBytes must be positive, was " + maxBodyBytes);
            }
            StandardWebhooksVerifier.Builder verifier = StandardWebhooksVerifier.builder()
                    .describedAs(describeKeys(id))
                    .clock(clock)
                    .tolerance(tolerance)
                    .futureTolerance(futureTolerance);
            if (keys.isEmpty()) {
                verifier.keys(); // refused with a message naming what is missing
            }
            keys.forEach(k -> k.accept(verifier));
            // The catalogues declare their payload types when their class is loaded: load them for their ids, so
            // the parser knows them even before a handler touched a key.
            if (id.equals(OpenAiEvents.PROVIDER_ID)) {
                OpenAiEvents.all();
            } else if (id.equals(AnthropicEvents.PROVIDER_ID)) {
                AnthropicEvents.all();
            }
            return new StandardWebhooksProvider(id, verifier.build(), maxBodyBytes);
        }
    }
}
