package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.stripe.internal.StripeIdDeserializer;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A Discount ({@code "object": "discount"}), the payload of {@code customer.discount.*} events. The coupon
 * (or, in recent API versions, {@code source.coupon}) is kept as a tree.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Discount(
        @Nullable String id,

        @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String customer,

        @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String subscription,

        @Nullable String invoice,
        @Nullable JsonNode coupon,

        @JsonProperty("promotion_code") @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String promotionCode,

        @Nullable Instant start,
        @Nullable Instant end) {}
