package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Map;

/**
 * One item of a subscription: a price and a quantity. Since API version 2025-03-31 the current period lives
 * here rather than on the subscription.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubscriptionItem(
        String id,
        Price price,
        Long quantity,
        String subscription,
        @JsonProperty("current_period_start") Instant currentPeriodStart,
        @JsonProperty("current_period_end") Instant currentPeriodEnd,
        Instant created,
        Map<String, String> metadata) {

    public SubscriptionItem {
        metadata = Copies.metadata(metadata);
    }
}
