package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * A customer's email or SMS marketing consent.
 *
 * @param state {@code subscribed}, {@code not_subscribed}, {@code pending}, {@code unsubscribed}, ...
 * @param optInLevel {@code single_opt_in}, {@code confirmed_opt_in} or {@code unknown}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MarketingConsent(
        String state, String optInLevel, Instant consentUpdatedAt, String consentCollectedFrom) {}
