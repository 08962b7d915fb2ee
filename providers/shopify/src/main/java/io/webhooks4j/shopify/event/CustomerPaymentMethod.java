package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A customer's stored payment method (for subscriptions): the payload of {@code customer_payment_methods/create},
 * {@code /update} and {@code /revoke}, as their sample payloads show it
 * (https://shopify.dev/docs/api/webhooks/2026-07).
 *
 * @param token the payment method's id, also the tail of {@link #adminGraphqlApiId()}
 * @param instrumentType {@code CustomerCreditCard}, {@code CustomerPaypalBillingAgreement},
 *     {@code CustomerShopPayAgreement}, ...
 * @param paymentInstrument the card, masked (for other instrument types only what Shopify sends)
 * @param resourceType what the method was stored for, such as {@code Subscriptions}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomerPaymentMethod(
        @Nullable String adminGraphqlApiId,
        @Nullable String token,
        @Nullable Long customerId,
        @Nullable String adminGraphqlApiCustomerId,
        @Nullable String instrumentType,
        @Nullable PaymentInstrument paymentInstrument,
        @Nullable String resourceType) {

    /**
     * A stored card, masked.
     *
     * @param lastDigits the card number's last four digits
     * @param name the cardholder's name
     * @param brand such as {@code Visa}
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PaymentInstrument(
            @Nullable String lastDigits,
            @Nullable Integer month,
            @Nullable Integer year,
            @Nullable String name,
            @Nullable String brand) {}
}
