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
import java.util.List;
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
public final class TwilioProvider extends AbstractWebhookProvider<TwilioEvent<?>> {
    /** The provider id: {@code twilio}. */
    public static final String ID = "twilio";

    /** What the secrets are, for messages. */
    static final String AUTH_TOKEN = "Twilio auth token";

    private static final System.Logger LOG = System.getLogger(TwilioProvider.class.getName());

    private final TwilioWebhookVerifier verifier;
    private final TwilioSigner signer;

    private TwilioProvider(Keyring keyring, long maxBodyBytes, TwilioWebhookVerifier verifier, TwilioSigner signer) {
        super(ID, TwilioEvent.class, keyring, maxBodyBytes, verifier, signer);
        this.verifier = verifier;
        this.signer = signer;
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
        return deduplicated(event) ? verifier.signedContentKey(request, verification) : null;
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
            return event.json() != null; // JSON (Event Streams): every event carries its own id
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
        return verifier.keyIds();
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

    /** The verifier this provider uses (auth tokens and shared keys). */
    public TwilioWebhookVerifier verifier() {
        return verifier;
    }

    /** The signer this provider uses: the primary auth token, or the first shared key when no auth token is set. */
    public TwilioSigner signer() {
        return signer;
    }

    /**
     * Builds a {@link TwilioProvider}: {@link #secrets(String...)} (or {@link #keyring(Keyring)}) are the account's
     * auth tokens, primary first; {@link #sharedKey(String, String)} adds a shared key. Either suffices.
     */
    public static final class Builder extends ProviderBuilder<Builder, TwilioProvider> {
        private final List<Secret> sharedKeys = new ArrayList<>();
        private boolean authTokens;
        private @Nullable List<@Nullable String> shapes;

        private Builder() {
            super(AUTH_TOKEN, DEFAULT_MAX_BODY_BYTES, null);
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
            // what each raw token looks like (never the token), for the warning in create()
            List<@Nullable String> found = new ArrayList<>(authTokens.length);
            for (String token : authTokens) {
                found.add(WrongSecret.shapeOf(token.strip()));
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

        @Override
        protected TwilioProvider create() {
            Keyring tokens = authTokens ? keyring() : null;
            Keyring shared = sharedKeys.isEmpty() ? null : Keyring.ofSecrets(sharedKeys);
            warnAboutWrongSecrets(tokens);
            TwilioSigner signer = tokens != null
                    ? TwilioSigner.authToken(tokens.primary())
                    : TwilioSigner.sharedKey(shared.primary());
            return new TwilioProvider(keyring(), maxBodyBytes(), new TwilioWebhookVerifier(tokens, shared), signer);
        }

        /**
         * An Account SID or an API key SID configured as the auth token builds fine and then rejects every
         * request: say so once, at start-up, with the key id and what it looks like (never the value).
         */
        private void warnAboutWrongSecrets(@Nullable Keyring tokens) {
            if (tokens == null) {
                return;
            }
            List<Secret> secrets = tokens.secrets();
            for (int i = 0; i < secrets.size(); i++) {
                Secret secret = secrets.get(i);
                String shape = shapes != null && i < shapes.size() ? shapes.get(i) : WrongSecret.shapeOf(secret);
                if (shape != null) {
                    LOG.log(
                            System.Logger.Level.WARNING,
                            "Twilio auth token '" + secret.id() + "' looks like " + shape + ", not an auth token:"
                                    + " Twilio signs webhooks with the account's auth token (Twilio Console,"
                                    + " Account Info), so every request will be rejected with no_matching_signature");
                }
            }
        }
    }
}
