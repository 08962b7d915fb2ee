package io.webhooks4j.spring;

import io.webhooks4j.inbox.DeliveryMode;
import io.webhooks4j.servlet.WebhookServlet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Configuration of webhooks4j under {@code webhooks.*}: the settings every provider shares. Each provider the
 * starter discovers (its module's {@code WebhookProviderFactory}) has a block {@code webhooks.<id>.*} of its own,
 * a {@link Provider}, bound by id from what the provider's descriptor says; a provider is switched on when its
 * secrets are set and its module ({@code io.webhooks4j:webhooks4j-<id>}) is on the class path.
 *
 * <pre>
 * webhooks:
 *   path: /webhooks                 # POST /webhooks/&lt;id&gt;
 *   public-base-url: https://hooks.example.com
 *   &lt;id&gt;:
 *     secrets: [${WEBHOOK_SECRET}]
 * </pre>
 */
@ConfigurationProperties("webhooks")
public class WebhooksProperties {
    /** Path under which the webhook servlet is mounted; the provider id is the last segment. */
    private String path = "/webhooks";

    /**
     * The URL the world uses to reach this application's context root (https://hooks.example.com), when a proxy
     * or tunnel sits in front of it: the URL a URL-signing provider signed is rebuilt from it. An alternative to
     * trusted-proxies.
     */
    private @Nullable String publicBaseUrl;

    /**
     * Proxies whose forwarded headers (Forwarded, X-Forwarded-*) are believed when rebuilding the public URL
     * of a request: IP addresses and CIDR ranges.
     */
    private List<String> trustedProxies = new ArrayList<>();

    /**
     * Which forwarded headers the trusted proxies write: x-forwarded (X-Forwarded-Proto, -Host, -Port) or
     * forwarded (RFC 7239). The other family is never read. Unset: x-forwarded. Needs trusted-proxies.
     */
    private WebhookServlet.Options.@Nullable ForwardedHeaders forwardedHeaders;

    /**
     * Whether a trusted proxy's X-Forwarded-Prefix replaces the context path. Only when the proxy sets it
     * itself: one that passes the client's on lets the client choose the URL that is verified. Needs
     * trusted-proxies.
     */
    private boolean forwardedPrefix = false;

    /**
     * The host names (or IP addresses) the deliveries of URL-signing providers may be addressed to,
     * compared without case and port; any other host is answered 401 host_not_allowed. Empty: any host.
     */
    private List<String> allowedHosts = new ArrayList<>();

    /**
     * The time the whole body of a delivery has to arrive in; a slower sender is answered 408 body_timeout
     * and the connection closed.
     */
    private Duration bodyTimeout = WebhookServlet.Options.DEFAULT_BODY_TIMEOUT;

    /**
     * The most body bytes held at once by deliveries being read, across providers; a delivery that would go
     * beyond it is answered 503 receiver_busy with Retry-After (every provider retries). Unset: 64MB, or the
     * largest provider limit when that is larger.
     */
    private @Nullable DataSize maxBodyInFlight;

    /** Where handled deliveries are remembered, so a provider's retry is not handled twice. */
    private Ledger ledger = Ledger.MEMORY;

    /** Table of the JDBC ledger. */
    private String ledgerTable = "webhooks4j_delivery";

    /** Whether the JDBC ledger creates its table at start-up when it is missing. */
    private boolean ledgerCreateTable = true;

    /**
     * Whether a webhooks.* property that binds to nothing (a misspelt name, a tolerance for a provider that
     * signs no timestamp, as its descriptor says) fails start-up; false logs it instead. Unknown WEBHOOKS_* environment variables
     * that are not clearly meant for the starter are only logged either way.
     */
    private boolean failOnUnknownProperties = true;

    /** Spring Security's chain for the webhook paths. */
    private final Security security = new Security();

    /** The durable inbox: where deliveries run their handlers, and how the workers work it. */
    private final Inbox inbox = new Inbox();

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public @Nullable String getPublicBaseUrl() {
        return publicBaseUrl;
    }

    public void setPublicBaseUrl(@Nullable String publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl;
    }

    public List<String> getTrustedProxies() {
        return trustedProxies;
    }

    public void setTrustedProxies(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    public WebhookServlet.Options.@Nullable ForwardedHeaders getForwardedHeaders() {
        return forwardedHeaders;
    }

    public void setForwardedHeaders(WebhookServlet.Options.@Nullable ForwardedHeaders forwardedHeaders) {
        this.forwardedHeaders = forwardedHeaders;
    }

    public boolean isForwardedPrefix() {
        return forwardedPrefix;
    }

    public void setForwardedPrefix(boolean forwardedPrefix) {
        this.forwardedPrefix = forwardedPrefix;
    }

    public List<String> getAllowedHosts() {
        return allowedHosts;
    }

    public void setAllowedHosts(List<String> allowedHosts) {
        this.allowedHosts = allowedHosts;
    }

    public Duration getBodyTimeout() {
        return bodyTimeout;
    }

    public void setBodyTimeout(Duration bodyTimeout) {
        this.bodyTimeout = bodyTimeout;
    }

    public @Nullable DataSize getMaxBodyInFlight() {
        return maxBodyInFlight;
    }

    public void setMaxBodyInFlight(@Nullable DataSize maxBodyInFlight) {
        this.maxBodyInFlight = maxBodyInFlight;
    }

    public Ledger getLedger() {
        return ledger;
    }

    public void setLedger(Ledger ledger) {
        this.ledger = ledger;
    }

    public String getLedgerTable() {
        return ledgerTable;
    }

    public void setLedgerTable(String ledgerTable) {
        this.ledgerTable = ledgerTable;
    }

    public boolean isLedgerCreateTable() {
        return ledgerCreateTable;
    }

    public void setLedgerCreateTable(boolean ledgerCreateTable) {
        this.ledgerCreateTable = ledgerCreateTable;
    }

    public boolean isFailOnUnknownProperties() {
        return failOnUnknownProperties;
    }

    public void setFailOnUnknownProperties(boolean failOnUnknownProperties) {
        this.failOnUnknownProperties = failOnUnknownProperties;
    }

    public Security getSecurity() {
        return security;
    }

    public Inbox getInbox() {
        return inbox;
    }

    /** The ledger choices. */
    public enum Ledger {
        /** In this process's memory (the default): enough for one instance. */
        MEMORY,
        /** In a database table, shared by every instance: needs webhooks4j-jdbc and a DataSource. */
        JDBC,
        /** No de-duplication: handlers run again on every retry. */
        NONE
    }

    /**
     * The settings of one provider, {@code webhooks.<id>.*}, bound by the starter for each provider it discovers
     * (and each {@code webhooks.<id>} block set without its module, to say the module is missing). What a key
     * means for a provider (whether it has a tolerance, whether it signs the URL, its default body limit and its
     * options) is in the provider's descriptor; the property check refuses a key the provider has no use for.
     */
    public static class Provider {
        /**
         * Whether the provider is on. Unset, it is on when secrets are set; true without secrets fails
         * start-up; false switches it and its listeners off.
         */
        private @Nullable Boolean enabled;

        /**
         * Signing secrets. Several during a rotation: each verifies, and the one that matched is reported by
         * its id (key-1, key-2, ... in this order).
         */
        private List<String> secrets = new ArrayList<>();

        /** Largest body accepted. Unset: the provider's own limit (its descriptor's default). */
        private @Nullable DataSize maxBodySize;

        /**
         * How far in the past a signed timestamp may be, for a provider that signs one. Unset: the provider's
         * default.
         */
        private @Nullable Duration tolerance;

        /**
         * Deprecated alias of webhooks.public-base-url, for a provider that signs the request URL (the public
         * URL is the application's, the same for every provider).
         */
        private @Nullable String publicBaseUrl;

        /** Provider-specific options by name, as the provider's descriptor lists them. */
        private Map<String, String> options = new LinkedHashMap<>();

        /**
         * Where this provider's handlers run: inline (in the provider's request) or inbox (stored durably,
         * answered, then run by the inbox workers). Unset: webhooks.inbox.mode.
         */
        private @Nullable DeliveryMode mode;

        public @Nullable Boolean getEnabled() {
            return enabled;
        }

        public void setEnabled(@Nullable Boolean enabled) {
            this.enabled = enabled;
        }

        public List<String> getSecrets() {
            return secrets;
        }

        public void setSecrets(List<String> secrets) {
            this.secrets = secrets;
        }

        public @Nullable DataSize getMaxBodySize() {
            return maxBodySize;
        }

        public void setMaxBodySize(@Nullable DataSize maxBodySize) {
            this.maxBodySize = maxBodySize;
        }

        public @Nullable Duration getTolerance() {
            return tolerance;
        }

        public void setTolerance(@Nullable Duration tolerance) {
            this.tolerance = tolerance;
        }

        /** The deprecated alias {@code webhooks.<id>.public-base-url}; use {@code webhooks.public-base-url}. */
        public @Nullable String getPublicBaseUrl() {
            return publicBaseUrl;
        }

        /** The deprecated alias {@code webhooks.<id>.public-base-url}; use {@code webhooks.public-base-url}. */
        public void setPublicBaseUrl(@Nullable String publicBaseUrl) {
            this.publicBaseUrl = publicBaseUrl;
        }

        public Map<String, String> getOptions() {
            return options;
        }

        public void setOptions(Map<String, String> options) {
            this.options = options;
        }

        public @Nullable DeliveryMode getMode() {
            return mode;
        }

        public void setMode(@Nullable DeliveryMode mode) {
            this.mode = mode;
        }

        /** The secrets that are not blank (a placeholder resolving to an empty value sets none). */
        List<String> presentSecrets() {
            List<String> present = new ArrayList<>();
            if (secrets != null) {
                for (String secret : secrets) {
                    if (secret != null && !secret.isBlank()) {
                        present.add(secret);
                    }
                }
            }
            return present;
        }
    }

    /**
     * The durable inbox, {@code webhooks.inbox.*}: in inbox mode a verified delivery is stored, answered 2xx once
     * stored, and run by worker threads afterwards, its failures retried with exponential backoff until it is done
     * or dead. The inbox is the application's own {@code Inbox} bean, else a {@code JdbcInbox} on the
     * application's {@code DataSource}.
     */
    public static class Inbox {
        /**
         * Where handlers run unless a provider has a mode of its own: inline, in the provider's
         * request (a handler that fails answers 500 and the provider may retry), or inbox, stored durably and
         * answered first, then run by the workers. Handlers that reply (TwiML) always run inline.
         */
        private DeliveryMode mode = DeliveryMode.INLINE;

        /** Worker threads in this instance (0 to 256); 0 stores deliveries only, for another instance to work. */
        private int workers = 4;

        /** How long an idle worker waits before it looks for due deliveries again. */
        private Duration pollInterval = Duration.ofSeconds(1);

        /**
         * How long a worker's claim on a delivery lasts (at least 3s); renewed while the handler runs, so a crashed
         * instance's deliveries are taken over after at most this long.
         */
        private Duration lease = Duration.ofSeconds(60);

        /** The wait after a delivery's first failed attempt; each further wait is twice as long, up to max-backoff. */
        private Duration initialBackoff = Duration.ofSeconds(10);

        /** The longest wait between two attempts of a delivery. */
        private Duration maxBackoff = Duration.ofHours(1);

        /** Attempts before a delivery is dead (kept with its last error until retried or purged). */
        private int maxAttempts = 30;

        /**
         * How long done deliveries (their raw bodies, which may hold personal data, included) are kept before
         * they are purged; 0 keeps them. Dead deliveries are never purged automatically.
         */
        private Duration retention = Duration.ofDays(7);

        /** How long, at shutdown, running handlers get to finish before the workers stop. */
        private Duration shutdownGrace = Duration.ofSeconds(10);

        /** Table of the JDBC inbox (a plain SQL identifier, optionally schema-qualified). */
        private String table = "webhooks4j_inbox";

        /**
         * Whether the JDBC inbox creates its table at start-up when it is missing. Off by default: production
         * databases usually get the schema (the inbox schema scripts of webhooks4j-jdbc) from their migrations.
         */
        private boolean createSchema = false;

        /**
         * Whether the Actuator endpoint webhooksinbox may show a stored delivery's body (show with body=true):
         * never, when-authorized (to an authenticated user) or always. Bodies may hold personal data.
         */
        private ShowBody showBody = ShowBody.NEVER;

        /** What stores deliveries in inbox mode: jdbc (a table, or your own Inbox bean) or kafka (a topic). */
        private Engine engine = Engine.JDBC;

        private final Kafka kafka = new Kafka();

        public DeliveryMode getMode() {
            return mode;
        }

        public void setMode(DeliveryMode mode) {
            this.mode = mode;
        }

        public int getWorkers() {
            return workers;
        }

        public void setWorkers(int workers) {
            this.workers = workers;
        }

        public Duration getPollInterval() {
            return pollInterval;
        }

        public void setPollInterval(Duration pollInterval) {
            this.pollInterval = pollInterval;
        }

        public Duration getLease() {
            return lease;
        }

        public void setLease(Duration lease) {
            this.lease = lease;
        }

        public Duration getInitialBackoff() {
            return initialBackoff;
        }

        public void setInitialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
        }

        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }

        public int getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public Duration getRetention() {
            return retention;
        }

        public void setRetention(Duration retention) {
            this.retention = retention;
        }

        public Duration getShutdownGrace() {
            return shutdownGrace;
        }

        public void setShutdownGrace(Duration shutdownGrace) {
            this.shutdownGrace = shutdownGrace;
        }

        public String getTable() {
            return table;
        }

        public void setTable(String table) {
            this.table = table;
        }

        public boolean isCreateSchema() {
            return createSchema;
        }

        public void setCreateSchema(boolean createSchema) {
            this.createSchema = createSchema;
        }

        public ShowBody getShowBody() {
            return showBody;
        }

        public void setShowBody(ShowBody showBody) {
            this.showBody = showBody;
        }

        public Engine getEngine() {
            return engine;
        }

        public void setEngine(Engine engine) {
            this.engine = engine;
        }

        public Kafka getKafka() {
            return kafka;
        }
    }

    /** What stores deliveries in inbox mode. */
    public enum Engine {
        /** A database table ({@code JdbcInbox} on the DataSource), or the application's own {@code Inbox} bean. */
        JDBC,
        /** A Kafka topic (webhooks4j-kafka): the brokers are spring.kafka.bootstrap-servers. */
        KAFKA
    }

    /** The Kafka engine's settings ({@code webhooks.inbox.kafka.*}); connection settings come from spring.kafka.*. */
    public static class Kafka {
        /** The topic verified deliveries are produced to (it must exist). */
        private String topic = "webhooks4j.deliveries";

        /** The dead-letter topic; the topic's name plus .dlq when empty. */
        private @Nullable String deadLetterTopic;

        /** Whether this application also consumes the topic and runs the handlers (false: it only receives). */
        private boolean consumer = true;

        /** The consumer group. */
        private String groupId = "webhooks4j";

        /** Consumer worker threads (each runs one delivery at a time; one key's deliveries stay on one). */
        private int lanes = 4;

        /** The wait after a delivery's first failed attempt; each further wait is twice as long, up to max-backoff. */
        private Duration initialBackoff = Duration.ofSeconds(1);

        /** The longest wait between two attempts (the delivery's key waits meanwhile). */
        private Duration maxBackoff = Duration.ofMinutes(1);

        /** Attempts before a delivery goes to the dead-letter topic. */
        private int maxAttempts = 8;

        public String getTopic() {
            return topic;
        }

        public void setTopic(String topic) {
            this.topic = topic;
        }

        public @Nullable String getDeadLetterTopic() {
            return deadLetterTopic;
        }

        public void setDeadLetterTopic(@Nullable String deadLetterTopic) {
            this.deadLetterTopic = deadLetterTopic;
        }

        public boolean isConsumer() {
            return consumer;
        }

        public void setConsumer(boolean consumer) {
            this.consumer = consumer;
        }

        public String getGroupId() {
            return groupId;
        }

        public void setGroupId(String groupId) {
            this.groupId = groupId;
        }

        public int getLanes() {
            return lanes;
        }

        public void setLanes(int lanes) {
            this.lanes = lanes;
        }

        public Duration getInitialBackoff() {
            return initialBackoff;
        }

        public void setInitialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
        }

        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }

        public int getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }
    }

    /** Whether the inbox endpoint shows stored bodies. */
    public enum ShowBody {
        /** Never (the default): metadata, header names and the body's size only. */
        NEVER,
        /** To an authenticated user (Spring Security, or the JMX connection's principal). */
        WHEN_AUTHORIZED,
        /** To anyone who can reach the endpoint. */
        ALWAYS
    }

    /** The settings of the webhook paths' Spring Security chain. */
    public static class Security {
        /**
         * Whether, with Spring Security, the webhook paths get a SecurityFilterChain of their own that lets
         * every delivery reach the signature check (no login, no CSRF token). false: your chains decide.
         */
        private boolean enabled = true;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }
}
