package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A third-party tax calculation service: the payload of {@code tax_services/create} and
 * {@code tax_services/update}, as their sample payloads show it (https://shopify.dev/docs/api/webhooks/2026-07).
 *
 * @param url the service's callback URL
 * @param active whether the shop uses the service
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaxService(
        @Nullable Long id,
        @Nullable String name,
        @Nullable String url,
        @Nullable Boolean active) {}
