package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.spi.RecordCopies;
import io.webhooks4j.stripe.internal.StripeIdDeserializer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A Checkout Session ({@code "object": "checkout.session"}), the payload of {@code checkout.session.*}.
 *
 * @param totalDetails discount, shipping and tax totals
 * @param paymentMethodTypes the payment method types the session accepts ({@code card}, {@code klarna}, ...;
 *     Stripe adds types often, so they are strings); empty when not sent
 * @param customerCreation when Checkout creates a Customer
 * @param locale the IETF language tag of the page ({@code auto}, {@code fr}, {@code pt-BR}, ...), as sent
 * @param collectedInformation what the customer entered
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CheckoutSession(
        @Nullable String id,
        @Nullable Mode mode,
        @Nullable Status status,
        @JsonProperty("payment_status") @Nullable PaymentStatus paymentStatus,
        @JsonProperty("amount_subtotal") @Nullable Long amountSubtotal,
        @JsonProperty("amount_total") @Nullable Long amountTotal,
        @Nullable String currency,

        @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String customer,

        @JsonProperty("customer_email") @Nullable String customerEmail,
        @JsonProperty("customer_details") @Nullable CustomerDetails customerDetails,
        @JsonProperty("client_reference_id") @Nullable String clientReferenceId,

        @JsonProperty("payment_intent") @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String paymentIntent,

        @JsonProperty("setup_intent") @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String setupIntent,

        @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String subscription,

        @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String invoice,

        @JsonProperty("payment_link") @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String paymentLink,

        @Nullable String url,
        @JsonProperty("success_url") @Nullable String successUrl,
        @JsonProperty("cancel_url") @Nullable String cancelUrl,
        @JsonProperty("expires_at") @Nullable Instant expiresAt,
        @Nullable Instant created,
        @Nullable Boolean livemode,
        Map<String, String> metadata,
        @JsonProperty("total_details") @Nullable TotalDetails totalDetails,
        @JsonProperty("payment_method_types") List<String> paymentMethodTypes,
        @JsonProperty("customer_creation") @Nullable CustomerCreation customerCreation,
        @Nullable String locale,
        @JsonProperty("collected_information") @Nullable CollectedInformation collectedInformation) {

    public CheckoutSession {
        metadata = RecordCopies.mapOrEmpty(metadata);
        paymentMethodTypes = RecordCopies.listOrEmpty(paymentMethodTypes);
    }

    /** When Checkout creates a Customer for the session. */
    public enum CustomerCreation {
        /** Always. */
        @JsonProperty("always")
        ALWAYS,
        /** Only when needed (a subscription, saved payment details, ...). */
        @JsonProperty("if_required")
        IF_REQUIRED,
        /** A value added by Stripe after this library was written. */
        @JsonEnumDefaultValue
        UNKNOWN
    }

    /**
     * The session's totals besides the subtotal, in the smallest currency unit.
     *
     * @param amountDiscount the sum of all discounts
     * @param amountShipping the sum of all shipping amounts
     * @param amountTax the sum of all taxes
     * @param breakdown discounts and taxes one by one; sent only when expanded ({@code total_details.breakdown}),
     *     else null
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TotalDetails(
            @JsonProperty("amount_discount") @Nullable Long amountDiscount,
            @JsonProperty("amount_shipping") @Nullable Long amountShipping,
            @JsonProperty("amount_tax") @Nullable Long amountTax,
            @Nullable Breakdown breakdown) {}

    /** The discounts and taxes that make up {@link TotalDetails}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Breakdown(List<DiscountAmount> discounts, List<TaxAmount> taxes) {
        public Breakdown {
            discounts = RecordCopies.listOrEmpty(discounts);
            taxes = RecordCopies.listOrEmpty(taxes);
        }
    }

    /**
     * One discount of a session.
     *
     * @param amount the amount discounted, in the smallest currency unit
     * @param discount the discount applied
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DiscountAmount(
            @Nullable Long amount, @Nullable Discount discount) {}

    /**
     * The tax of one rate.
     *
     * @param amount the tax, in the smallest currency unit
     * @param rate the tax rate
     * @param taxabilityReason why the tax applies as it does, such as {@code standard_rated} or
     *     {@code reverse_charge} (Stripe extends the list as tax rules are added, so it is a string)
     * @param taxableAmount the amount the tax is computed on, in the smallest currency unit
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TaxAmount(
            @Nullable Long amount,
            @Nullable TaxRate rate,
            @JsonProperty("taxability_reason") @Nullable String taxabilityReason,
            @JsonProperty("taxable_amount") @Nullable Long taxableAmount) {}

    /**
     * A tax rate ({@code "object": "tax_rate"}).
     *
     * @param percentage the rate in percent, exactly as sent ({@code 8.25})
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TaxRate(
            @Nullable String id,
            @JsonProperty("display_name") @Nullable String displayName,
            @Nullable BigDecimal percentage,
            @Nullable Boolean inclusive,
            @Nullable String country,
            @Nullable String state,
            @Nullable String jurisdiction,
            @JsonProperty("tax_type") @Nullable String taxType) {}

    /**
     * What the customer entered for this session (API versions since 2025-03-31).
     *
     * @param businessName the customer's business name, or null
     * @param individualName the customer's own name, or null
     * @param shippingDetails where to ship, or null
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CollectedInformation(
            @JsonProperty("business_name") @Nullable String businessName,
            @JsonProperty("individual_name") @Nullable String individualName,
            @JsonProperty("shipping_details") @Nullable Shipping shippingDetails) {}

    /** What the session collects. */
    public enum Mode {
        @JsonProperty("payment")
        PAYMENT,
        @JsonProperty("setup")
        SETUP,
        @JsonProperty("subscription")
        SUBSCRIPTION,
        /** A mode added by Stripe after this library was written. */
        @JsonEnumDefaultValue
        UNKNOWN
    }

    /** The status of the session. */
    public enum Status {
        @JsonProperty("open")
        OPEN,
        @JsonProperty("complete")
        COMPLETE,
        @JsonProperty("expired")
        EXPIRED,
        /** A status added by Stripe after this library was written. */
        @JsonEnumDefaultValue
        UNKNOWN
    }

    /** Whether the session's payment has been collected. */
    public enum PaymentStatus {
        @JsonProperty("paid")
        PAID,
        @JsonProperty("unpaid")
        UNPAID,
        @JsonProperty("no_payment_required")
        NO_PAYMENT_REQUIRED,
        /** A status added by Stripe after this library was written. */
        @JsonEnumDefaultValue
        UNKNOWN
    }

    /** What the customer entered during checkout. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CustomerDetails(
            @Nullable Address address,
            @Nullable String email,
            @Nullable String name,
            @Nullable String phone,
            @JsonProperty("tax_exempt") @Nullable String taxExempt) {}
}
