package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.webhooks4j.stripe.internal.StripeIdDeserializer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A Price ({@code "object": "price"}), the payload of {@code price.*} events and the price of a subscription
 * item. {@code unitAmount} is in the currency's minor unit; {@code unitAmountDecimal} allows fractions of it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Price(
        String id,
        Boolean active,
        String currency,
        @JsonProperty("unit_amount") Long unitAmount,
        @JsonProperty("unit_amount_decimal") BigDecimal unitAmountDecimal,
        Type type,
        @JsonProperty("billing_scheme") String billingScheme,
        Recurring recurring,
        @JsonDeserialize(using = StripeIdDeserializer.class) String product,
        String nickname,
        @JsonProperty("lookup_key") String lookupKey,
        @JsonProperty("tax_behavior") String taxBehavior,
        Boolean deleted,
        Instant created,
        Boolean livemode,
        Map<String, String> metadata) {

    public Price {
        metadata = Copies.metadata(metadata);
    }

    /** Whether the price is charged once or on a schedule. */
    public enum Type {
        @JsonProperty("one_time")
        ONE_TIME,
        @JsonProperty("recurring")
        RECURRING,
        /** A type added by Stripe after this library was written. */
        @JsonEnumDefaultValue
        UNKNOWN
    }

    /** How often a recurring price bills. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Recurring(
            Interval interval,
            @JsonProperty("interval_count") Long intervalCount,
            @JsonProperty("usage_type") String usageType,
            @JsonProperty("trial_period_days") Long trialPeriodDays,
            String meter) {}

    /** A billing interval. */
    public enum Interval {
        @JsonProperty("day")
        DAY,
        @JsonProperty("week")
        WEEK,
        @JsonProperty("month")
        MONTH,
        @JsonProperty("year")
        YEAR,
        /** An interval added by Stripe after this library was written. */
        @JsonEnumDefaultValue
        UNKNOWN
    }
}
