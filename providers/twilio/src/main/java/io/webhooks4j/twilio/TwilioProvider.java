package io.webhooks4j.twilio;

import io.webhooks4j.Keyring;
import io.webhooks4j.Secret;
import io.webhooks4j.Verification;
import io.webhooks4j.WebhookProvider;
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
 * public URL (behind a proxy, configure the adapter's public base URL). Immutable and thread-safe.
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
        return builder().authTokens(authTokens).build();
    }

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
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;

        private Builder() {}

        /** The account's auth tokens: the primary, then the secondary during a rotation. */
        public Builder authTokens(String... authTokens) {
            Objects.requireNonNull(authTokens, "authTokens");
            this.authTokens = authTokens.length == 0 ? null : Keyring.of(authTokens);
            return this;
        }

        /** As {@link #authTokens(String...)}, with ids of your choosing. */
        public Builder keyring(Keyring authTokens) {
            this.authTokens = Objects.requireNonNull(authTokens, "keyring");
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
            return new TwilioProvider(this);
        }
    }
}
