package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.spi.RecordCopies;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One item of a subscription: a price and a quantity. Since API version 2025-03-31 the current period lives
 * here rather than on the subscription.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubscriptionItem(
        @Nullable String id,
        @Nullable Price price,
        @Nullable Long quantity,
        @Nullable String subscription,
        @JsonProperty("current_period_start") @Nullable Instant currentPeriodStart,
        @JsonProperty("current_period_end") @Nullable Instant currentPeriodEnd,
        @Nullable Instant created,
        Map<String, String> metadata) {

    public SubscriptionItem {
        metadata = RecordCopies.mapOrEmpty(metadata);
    }
}
