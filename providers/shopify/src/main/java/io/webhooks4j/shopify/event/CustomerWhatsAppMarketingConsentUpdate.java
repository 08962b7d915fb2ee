package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A customer's WhatsApp marketing consent changed: the payload of
 * {@code customers_whats_app_marketing_consent/update}, as its sample payload shows it
 * (https://shopify.dev/docs/api/webhooks/2026-07).
 *
 * @param customerId the customer's id
 * @param phoneNumber the phone number the consent is for
 * @param whatsAppMarketingConsent the consent as it now stands
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomerWhatsAppMarketingConsentUpdate(
        @Nullable Long customerId,
        @Nullable String phoneNumber,
        @Nullable WhatsAppMarketingConsent whatsAppMarketingConsent) {

    /**
     * A customer's WhatsApp marketing consent. Its keys are not those of the email and SMS consents
     * ({@link MarketingConsent}): {@code updated_at} and {@code collected_from}, without the {@code consent_} prefix.
     *
     * @param state {@code subscribed}, {@code not_subscribed}, {@code pending}, {@code unsubscribed}, ...
     * @param optInLevel {@code single_opt_in}, {@code confirmed_opt_in} or {@code unknown}
     * @param updatedAt when the consent last changed
     * @param collectedFrom where the consent was collected ({@code other}, {@code shopify}, ...)
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WhatsAppMarketingConsent(
            @Nullable String state,
            @Nullable String optInLevel,
            @Nullable Instant updatedAt,
            @Nullable String collectedFrom) {}
}
