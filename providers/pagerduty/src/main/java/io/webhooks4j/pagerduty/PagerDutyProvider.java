package io.webhooks4j.pagerduty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.webhooks4j.spi.DeliveryKeys;
import io.webhooks4j.Keyring;
import io.webhooks4j.Reason;
import io.webhooks4j.spi.Verification;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import io.webhooks4j.spi.WebhookProvider;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.pagerduty.event.Client;
import io.webhooks4j.pagerduty.event.Reference;
import java.lang.System.Logger.Level;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

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
public final class PagerDutyProvider implements WebhookProvider<PagerDutyEvent<?>> {
    /** The provider id: {@code pagerduty}. */
    public static final String ID = "pagerduty";
    /** The header holding the webhook's id: the same on every delivery attempt, the de-duplication key. */
    public static final String WEBHOOK_ID_HEADER = "X-Webhook-Id";
    /** The header holding the id of the webhook subscription that sent the delivery. */
    public static final String SUBSCRIPTION_HEADER = "X-Webhook-Subscription";
    /** The {@code User-Agent} PagerDuty's v3 webhooks send. */
    public static final String USER_AGENT = "PagerDuty-Webhook/V3.0";

    /** What the secret is, in error messages. */
    static final String SECRET_NAME = "PagerDuty webhook signing secret";

    /**
     * The shape of a PagerDuty REST API key: "Both types of REST API keys are 20-character strings" (PagerDuty
     * Knowledge Base, "API Access Keys"), of letters, digits, {@code _}, {@code -} and {@code +} (user keys start
     * {@code u+}). A webhook subscription's signing secret is 64 base64 characters, so a 20-character secret is
     * almost certainly an API key pasted in the wrong place.
     */
    private static final Pattern REST_API_KEY = Pattern.compile("[A-Za-z0-9_+\\-]{20}");

    private static final System.Logger LOG = System.getLogger(PagerDutyProvider.class.getName());

    private final Keyring keyring;
    private final long maxBodyBytes;
    private final PagerDutyWebhookVerifier verifier;
    private final PagerDutySigner signer;

    private PagerDutyProvider(Builder builder) {
        this.keyring = builder.keyring;
        this.maxBodyBytes = builder.maxBodyBytes;
        this.verifier = PagerDutyWebhookVerifier.of(keyring);
        this.signer = PagerDutySigner.of(keyring);
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

    @Override
    public String id() {
        return ID;
    }

    @Override
    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    public Keyring keyring() {
        return keyring;
    }

    /** The verifier this provider uses. */
    public PagerDutyWebhookVerifier verifier() {
        return verifier;
    }

    /** A signer with this provider's keyring, for tests. */
    public PagerDutySigner signer() {
        return signer;
    }

    @Override
    public Verification verify(WebhookRequest request) {
        return verifier.verify(request);
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

    @Override
    public List<String> keyIds() {
        return keyring.ids();
    }

    @Override
    public PagerDutyEvent<?> parse(WebhookRequest request, Verification verification) {
        JsonNode root = WebhookJson.readTree(request.body());
        if (!root.isObject()) {
            throw malformed("The body is not a JSON object; expected {\"event\": {...}}");
        }
        JsonNode event = root.get("event");
        if (event == null || !event.isObject()) {
            throw malformed("The body has no 'event' object; expected {\"event\": {...}}");
        }
        JsonNode eventType = event.get("event_type");
        if (eventType == null || !eventType.isTextual() || eventType.asText().isBlank()) {
            throw new WebhookParseException(Reason.MISSING_EVENT_TYPE, "The event has no 'event_type'");
        }
        String type = eventType.asText();
        JsonNode dataNode = event.get("data");
        Class<?> payloadType = PagerDutyEvents.payloadType(type);
        Object data;
        if (payloadType == JsonNode.class) {
            data = dataNode == null ? NullNode.getInstance() : dataNode.deepCopy();
        } else {
            if (dataNode == null || !dataNode.isObject()) {
                throw malformed("The '" + type + "' event has no 'data' object");
            }
            data = convert(dataNode, payloadType, "event.data");
        }
        return new PagerDutyEvent<>(
                text(event, "id"),
                type,
                text(event, "resource_type"),
                convert(event.get("occurred_at"), Instant.class, "event.occurred_at"),
                convert(event.get("agent"), Reference.class, "event.agent"),
                convert(event.get("client"), Client.class, "event.client"),
                dataNode == null ? null : text(dataNode, "type"),
                header(request, WEBHOOK_ID_HEADER),
                header(request, SUBSCRIPTION_HEADER),
                data,
                root);
    }

    /**
     * {@link WebhookJson#convert} of a sender-controlled value: a time beyond what {@link Instant} holds ({@code
     * "occurred_at": 99999999999999999}) is a 400 like any other value that does not fit, not a 500.
     */
    private static <T> T convert(JsonNode node, Class<T> type, String field) {
        try {
            return WebhookJson.convert(node, type);
        } catch (DateTimeException | ArithmeticException e) {
            throw new WebhookParseException(
                    Reason.MALFORMED_BODY, "'" + field + "' holds a value out of range: " + e.getMessage(), e);
        }
    }

    private static WebhookParseException malformed(String message) {
        return new WebhookParseException(Reason.MALFORMED_BODY, message);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
    }

    private static String header(WebhookRequest request, String name) {
        return request.header(name).map(String::strip).filter(v -> !v.isEmpty()).orElse(null);
    }

    /** The routing key is the event type, such as {@code incident.triggered}. */
    @Override
    public List<String> routingKeys(PagerDutyEvent<?> event) {
        return List.of(event.type());
    }

    /**
     * Signs with every key of the keyring (one {@code v1=} entry each, as PagerDuty does during a rotation) and adds
     * the headers PagerDuty always sends when missing; see {@link PagerDutySigner#sign(WebhookRequest)}.
     */
    @Override
    public WebhookRequest sign(WebhookRequest unsigned) {
        return signer.sign(unsigned);
    }

    @Override
    public Class<?> eventClass() {
        return PagerDutyEvent.class;
    }

    /** The key ids and the body limit; never a secret. */
    @Override
    public String toString() {
        return "PagerDutyProvider[" + keyring + ", maxBodyBytes=" + maxBodyBytes + "]";
    }

    /** Builds a {@link PagerDutyProvider}; a keyring (or secrets) is required. */
    public static final class Builder {
        private Keyring keyring;
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;

        private Builder() {}

        private List<String> apiKeyShaped = List.of();

        /**
         * The webhook subscriptions' signing secrets, used verbatim (ids {@code key-1}, {@code key-2}, ...): the
         * current one, plus the previous one during a rotation.
         *
         * @throws IllegalArgumentException naming the PagerDuty webhook signing secret when none is given or one is
         *     {@code null} or blank
         */
        public Builder secrets(String... secrets) {
            this.keyring = Keyring.forProvider(SECRET_NAME, secrets);
            List<String> shaped = new ArrayList<>();
            for (int i = 0; i < secrets.length; i++) {
                if (REST_API_KEY.matcher(secrets[i].strip()).matches()) {
                    shaped.add(keyring.secrets().get(i).id());
                }
            }
            this.apiKeyShaped = List.copyOf(shaped);
            return this;
        }

        /** As {@link #secrets(String...)}. */
        public Builder secrets(List<String> secrets) {
            if (secrets == null) {
                return secrets((String[]) null);
            }
            if (secrets.isEmpty()) {
                throw new IllegalArgumentException("secrets: at least one " + SECRET_NAME + " is needed");
            }
            return secrets(secrets.toArray(new String[0]));
        }

        /**
         * The secrets, with ids of your choice. (A keyring shows no secret's length, so the warning about a REST API
         * key given as the secret is given for {@link #secrets(String...)} only.)
         */
        public Builder keyring(Keyring keyring) {
            this.keyring = Objects.requireNonNull(keyring, "keyring");
            this.apiKeyShaped = List.of();
            return this;
        }

        /**
         * The largest body accepted, in bytes (default 1 MiB). PagerDuty guarantees delivery up to 55 KB, tries up to
         * 256 KB and drops anything larger, so a limit below 256 KB may refuse real deliveries.
         */
        public Builder maxBodyBytes(long maxBodyBytes) {
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        public PagerDutyProvider build() {
            if (keyring == null) {
                throw new IllegalStateException(
                        "secrets: no PagerDuty webhook signing secret configured; call secrets(...) or keyring(...)");
            }
            if (maxBodyBytes <= 0) {
                throw new IllegalStateException("maxBodyBytes must be positive, not " + maxBodyBytes);
            }
            for (String id : apiKeyShaped) {
                // the key id only: the secret stays out of the log
                LOG.log(
                        Level.WARNING,
                        "PagerDuty webhook signing secret ''{0}'' has the shape of a PagerDuty REST API key (20"
                                + " characters), not of a webhook subscription''s signing secret (64 characters, shown"
                                + " once when the subscription is created): deliveries will not verify with it. If it"
                                + " is an API key, revoke it: it was handed to the webhook receiver.",
                        id);
            }
            return new PagerDutyProvider(this);
        }
    }
}
