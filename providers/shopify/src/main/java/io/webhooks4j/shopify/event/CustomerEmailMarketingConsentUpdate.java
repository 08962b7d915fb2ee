package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A customer's email marketing consent changed: the payload of {@code customers_email_marketing_consent/update},
 * as its sample payload shows it (https://shopify.dev/docs/api/webhooks/2026-07).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomerEmailMarketingConsentUpdate(
        @Nullable Long customerId,
        @Nullable String emailAddress,
        @Nullable MarketingConsent emailMarketingConsent) {}
