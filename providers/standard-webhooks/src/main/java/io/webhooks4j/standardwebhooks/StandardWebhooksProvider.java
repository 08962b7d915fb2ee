package io.webhooks4j.standardwebhooks;

import io.webhooks4j.Keyring;
import io.webhooks4j.WebhookReply;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.spi.AbstractWebhookProvider;
import io.webhooks4j.spi.Secret;
import io.webhooks4j.spi.TimestampedProviderBuilder;
import io.webhooks4j.spi.Verification;
import io.webhooks4j.standardwebhooks.internal.HeaderFamily;
import io.webhooks4j.standardwebhooks.internal.KeyringSecrets;
import io.webhooks4j.standardwebhooks.internal.StandardWebhookEventParser;
import io.webhooks4j.standardwebhooks.internal.StandardWebhooksKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
 *     .provider(StandardWebhooksProvider.builder("clerk").secrets(System.getenv("CLERK_WEBHOOK_SECRET")).build())
 *     .on(OpenAiEvents.BATCH_COMPLETED, e -> batches.collect(e.data().id()))
 *     .on(ClerkEvents.USER_CREATED, e -> users.created(e.data()))   // your StandardWebhookEvents.of("clerk", ...)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class StandardWebhooksProvider
        extends AbstractWebhookProvider<StandardWebhookEvent<?>, StandardWebhooksVerifier, StandardWebhooksSigner> {
    /** The default provider id: {@code standard-webhooks}. */
    public static final String DEFAULT_ID = "standard-webhooks";

    private StandardWebhooksProvider(
            String id,
            Keyring keyring,
            long maxBodyBytes,
            StandardWebhooksVerifier verifier,
            StandardWebhooksSigner signer) {
        super(id, StandardWebhookEvent.class, keyring, maxBodyBytes, verifier, signer);
    }

    /**
     * A provider with id {@value #DEFAULT_ID} for the sender's keys ({@code whsec_...}; {@code whpk_...} for
     * Ed25519), with the default settings.
     *
     * @throws IllegalArgumentException naming the key when none is given, one is null (an unset environment
     *     variable) or blank, or one cannot be read as a key
     */
    public static StandardWebhooksProvider create(String... keys) {
        return builder().secrets(keys).build();
    }

    /** A provider with id {@value OpenAiEvents#PROVIDER_ID} for OpenAI's webhook secret(s), for {@link OpenAiEvents}. */
    public static StandardWebhooksProvider openAi(String... keys) {
        return builder(OpenAiEvents.PROVIDER_ID).secrets(keys).build();
    }

    /**
     * A provider with id {@value AnthropicEvents#PROVIDER_ID} for Anthropic's webhook signing key(s), for {@link
     * AnthropicEvents}.
     */
    public static StandardWebhooksProvider anthropic(String... keys) {
        return builder(AnthropicEvents.PROVIDER_ID).secrets(keys).build();
    }

    /**
     * The reply that stops a Svix sender's retries of this message: 422 with {@code webhook-delivery:
     * abort-message} (Svix honours the header on a failed attempt only, so the status is not 2xx). Return it from an
     * {@code onReply} handler that decides the message must never be processed; the delivery still counts as
     * handled here, so a retry that arrives anyway is a duplicate.
     */
    public static WebhookReply abortMessageReply() {
        return WebhookReply.refuse(
                422, Map.of(StandardWebhooksHeaders.DELIVERY, StandardWebhooksHeaders.ABORT_MESSAGE));
    }

    /**
     * The reply that asks a Svix sender to disable this endpoint: 410 Gone (what the Standard Webhooks
     * specification says a sender should treat as "disable") with {@code webhook-delivery: disable}.
     */
    public static WebhookReply disableEndpointReply() {
        return WebhookReply.refuse(410, Map.of(StandardWebhooksHeaders.DELIVERY, StandardWebhooksHeaders.DISABLE));
    }

    /** A builder for a provider with id {@value #DEFAULT_ID}. */
    public static Builder builder() {
        return new Builder(DEFAULT_ID);
    }

    /**
     * A builder for a provider with id {@code id}: the route segment ({@code /webhooks/clerk}), the ledger's
     * partition, the provider of the keys handlers use. Messages about a missing or unreadable key name the sender
     * by it ("Standard Webhooks secret of 'clerk'", "OpenAI webhook secret").
     *
     * @throws IllegalArgumentException unless {@code id} is 1 to 63 lower-case letters, digits, {@code -} and
     *     {@code _}
     */
    public static Builder builder(String id) {
        return new Builder(StandardWebhookEvents.requireProviderId(id));
    }

    @Override
    public StandardWebhookEvent<?> parse(WebhookRequest request, Verification verification) {
        HeaderFamily family = HeaderFamily.of(request.headers());
        String messageId = request.header(family.id()).map(String::strip).orElse("");
        return StandardWebhookEventParser.parse(id(), messageId, verification.signedAt(), request.body());
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

    @Override
    protected String settingsForToString() {
        return ", id=" + id() + ", " + verifier(); // key ids and kinds, tolerances
    }

    /** What a sender's keys are called in messages about a missing or unreadable one. */
    static String describeKeys(String id) {
        return switch (id) {
            case OpenAiEvents.PROVIDER_ID -> "OpenAI webhook secret";
            case AnthropicEvents.PROVIDER_ID -> "Anthropic webhook signing key";
            case DEFAULT_ID -> "Standard Webhooks secret";
            default -> "Standard Webhooks secret of '" + id + "'";
        };
    }

    /**
     * Builds a {@link StandardWebhooksProvider}: the shared settings (secrets, clock, body limit, tolerance) and the
     * bound for future timestamps. The keys are required: {@link #secrets(String...)} takes {@code whsec_...}
     * secrets (HMAC, {@code v1}), {@code whpk_...} public keys and {@code whsk_...} secret keys (Ed25519, {@code
     * v1a}), ids {@code key-1}, {@code key-2}...; a value without a prefix is a base64 HMAC secret, as the official
     * libraries read it. {@link #keyring(Keyring)} gives them ids of your choice; a secret made with {@code
     * Secret.ofBytes} is taken as decoded HMAC key bytes.
     */
    public static final class Builder extends TimestampedProviderBuilder<Builder, StandardWebhooksProvider> {
        private final String id;
        private final String what;

        private Builder(String id) {
            super(describeKeys(id), DEFAULT_MAX_BODY_BYTES, StandardWebhooksVerifier.DEFAULT_TOLERANCE);
            this.id = id;
            this.what = describeKeys(id);
        }

        /**
         * Reads every secret as a key.
         *
         * @throws IllegalArgumentException naming the key (never its value) when one cannot be read as a key
         */
        @Override
        protected StandardWebhooksProvider create() {
            Keyring keyring = keyring();
            List<StandardWebhooksKey> keys = new ArrayList<>(keyring.size());
            for (Secret secret : keyring) {
                keys.add(KeyringSecrets.read(what, secret));
            }
            // The catalogues declare their payload types when their class is loaded: load them for their ids, so
            // the parser knows them even before a handler touched a key.
            if (id.equals(OpenAiEvents.PROVIDER_ID)) {
                OpenAiEvents.all();
            } else if (id.equals(AnthropicEvents.PROVIDER_ID)) {
                AnthropicEvents.all();
            }
            StandardWebhooksVerifier verifier =
                    new StandardWebhooksVerifier(keys, clock(), tolerance(), futureTolerance());
            return new StandardWebhooksProvider(
                    id, keyring, maxBodyBytes(), verifier, new StandardWebhooksSigner(keys, clock()));
        }
    }
}
