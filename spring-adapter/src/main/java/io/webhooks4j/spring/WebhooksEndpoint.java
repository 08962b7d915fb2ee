package io.webhooks4j.spring;

import io.webhooks4j.Webhooks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The Actuator endpoint {@code webhooks}: the configured providers with their key ids (never a secret), the
 * deliveries counted by outcome, rejections counted by reason, and the last rejections with their reason
 * codes and times (never their messages, which may quote the sender). Expose it as any endpoint
 * ({@code management.endpoints.web.exposure.include=health,webhooks}).
 */
@Endpoint(id = "webhooks")
public class WebhooksEndpoint {
    private final Webhooks webhooks;
    private final ConfiguredProviders configured;
    private final WebhookStatistics statistics;

    WebhooksEndpoint(Webhooks webhooks, ConfiguredProviders configured, WebhookStatistics statistics) {
        this.webhooks = webhooks;
        this.configured = configured;
        this.statistics = statistics;
    }

    @ReadOperation
    public Report report() {
        List<ProviderReport> providers = new ArrayList<>();
        for (String id : webhooks.providerIds()) {
            List<String> keyIds = webhooks.provider(id).map(p -> p.keyIds()).orElse(List.of());
            if (keyIds.isEmpty()) {
                keyIds = configured.keyIds(id);
            }
            providers.add(new ProviderReport(id, keyIds, webhooks.maxBodyBytes(id)));
        }
        String ledger = webhooks.ledger() == null
                ? "none"
                : webhooks.ledger().getClass().getSimpleName();
        return new Report(
                providers,
                ledger,
                statistics.totals(),
                statistics.counts(),
                statistics.rejectionsByReason(),
                statistics.recentRejections());
    }

    /**
     * What the endpoint answers.
     *
     * @param providers the configured providers
     * @param ledger the ledger's type ({@code none} when de-duplication is off)
     * @param totals deliveries by outcome (handled, acknowledged, duplicate, in_flight, rejected, failed)
     * @param byProvider the same, per provider
     * @param rejectionsByReason rejections counted by reason code ({@code no_matching_signature}, ...)
     * @param recentRejections the last rejections, newest first
     */
    public record Report(
            List<ProviderReport> providers,
            String ledger,
            Map<String, Long> totals,
            Map<String, Map<String, Long>> byProvider,
            Map<String, Long> rejectionsByReason,
            List<Rejection> recentRejections) {}

    /**
     * One configured provider.
     *
     * @param id the provider id
     * @param keyIds the ids of its secrets (key-1, key-2, ...), never the secrets
     * @param maxBodyBytes its body limit
     */
    public record ProviderReport(String id, List<String> keyIds, long maxBodyBytes) {}

    /**
     * One rejected delivery. No message: a rejection's message may quote what the sender sent (the path, a
     * header), and the endpoint shows nothing a sender controls. The full diagnosis is logged at DEBUG.
     *
     * @param at when
     * @param provider the provider id ({@code unknown} for a path naming no configured provider)
     * @param reason the reason code, such as {@code no_matching_signature}
     * @param status the status answered
     */
    public record Rejection(
            Instant at, String provider, @Nullable String reason, int status) {}
}
