package io.webhooks4j.spring;

import io.webhooks4j.servlet.WebhookServlet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Configuration of webhooks4j under {@code webhooks.*}. A provider is switched on when its secrets are set
 * and its module ({@code io.webhooks4j:webhooks4j-<id>}) is on the class path.
 *
 * <pre>
 * webhooks:
 *   path: /webhooks                 # POST /webhooks/stripe, /webhooks/github, ...
 *   stripe:
 *     secrets: [${STRIPE_WEBHOOK_SECRET}]
 *   twilio:
 *     secrets: [${TWILIO_AUTH_TOKEN}]
 *     public-base-url: https://hooks.example.com
 * </pre>
 */
@ConfigurationProperties("webhooks")
public class WebhooksProperties {
    /** The provider ids that have a configuration block, in the order they are registered. */
    static final List<String> PROVIDER_IDS = List.of("stripe", "github", "twilio", "pagerduty", "shopify");

    /** Path under which the webhook servlet is mounted; the provider id is the last segment. */
    private String path = "/webhooks";

    /**
     * Proxies whose forwarded headers (Forwarded, X-Forwarded-*) are believed when rebuilding the public URL
     * of a request: IP addresses and CIDR ranges.
     */
    private List<String> trustedProxies = new ArrayList<>();

    /**
     * Which forwarded headers the trusted proxies write: x-forwarded (X-Forwarded-Proto, -Host, -Port) or
     * forwarded (RFC 7239). The other family is never read. Unset: x-forwarded. Needs trusted-proxies.
     */
    private WebhookServlet.Options.ForwardedHeaders forwardedHeaders;

    /**
     * Whether a trusted proxy's X-Forwarded-Prefix replaces the context path. Only when the proxy sets it
     * itself: one that passes the client's on lets the client choose the URL that is verified. Needs
     * trusted-proxies.
     */
    private boolean forwardedPrefix = false;

    /**
     * The host names (or IP addresses) the deliveries of URL-signing providers (Twilio) may be addressed to,
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
    private DataSize maxBodyInFlight;

    /** Where handled deliveries are remembered, so a provider's retry is not handled twice. */
    private Ledger ledger = Ledger.MEMORY;

    /** Table of the JDBC ledger. */
    private String ledgerTable = "webhooks4j_delivery";

    /** Whether the JDBC ledger creates its table at start-up when it is missing. */
    private boolean ledgerCreateTable = true;

    /**
     * Whether a webhooks.* property that binds to nothing (a misspelt name, a tolerance for a provider that
     * signs no timestamp) fails start-up; false logs it instead. Unknown WEBHOOKS_* environment variables
     * that are not clearly meant for the starter are only logged either way.
     */
    private boolean failOnUnknownProperties = true;

    /** Spring Security's chain for the webhook paths. */
    private final Security security = new Security();

    /** Stripe. Options are described in the webhooks4j-stripe README. */
    private final Stripe stripe = new Stripe();

    /** GitHub. Options (such as legacy-sha1) are described in the webhooks4j-github README. */
    private final Provider github = new Provider();

    /** Twilio. Options are described in the webhooks4j-twilio README. */
    private final Twilio twilio = new Twilio();

    /** PagerDuty. Options are described in the webhooks4j-pagerduty README. */
    private final Provider pagerduty = new Provider();

    /** Shopify. Options (such as public-app) are described in the webhooks4j-shopify README. */
    private final Provider shopify = new Provider();

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public List<String> getTrustedProxies() {
        return trustedProxies;
    }

    public void setTrustedProxies(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    public WebhookServlet.Options.ForwardedHeaders getForwardedHeaders() {
        return forwardedHeaders;
    }

    public void setForwardedHeaders(WebhookServlet.Options.ForwardedHeaders forwardedHeaders) {
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

    public DataSize getMaxBodyInFlight() {
        return maxBodyInFlight;
    }

    public void setMaxBodyInFlight(DataSize maxBodyInFlight) {
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

    public Stripe getStripe() {
        return stripe;
    }

    public Provider getGithub() {
        return github;
    }

    public Twilio getTwilio() {
        return twilio;
    }

    public Provider getPagerduty() {
        return pagerduty;
    }

    public Provider getShopify() {
        return shopify;
    }

    /** The block of provider {@code id}, or {@code null} for an id without one. */
    Provider provider(String id) {
        return switch (id) {
            case "stripe" -> stripe;
            case "github" -> github;
            case "twilio" -> twilio;
            case "pagerduty" -> pagerduty;
            case "shopify" -> shopify;
            default -> null;
        };
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

    /** The settings of one provider. */
    public static class Provider {
        /**
         * Whether the provider is on. Unset, it is on when secrets are set; true without secrets fails
         * start-up; false switches it and its listeners off.
         */
        private Boolean enabled;

        /**
         * Signing secrets. Several during a rotation: each verifies, and the one that matched is reported by
         * its id (key-1, key-2, ... in this order).
         */
        private List<String> secrets = new ArrayList<>();

        /**
         * Largest body accepted. Unset: the provider's own limit, 25MB for GitHub (the largest payload it
         * sends), 1MB for Stripe, Twilio, PagerDuty and Shopify.
         */
        private DataSize maxBodySize;

        /** Provider-specific options by name, as documented in the provider module's README. */
        private Map<String, String> options = new LinkedHashMap<>();

        public Boolean getEnabled() {
            return enabled;
        }

        public void setEnabled(Boolean enabled) {
            this.enabled = enabled;
        }

        public List<String> getSecrets() {
            return secrets;
        }

        public void setSecrets(List<String> secrets) {
            this.secrets = secrets;
        }

        public DataSize getMaxBodySize() {
            return maxBodySize;
        }

        public void setMaxBodySize(DataSize maxBodySize) {
            this.maxBodySize = maxBodySize;
        }

        public Map<String, String> getOptions() {
            return options;
        }

        public void setOptions(Map<String, String> options) {
            this.options = options;
        }

        /** The timestamp tolerance, for a provider that signs a timestamp; {@code null} when unset or none. */
        Duration tolerance() {
            return null;
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

    /** Stripe's settings: it signs a timestamp with each delivery. */
    public static class Stripe extends Provider {
        /**
         * How far in the past the signed timestamp (t= in Stripe-Signature) may be. Unset: 5 minutes, as
         * Stripe's own libraries.
         */
        private Duration tolerance;

        public Duration getTolerance() {
            return tolerance;
        }

        public void setTolerance(Duration tolerance) {
            this.tolerance = tolerance;
        }

        @Override
        Duration tolerance() {
            return tolerance;
        }
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

    /** Twilio's settings: it signs the public URL of the request, so that URL must be known exactly. */
    public static class Twilio extends Provider {
        /**
         * The URL the world uses to reach this application's context root (https://hooks.example.com), when
         * a proxy or tunnel sits in front of it. An alternative to trusted-proxies.
         */
        private String publicBaseUrl;

        public String getPublicBaseUrl() {
            return publicBaseUrl;
        }

        public void setPublicBaseUrl(String publicBaseUrl) {
            this.publicBaseUrl = publicBaseUrl;
        }
    }
}
