package io.webhooks4j.pagerduty;

import io.webhooks4j.Keyring;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.pagerduty.internal.PagerDutyEventParser;
import io.webhooks4j.spi.AbstractWebhookProvider;
import io.webhooks4j.spi.DeliveryKeys;
import io.webhooks4j.spi.ProviderBuilder;
import io.webhooks4j.spi.Secret;
import io.webhooks4j.spi.Verification;
import org.jspecify.annotations.Nullable;

/**
 * PagerDuty v3 webhooks (webhook subscriptions): verifies {@code X-PagerDuty-Signature} with {@link
 * PagerDutyWebhookVerifier}, parses the {@code {"event": {...}}} body into a {@link PagerDutyEvent} whose data is
 * typed by {@link PagerDutyEvents}, and de-duplicates on the signed body (see {@link #deduplicationKey}).
 *
 * <pre>{@code
 * Webhooks webhooks = Webhooks.builder()
 *     .provider(PagerDutyProvider.create(System.getenv("PAGERDUTY_WEBHOOK_SECRET")))
 *     .on(PagerDutyEvents.INCIDENT_TRIGGERED, e -> page(e.data().title()))
 *     .build();
 * }</pre>
 *
 * <p>Parsing: a body that is not a JSON object with an {@code event} object is a 400 ({@link Reason#MALFORMED_BODY}),
 * as is an {@code event.data} that does not fit the documented payload of a known event type or is missing for one;
 * an {@code event} without {@code event_type} is a 400 ({@link Reason#MISSING_EVENT_TYPE}). An event type this version
 * does not know parses with its {@code data} as raw JSON and is acknowledged. For a known event type, {@code data} is
 * read as the documented payload even when {@code data.type} says something else (PagerDuty may add data types):
 * fields that match are read, {@link PagerDutyEvent#dataType()} tells what was sent and {@link PagerDutyEvent#raw()}
 * keeps everything.
 *
 * <p>Immutable and thread-safe; {@link #toString()} shows key ids only.
 */
public final class PagerDutyProvider
        extends AbstractWebhookProvider<PagerDutyEvent<?>, PagerDutyWebhookVerifier, PagerDutySigner> {
    /** The provider id: {@code pagerduty}. */
    public static final String ID = "pagerduty";
    /** The {@code User-Agent} PagerDuty's v3 webhooks send. */
    public static final String USER_AGENT = "PagerDuty-Webhook/V3.0";

    /** What the secret is, in error messages. */
    static final String SECRET_NAME = "PagerDuty webhook signing secret";

    /**
     * The length of a PagerDuty REST API key: "Both types of REST API keys are 20-character strings" (PagerDuty
     * Knowledge Base, "API Access Keys"). A webhook subscription's signing secret is 64 base64 characters, so a
     * 20-character secret is almost certainly an API key pasted in the wrong place.
     */
    private static final int REST_API_KEY_LENGTH = 20;

    private PagerDutyProvider(
            Keyring keyring, long maxBodyBytes, PagerDutyWebhookVerifier verifier, PagerDutySigner signer) {
        super(ID, PagerDutyEvent.class, keyring, maxBodyBytes, verifier, signer);
    }

    /**
     * A provider for the given webhook subscription signing secrets (ids {@code key-1}, {@code key-2}, ...).
     *
     * @throws IllegalArgumentException naming the PagerDuty webhook signing secret when none is given or one is
     *     {@code null} (an unset environment variable) or blank
     */
    public static PagerDutyProvider create(String... secrets) {
        return builder().secrets(secrets).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The signed content: the raw body as verified and the id of the key that verified it. PagerDuty signs the body
     * only; {@code X-Webhook-Id} is unsigned, so a captured delivery re-sent under a fresh id (or none) still gets
     * this key and its handlers do not run again. Two subscriptions sending the same event to one URL have their own
     * secrets, so their deliveries stay apart (the key id differs); two subscriptions configured with one keyring
     * entry would count as one delivery. {@link PagerDutyEvent#deliveryId()} stays the {@code X-Webhook-Id}.
     */
    @Override
    public String deduplicationKey(PagerDutyEvent<?> event, WebhookRequest request, Verification verification) {
        return DeliveryKeys.ofSignedContent(verification, request.body());
    }

    /** The event, its {@code data} typed by the event type; the routing key is the event type. */
    @Override
    public PagerDutyEvent<?> parse(WebhookRequest request, Verification verification) {
        return PagerDutyEventParser.parse(request);
    }

    /**
     * Builds a {@link PagerDutyProvider}: the shared settings only ({@code secrets}/{@code keyring}, {@code
     * maxBodyBytes}, 1 MiB by default). PagerDuty guarantees delivery up to 55 KB, tries up to 256 KB and drops
     * anything larger, so a limit below 256 KB may refuse real deliveries. PagerDuty signs no timestamp.
     */
    public static final class Builder extends ProviderBuilder<Builder, PagerDutyProvider> {
        private Builder() {
            super(SECRET_NAME, DEFAULT_MAX_BODY_BYTES);
        }

        /**
         * A secret of 20 characters, the shape of a REST API key, is logged at WARN by {@link #build()} (the key
         * id, never the secret).
         */
        @Override
        protected @Nullable String wrongCredentialShape(Secret secret) {
            return secret.length() == REST_API_KEY_LENGTH
                    ? "a PagerDuty REST API key (20 characters; if it is one, revoke it: it was handed to the webhook"
                            + " receiver) rather than a webhook subscription's signing secret (64 characters, shown"
                            + " once when the subscription is created)"
                    : null;
        }

        @Override
        protected PagerDutyProvider create() {
            Keyring keyring = keyring();
            return new PagerDutyProvider(
                    keyring, maxBodyBytes(), new PagerDutyWebhookVerifier(keyring), new PagerDutySigner(keyring));
        }
    }

    /** Five seconds: the provider counts a slower answer as a failed delivery (PROVIDERS.md). */
    @Override
    public java.time.Duration responseBudget() {
        return java.time.Duration.ofSeconds(5);
    }
}
