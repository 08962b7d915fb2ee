package io.webhooks4j.twilio;

import io.webhooks4j.Keyring;
import io.webhooks4j.WebhookReply;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.spi.AbstractWebhookProvider;
import io.webhooks4j.spi.DeliveryKeys;
import io.webhooks4j.spi.ProviderBuilder;
import io.webhooks4j.spi.Secret;
import io.webhooks4j.spi.Verification;
import io.webhooks4j.twilio.event.GatherResult;
import io.webhooks4j.twilio.event.IncomingCall;
import io.webhooks4j.twilio.event.IncomingMessage;
import io.webhooks4j.twilio.event.TwilioRequest;
import io.webhooks4j.twilio.event.UnknownTwilioRequest;
import io.webhooks4j.twilio.internal.TwilioRequestParser;
import io.webhooks4j.twilio.internal.WrongSecret;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Twilio: verifies {@code X-Twilio-Signature} (see {@link TwilioWebhookVerifier}), reads the request into a
 * {@link TwilioEvent} whose payload is its kind, and answers an incoming message, call or gather result that no
 * handler replied to with an empty TwiML {@code <Response/>}.
 *
 * <pre>{@code
 * Webhooks webhooks = Webhooks.builder()
 *     .provider(TwilioProvider.create(System.getenv("TWILIO_AUTH_TOKEN")))
 *     .onReply(TwilioEvents.INCOMING_MESSAGE, sms -> TwiML.response().message("Got it: " + sms.payload().body()).build())
 *     .on(TwilioEvents.MESSAGE_STATUS, status -> outbox.update(status.payload().messageSid(), status.payload().messageStatus()))
 *     .build();
 * }</pre>
 *
 * <p>The signature covers the URL Twilio requested, so the request's {@link WebhookRequest#url()} must be the
 * public URL (behind a proxy, configure the adapter's public base URL). Deliveries are de-duplicated on the
 * signed content, never on the unsigned {@code I-Twilio-Idempotency-Token} (see {@link #deduplicationKey}). An
 * auth token shaped like an Account SID or API key SID is logged as a WARN when the provider is built.
 * Immutable and thread-safe.
 */
public final class TwilioProvider extends AbstractWebhookProvider<TwilioEvent<?>, TwilioWebhookVerifier, TwilioSigner> {
    /** The provider id: {@code twilio}. */
    public static final String ID = "twilio";

    /** What the secrets are, for messages. */
    static final String AUTH_TOKEN = "Twilio auth token";

    private TwilioProvider(Keyring keyring, long maxBodyBytes, TwilioWebhookVerifier verifier, TwilioSigner signer) {
        super(ID, TwilioEvent.class, keyring, maxBodyBytes, verifier, signer);
    }

    /**
     * A provider verifying with the account's auth tokens: the primary, then the secondary during a rotation
     * (ids {@code key-1}, {@code key-2}).
     *
     * @throws IllegalArgumentException saying the Twilio auth token is missing when none is given, or one is null
     *     or blank
     */
    public static TwilioProvider create(String... authTokens) {
        return builder().secrets(authTokens).build();
    }

    /** A builder: the auth tokens ({@code secrets}) and/or shared keys, the body limit. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public TwilioEvent<?> parse(WebhookRequest request, Verification verification) {
        return TwilioRequestParser.parse(request);
    }

    /**
     * The signed content, never {@code I-Twilio-Idempotency-Token}: Twilio does not sign that header, so a
     * captured request re-sent with a fresh token (or none) would otherwise run its handlers again. The key is
     * {@code sc1:} over the key id and the exact bytes the signature covers (the URL variant that matched, then
     * the sorted parameters; for JSON the URL and the body; see {@link DeliveryKeys}), so a Twilio retry, a
     * replay under another token, another port variant or with the parameters reordered or re-encoded is the
     * same delivery.
     *
     * <p>Not de-duplicated ({@code null}): gather results, the follow-up TwiML requests of a call in progress
     * ({@code <Redirect>}, {@code <Dial>} actions) and form requests of unknown kinds. Their legitimate repeats
     * can be byte-identical (a caller pressing 1 twice at the same menu sends the same parameters twice, and
     * each needs its TwiML answer), so the signed content cannot tell a repeat from a replay, and the unsigned
     * token must not decide.
     */
    @Override
    public @Nullable String deduplicationKey(TwilioEvent<?> event, WebhookRequest request, Verification verification) {
        return deduplicated(event) ? verifier().signedContentKey(request, verification) : null;
    }

    /** True for kinds whose legitimate deliveries always differ in signed content. */
    private static boolean deduplicated(TwilioEvent<?> event) {
        TwilioRequest payload = event.payload();
        if (payload instanceof GatherResult) {
            return false;
        }
        if (payload instanceof IncomingCall call) {
            return call.isFirstRequest();
        }
        if (payload instanceof UnknownTwilioRequest) {
            return event.json() != null; // a JSON body: its signed bytes are one delivery
        }
        return true;
    }

    /** True: the signature covers the URL Twilio requested. */
    @Override
    public boolean signsUrl() {
        return true;
    }

    /** The auth tokens' ids, then the shared keys' ids. */
    @Override
    public List<String> keyIds() {
        return verifier().keyIds();
    }

    /** Empty {@code <Response/>} for requests that ask for TwiML; 200 with no body for callbacks. */
    @Override
    public WebhookReply acknowledge(TwilioEvent<?> event) {
        TwilioRequest payload = event.payload();
        boolean wantsTwiml = payload instanceof IncomingMessage
                || payload instanceof IncomingCall
                || payload instanceof GatherResult;
        return wantsTwiml ? TwiML.empty() : WebhookReply.ok();
    }

    /**
     * Builds a {@link TwilioProvider}: {@link #secrets(String...)} (or {@link #keyring(Keyring)}) are the account's
     * auth tokens, primary first; {@link #sharedKey(String, String)} adds a shared key. Either suffices.
     */
    public static final class Builder extends ProviderBuilder<Builder, TwilioProvider> {
        private final List<Secret> sharedKeys = new ArrayList<>();
        private boolean authTokens;
        /** What each raw auth token looks like, by key id (never the token), when given as strings. */
        private @Nullable Map<String, String> shapes;

        private Builder() {
            super(AUTH_TOKEN, DEFAULT_MAX_BODY_BYTES);
        }

        /**
         * The account's auth tokens: the primary, then the secondary during a rotation (ids {@code key-1}, {@code
         * key-2}).
         *
         * @throws IllegalArgumentException saying the Twilio auth token is missing when none is given, or one is
         *     null or blank
         */
        @Override
        public Builder secrets(String... authTokens) {
            super.secrets(authTokens);
            this.authTokens = true;
            // what each raw token looks like (never the token), for wrongCredentialShape
            Map<String, String> found = new HashMap<>();
            List<Secret> secrets = keyring().secrets();
            for (int i = 0; i < authTokens.length; i++) {
                String shape = WrongSecret.shapeOf(authTokens[i].strip());
                if (shape != null) {
                    found.put(secrets.get(i).id(), shape);
                }
            }
            this.shapes = found;
            return this;
        }

        /** The auth tokens as a prepared keyring (ids of your choosing). */
        @Override
        public Builder keyring(Keyring authTokens) {
            super.keyring(authTokens);
            this.authTokens = true;
            this.shapes = null;
            return this;
        }

        /**
         * A shared key (public beta Webhook Settings) that signs with HMAC-SHA256; {@code keyId} is the key's id
         * as {@code X-Twilio-Webhooks-Signature-Settings} names it. Call again for each key during a rotation.
         */
        public Builder sharedKey(String keyId, String secret) {
            sharedKeys.add(Secret.of(
                    TwilioWebhookVerifier.requireNonBlank(keyId, "sharedKey keyId"),
                    TwilioWebhookVerifier.requireNonBlank(secret, "sharedKey secret")));
            if (!authTokens) {
                // shared keys alone verify too: they stand in for the secrets the shared builder requires
                super.keyring(Keyring.ofSecrets(sharedKeys));
            }
            return this;
        }

        /**
         * An Account SID or an API key SID configured as the auth token builds fine and then rejects every request:
         * {@link #build()} says so once, with the key id and what it looks like (never the value). Shared keys are
         * not checked.
         */
        @Override
        protected @Nullable String wrongCredentialShape(Secret secret) {
            if (!authTokens) {
                return null;
            }
            return shapes != null ? shapes.get(secret.id()) : WrongSecret.shapeOf(secret);
        }

        @Override
        protected TwilioProvider create() {
            Keyring tokens = authTokens ? keyring() : null;
            Keyring shared = sharedKeys.isEmpty() ? null : Keyring.ofSecrets(sharedKeys);
            TwilioSigner signer = tokens != null
                    ? TwilioSigner.authToken(tokens.primary())
                    : TwilioSigner.sharedKey(shared.primary());
            return new TwilioProvider(keyring(), maxBodyBytes(), new TwilioWebhookVerifier(tokens, shared), signer);
        }
    }

    /** Fifteen seconds: Twilio's read timeout for a webhook (PROVIDERS.md). */
    @Override
    public java.time.Duration responseBudget() {
        return java.time.Duration.ofSeconds(15);
    }
}
