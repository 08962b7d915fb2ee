package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.webhooks4j.stripe.internal.StripeIdDeserializer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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
        String id,
        Mode mode,
        Status status,
        @JsonProperty("payment_status") PaymentStatus paymentStatus,
        @JsonProperty("amount_subtotal") Long amountSubtotal,
        @JsonProperty("amount_total") Long amountTotal,
        String currency,
        @JsonDeserialize(using = StripeIdDeserializer.class) String customer,
        @JsonProperty("customer_email") String customerEmail,
        @JsonProperty("customer_details") CustomerDetails customerDetails,
        @JsonProperty("client_reference_id") String clientReferenceId,

        @JsonProperty("payment_intent") @JsonDeserialize(using = StripeIdDeserializer.class)
        String paymentIntent,

        @JsonProperty("setup_intent") @JsonDeserialize(using = StripeIdDeserializer.class)
        String setupIntent,

        @JsonDeserialize(using = StripeIdDeserializer.class) String subscription,
        @JsonDeserialize(using = StripeIdDeserializer.class) String invoice,

        @JsonProperty("payment_link") @JsonDeserialize(using = StripeIdDeserializer.class)
        String paymentLink,

        String url,
        @JsonProperty("success_url") String successUrl,
        @JsonProperty("cancel_url") String cancelUrl,
        @JsonProperty("expires_at") Instant expiresAt,
        Instant created,
        Boolean livemode,
        Map<String, String> metadata,
        @JsonProperty("total_details") TotalDetails totalDetails,
        @JsonProperty("payment_method_types") List<String> paymentMethodTypes,
        @JsonProperty("customer_creation") CustomerCreation customerCreation,
        String locale,
        @JsonProperty("collected_information") CollectedInformation collectedInformation) {

    public CheckoutSession {
        metadata = Copies.metadata(metadata);
        paymentMethodTypes = Copies.list(paymentMethodTypes);
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
            @JsonProperty("amount_discount") Long amountDiscount,
            @JsonProperty("amount_shipping") Long amountShipping,
            @JsonProperty("amount_tax") Long amountTax,
            Breakdown breakdown) {}

    /** The discounts and taxes that make up {@link TotalDetails}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Breakdown(List<DiscountAmount> discounts, List<TaxAmount> taxes) {
        public Breakdown {
            discounts = Copies.list(discounts);
            taxes = Copies.list(taxes);
        }
    }

    /**
     * One discount of a session.
     *
     * @param amount the amount discounted, in the smallest currency unit
     * @param discount the discount applied
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DiscountAmount(Long amount, Discount discount) {}

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
            Long amount,
            TaxRate rate,
            @JsonProperty("taxability_reason") String taxabilityReason,
            @JsonProperty("taxable_amount") Long taxableAmount) {}

    /**
     * A tax rate ({@code "object": "tax_rate"}).
     *
     * @param percentage the rate in percent, exactly as sent ({@code 8.25})
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TaxRate(
            String id,
            @JsonProperty("display_name") String displayName,
            BigDecimal percentage,
            Boolean inclusive,
            String country,
            String state,
            String jurisdiction,
            @JsonProperty("tax_type") String taxType) {}

    /**
     * What the customer entered for this session (API versions since 2025-03-31).
     *
     * @param businessName the customer's business name, or null
     * @param individualName the customer's own name, or null
     * @param shippingDetails where to ship, or null
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CollectedInformation(
            @JsonProperty("business_name") String businessName,
            @JsonProperty("individual_name") String individualName,
            @JsonProperty("shipping_details") Shipping shippingDetails) {}

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
            Address address,
            String email,
            String name,
            String phone,
            @JsonProperty("tax_exempt") String taxExempt) {}
}
