package io.webhooks4j.spring;

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

    /** Where handled deliveries are remembered, so a provider's retry is not handled twice. */
    private Ledger ledger = Ledger.MEMORY;

    /** Table of the JDBC ledger. */
    private String ledgerTable = "webhooks4j_delivery";

    /** Whether the JDBC ledger creates its table at start-up when it is missing. */
    private boolean ledgerCreateTable = true;

    /** Stripe. Options are described in the webhooks4j-stripe README. */
    private final Provider stripe = new Provider();

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

    public Provider getStripe() {
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

        /** How far a signed timestamp may be from now, where the provider signs one. Unset: its default. */
        private Duration tolerance;

        /** Largest body accepted. Unset: the provider's default (1MB). */
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

        public Duration getTolerance() {
            return tolerance;
        }

        public void setTolerance(Duration tolerance) {
            this.tolerance = tolerance;
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
