package io.webhooks4j.twilio;

import io.webhooks4j.spi.DeliveryKeys;
import io.webhooks4j.Keyring;
import io.webhooks4j.spi.Secret;
import io.webhooks4j.spi.Verification;
import io.webhooks4j.spi.WebhookProvider;
import io.webhooks4j.WebhookReply;
import io.webhooks4j.WebhookRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Twilio: verifies {@code X-Twilio-Signature} (see {@link TwilioWebhookVerifier}), reads the request into a
 * {@link TwilioRequest} kind, and answers an incoming message, call or gather result that no handler replied
 * to with an empty TwiML {@code <Response/>}.
 *
 * <pre>{@code
 * Webhooks webhooks = Webhooks.builder()
 *     .provider(TwilioProvider.create(System.getenv("TWILIO_AUTH_TOKEN")))
 *     .onReply(TwilioEvents.INCOMING_MESSAGE, sms -> TwiML.response().message("Got it: " + sms.body()).build())
 *     .on(TwilioEvents.MESSAGE_STATUS, status -> outbox.update(status.messageSid(), status.messageStatus()))
 *     .build();
 * }</pre>
 *
 * <p>The signature covers the URL Twilio requested, so the request's {@link WebhookRequest#url()} must be the
 * public URL (behind a proxy, configure the adapter's public base URL). Deliveries are de-duplicated on the
 * signed content, never on the unsigned {@code I-Twilio-Idempotency-Token} (see {@link #deduplicationKey}). An
 * auth token shaped like an Account SID or API key SID is logged as a WARN when the provider is built.
 * Immutable and thread-safe.
 */
public final class TwilioProvider implements WebhookProvider<TwilioRequest> {
    /** The provider id: {@code twilio}. */
    public static final String ID = "twilio";

    private final TwilioWebhookVerifier verifier;
    private final TwilioSigner signer;
    private final long maxBodyBytes;

    private TwilioProvider(Builder b) {
        this.verifier = new TwilioWebhookVerifier(b.authTokens, b.sharedKeys);
        this.signer = b.authTokens != null
                ? TwilioSigner.authToken(b.authTokens.primary())
                : TwilioSigner.sharedKey(b.sharedKeys.primary());
        this.maxBodyBytes = b.maxBodyBytes;
    }

    /**
     * A provider verifying with the account's auth tokens: the primary, then the secondary during a rotation
     * (ids {@code key-1}, {@code key-2}).
     */
    public static TwilioProvider create(String... authTokens) {
        return builder()
                .keyring(Keyring.forProvider(AUTH_TOKEN, authTokens))
                .shapes(authTokens)
                .build();
    }

    /** What the secrets of {@link #create} are, for messages. */
    static final String AUTH_TOKEN = "Twilio auth token";

    private static final System.Logger LOG = System.getLogger(TwilioProvider.class.getName());

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    @Override
    public Verification verify(WebhookRequest request) {
        return verifier.verify(request);
    }

    @Override
    public TwilioRequest parse(WebhookRequest request, Verification verification) {
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
    public String deduplicationKey(TwilioRequest event, WebhookRequest request, Verification verification) {
        return deduplicated(event) ? verifier.signedContentKey(request, verification) : null;
    }

    /** True for kinds whose legitimate deliveries always differ in signed content. */
    static boolean deduplicated(TwilioRequest event) {
        if (event instanceof GatherResult) {
            return false;
        }
        if (event instanceof IncomingCall call) {
            return call.callStatus() == CallState.RINGING && call.dialCallStatus() == null;
        }
        if (event instanceof UnknownTwilioRequest unknown) {
            return unknown.json() != null; // JSON (Event Streams): every event carries its own id
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
        List<String> ids = new ArrayList<>(ids(verifier.authTokens()));
        ids.addAll(ids(verifier.sharedKeys()));
        return List.copyOf(ids);
    }

    /** Empty {@code <Response/>} for requests that ask for TwiML; 200 with no body for callbacks. */
    @Override
    public WebhookReply acknowledge(TwilioRequest event) {
        boolean wantsTwiml =
                event instanceof IncomingMessage || event instanceof IncomingCall || event instanceof GatherResult;
        return wantsTwiml ? TwiML.empty() : WebhookReply.ok();
    }

    /** Signs with the primary auth token (or the first shared key when no auth token is configured). */
    @Override
    public WebhookRequest sign(WebhookRequest unsigned) {
        return signer.sign(unsigned);
    }

    @Override
    public Class<?> eventClass() {
        return TwilioRequest.class;
    }

    /** The verifier this provider uses. */
    public TwilioWebhookVerifier verifier() {
        return verifier;
    }

    /** The signer this provider uses for {@link #sign(WebhookRequest)}. */
    public TwilioSigner signer() {
        return signer;
    }

    /** Key ids only. */
    @Override
    public String toString() {
        return "TwilioProvider[authTokens=" + ids(verifier.authTokens()) + ", sharedKeys=" + ids(verifier.sharedKeys())
                + ", maxBodyBytes=" + maxBodyBytes + "]";
    }

    private static List<String> ids(Keyring keyring) {
        return keyring == null ? List.of() : keyring.ids();
    }

    /** Builds a {@link TwilioProvider}; validates in {@link #build()}. */
    public static final class Builder {
        private Keyring authTokens;
        private Keyring sharedKeys;
        private final List<Secret> sharedKeyList = new ArrayList<>();
        private List<String> shapes;
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;

        private Builder() {}

        /**
         * The account's auth tokens: the primary, then the secondary during a rotation (none: only shared keys).
         *
         * @throws IllegalArgumentException saying the Twilio auth token is missing when one is null or blank
         */
        public Builder authTokens(String... authTokens) {
            if (authTokens != null && authTokens.length == 0) {
                this.authTokens = null;
                return this;
            }
            this.authTokens = Keyring.forProvider(AUTH_TOKEN, authTokens);
            return shapes(authTokens);
        }

        /** As {@link #authTokens(String...)}, with ids of your choosing. */
        public Builder keyring(Keyring authTokens) {
            this.authTokens = Objects.requireNonNull(authTokens, "keyring");
            this.shapes = null;
            return this;
        }

        /** Remembers what each raw token looks like (never the token), for the warning in {@link #build()}. */
        Builder shapes(String... raw) {
            List<String> found = new ArrayList<>(raw.length);
            for (String token : raw) {
                found.add(WrongSecret.shapeOf(token.strip()));
            }
            this.shapes = found;
            return this;
        }

        /**
         * A shared key (public beta Webhook Settings) that signs with HMAC-SHA256; {@code keyId} is the key's id
         * as {@code X-Twilio-Webhooks-Signature-Settings} names it. Call again for each key during a rotation.
         */
        public Builder sharedKey(String keyId, String secret) {
            sharedKeyList.add(Secret.of(
                    TwilioWebhookVerifier.requireNonBlank(keyId, "sharedKey keyId"),
                    TwilioWebhookVerifier.requireNonBlank(secret, "sharedKey secret")));
            return this;
        }

        /** The largest body accepted (default 1 MiB). */
        public Builder maxBodyBytes(long maxBodyBytes) {
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        /**
         * @throws IllegalArgumentException when neither an auth token nor a shared key is configured, or
         *     {@code maxBodyBytes} is not positive
         */
        public TwilioProvider build() {
            sharedKeys = sharedKeyList.isEmpty() ? null : Keyring.ofSecrets(sharedKeyList);
            if (authTokens == null && sharedKeys == null) {
                throw new IllegalArgumentException(
                        "authTokens: configure the account's auth token (or a sharedKey) to verify Twilio requests");
            }
            if (maxBodyBytes < 1) {
                throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
            }
            warnAboutWrongSecrets();
            return new TwilioProvider(this);
        }

        /**
         * An Account SID or an API key SID configured as the auth token builds fine and then rejects every
         * request: say so once, at start-up, with the key id and what it looks like (never the value).
         */
        private void warnAboutWrongSecrets() {
            if (authTokens == null) {
                return;
            }
            List<Secret> secrets = authTokens.secrets();
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
