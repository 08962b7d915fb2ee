package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The card or wallet a transaction was paid with ({@code payment_details} of {@code order_transactions/create}
 * and {@code tender_transactions/create}), masked by Shopify.
 *
 * @param creditCardNumber the masked number, such as {@code •••• •••• •••• 1234}
 * @param creditCardCompany the card's brand, such as {@code Visa}
 * @param creditCardBin the card's issuer identification number
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PaymentDetails(
        @Nullable String creditCardNumber,
        @Nullable String creditCardCompany,
        @Nullable String creditCardName,
        @Nullable String creditCardWallet,
        @Nullable String creditCardBin,
        @Nullable Integer creditCardExpirationMonth,
        @Nullable Integer creditCardExpirationYear,
        @Nullable String avsResultCode,
        @Nullable String cvvResultCode,
        @Nullable String paymentMethodName) {}
