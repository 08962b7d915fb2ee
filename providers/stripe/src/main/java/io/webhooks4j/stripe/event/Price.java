package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.spi.RecordCopies;
import io.webhooks4j.stripe.internal.StripeIdDeserializer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A Price ({@code "object": "price"}), the payload of {@code price.*} events and the price of a subscription
 * item. {@code unitAmount} is in the currency's minor unit; {@code unitAmountDecimal} allows fractions of it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Price(
        @Nullable String id,
        @Nullable Boolean active,
        @Nullable String currency,
        @JsonProperty("unit_amount") @Nullable Long unitAmount,
        @JsonProperty("unit_amount_decimal") @Nullable BigDecimal unitAmountDecimal,
        @Nullable Type type,
        @JsonProperty("billing_scheme") @Nullable String billingScheme,
        @Nullable Recurring recurring,

        @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String product,

        @Nullable String nickname,
        @JsonProperty("lookup_key") @Nullable String lookupKey,
        @JsonProperty("tax_behavior") @Nullable String taxBehavior,
        @Nullable Boolean deleted,
        @Nullable Instant created,
        @Nullable Boolean livemode,
        Map<String, String> metadata) {

    public Price {
        metadata = RecordCopies.mapOrEmpty(metadata);
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
            @Nullable Interval interval,
            @JsonProperty("interval_count") @Nullable Long intervalCount,
            @JsonProperty("usage_type") @Nullable String usageType,
            @JsonProperty("trial_period_days") @Nullable Long trialPeriodDays,
            @Nullable String meter) {}

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
