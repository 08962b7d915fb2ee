package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.webhooks4j.shopify.internal.Amount;
import io.webhooks4j.spi.RecordCopies;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * When and how an order is to be paid ({@code payment_terms}; null for orders paid at checkout), as Shopify's
 * Order resource documents it; also the payload of {@code payment_terms/create} and {@code payment_terms/update}
 * ({@code payment_terms/delete} sends only the id: {@link DeletedResource}), as those topics' sample payloads show
 * it (https://shopify.dev/docs/api/webhooks/2026-07).
 *
 * @param id the payment terms' id
 * @param amount the amount owed under the terms, exactly as sent
 * @param currency ISO 4217 code of {@code amount}
 * @param paymentTermsName the name of the template the terms were made from, such as {@code Net 30}
 * @param paymentTermsType the template's type
 * @param dueInDays days between issue and due date, for net terms; null otherwise
 * @param paymentSchedules the payments due (empty when none are sent)
 * @param adminGraphqlApiId the terms' global id (sent by the {@code payment_terms/*} topics)
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
        @Nullable Instant updatedAt,
        @Nullable String adminGraphqlApiId) {

    public PaymentTerms {
        paymentSchedules = RecordCopies.viewOrEmpty(paymentSchedules);
    }

    /**
     * One payment due under an order's payment terms; also the payload of {@code payment_schedules/due}, as its
     * sample payload shows it (https://shopify.dev/docs/api/webhooks/2026-07).
     *
     * @param amount the amount due, exactly as sent
     * @param currency ISO 4217 code of {@code amount}
     * @param issuedAt when the invoice was issued
     * @param dueAt when the payment is due
     * @param completedAt when it was paid; null while outstanding
     * @param expectedPaymentMethod how the payment is expected, such as {@code shopify_payments}
     * @param paymentTermsId the id of the payment terms it belongs to
     * @param adminGraphqlApiId its global id ({@code gid://shopify/PaymentSchedule/...})
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
            @Nullable String expectedPaymentMethod,
            @Nullable Long paymentTermsId,
            @Nullable String adminGraphqlApiId) {}
}
