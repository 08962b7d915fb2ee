package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A customer's SMS marketing consent changed: the payload of {@code customers_marketing_consent/update}, as its
 * sample payload shows it (https://shopify.dev/docs/api/webhooks/2026-07).
 *
 * @param id the customer's id
 * @param phone the phone number the consent is for
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomerSmsMarketingConsentUpdate(
        @Nullable Long id, @Nullable String phone, @Nullable MarketingConsent smsMarketingConsent) {}
