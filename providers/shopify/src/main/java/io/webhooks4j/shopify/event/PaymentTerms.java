package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.webhooks4j.shopify.internal.Amount;
import io.webhooks4j.shopify.internal.ShopifyLists;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * When and how an order is to be paid ({@code payment_terms}; null for orders paid at checkout), as Shopify's
 * Order resource documents it.
 *
 * @param id the payment terms' id
 * @param amount the amount owed under the terms, exactly as sent
 * @param currency ISO 4217 code of {@code amount}
 * @param paymentTermsName the name of the template the terms were made from, such as {@code Net 30}
 * @param paymentTermsType the template's type
 * @param dueInDays days between issue and due date, for net terms; null otherwise
 * @param paymentSchedules the payments due (empty when none are sent)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PaymentTerms(
        @Nullable Long id,
        @Amount @Nullable BigDecimal amount,
        @Nullable String currency,
        @Nullable String paymentTermsName,
        @Nullable PaymentTermsType paymentTermsType,
        @Nullable Integer dueInDays,
        List<PaymentSchedule> paymentSchedules,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt) {

    public PaymentTerms {
        paymentSchedules = ShopifyLists.viewOrEmpty(paymentSchedules);
    }

    /**
     * One payment due under an order's payment terms.
     *
     * @param amount the amount due, exactly as sent
     * @param currency ISO 4217 code of {@code amount}
     * @param issuedAt when the invoice was issued
     * @param dueAt when the payment is due
     * @param completedAt when it was paid; null while outstanding
     * @param expectedPaymentMethod how the payment is expected, such as {@code shopify_payments}
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PaymentSchedule(
            @Nullable Long id,
            @Amount @Nullable BigDecimal amount,
            @Nullable String currency,
            @Nullable Instant issuedAt,
            @Nullable Instant dueAt,
            @Nullable Instant completedAt,
            @Nullable String expectedPaymentMethod) {}
}
