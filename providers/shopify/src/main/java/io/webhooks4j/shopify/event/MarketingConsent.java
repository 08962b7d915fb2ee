package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A customer's email or SMS marketing consent.
 *
 * @param state {@code subscribed}, {@code not_subscribed}, {@code pending}, {@code unsubscribed}, ...
 * @param optInLevel {@code single_opt_in}, {@code confirmed_opt_in} or {@code unknown}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MarketingConsent(
        @Nullable String state,
        @Nullable String optInLevel,
        @Nullable Instant consentUpdatedAt,
        @Nullable String consentCollectedFrom) {}
