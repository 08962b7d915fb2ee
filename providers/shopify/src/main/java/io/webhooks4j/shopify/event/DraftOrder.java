package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.shopify.internal.Amount;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A draft order: the payload of {@code draft_orders/create} and {@code draft_orders/update} ({@code
 * draft_orders/delete} sends only the id: {@link DeletedResource}).
 *
 * <p>Fields as in the topics' sample payloads of the Shopify webhook reference
 * (https://shopify.dev/docs/api/webhooks/2026-07) and the REST {@code DraftOrder} resource. Money is in
 * {@link #currency()}.
 *
 * @param name the draft's display name ({@code #D133})
 * @param status where the draft stands
 * @param invoiceUrl the checkout link sent to the customer
 * @param orderId the order the draft became once completed; null before
 * @param tags comma-separated, as Shopify sends them
 * @param appliedDiscount the discount on the whole draft, if any
 * @param shippingLine the (custom or carrier) shipping line, if any
 * @param paymentTerms when and how the resulting order is to be paid; null when paid at checkout
 * @param allowDiscountCodesInCheckout sent as {@code allow_discount_codes_in_checkout?}
 * @param b2b sent as {@code b2b?}: whether the draft is for a company (B2B)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DraftOrder(
        @Nullable Long id,
        @Nullable String adminGraphqlApiId,
        @Nullable String name,
        @Nullable DraftOrderStatus status,
        @Nullable String email,
        @Nullable String note,
        @Nullable String currency,
        @Nullable Boolean taxesIncluded,
        @Nullable Boolean taxExempt,
        @Nullable String tags,
        @Amount @Nullable BigDecimal totalPrice,
        @Amount @Nullable BigDecimal subtotalPrice,
        @Amount @Nullable BigDecimal totalTax,
        @Nullable String invoiceUrl,
        @Nullable Instant invoiceSentAt,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt,
        @Nullable Instant completedAt,
        @Nullable Long orderId,
        @Nullable Long apiClientId,
        @Nullable Customer customer,
        @Nullable Address shippingAddress,
        @Nullable Address billingAddress,
        @Nullable List<DraftOrderLineItem> lineItems,
        @Nullable AppliedDiscount appliedDiscount,
        @Nullable DraftOrderShippingLine shippingLine,
        @Nullable List<TaxLine> taxLines,
        @Nullable List<NoteAttribute> noteAttributes,
        @Nullable PaymentTerms paymentTerms,

        @JsonProperty("allow_discount_codes_in_checkout?") @Nullable
        Boolean allowDiscountCodesInCheckout,

        @JsonProperty("b2b?") @Nullable Boolean b2b) {}
