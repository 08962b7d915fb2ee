package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.webhooks4j.shopify.internal.Amount;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * An order: the payload of {@code orders/create}, {@code orders/updated}, {@code orders/paid},
 * {@code orders/cancelled}, {@code orders/fulfilled} and {@code orders/partially_fulfilled}.
 *
 * <p>Money: the plain fields ({@code totalPrice}, ...) are in the shop's currency ({@link #currency()}); the
 * {@code *Set} fields carry both the shop's and the customer's ({@link #presentmentCurrency()}) amounts. The
 * {@code current*} fields reflect edits, refunds and removals after the order was placed.
 *
 * @param name the order's display name ({@code #1001})
 * @param orderNumber the shop-scoped order number ({@code 1001})
 * @param fulfillmentStatus {@code fulfilled}, {@code partial}, {@code restocked} or {@code null}
 * @param tags comma-separated, as Shopify sends them
 * @param paymentTerms when and how the order is to be paid (B2B and draft orders with terms); null when paid at
 *     checkout
 * @param estimatedTaxes true while the taxes are estimates that may change (before the order is final)
 * @param returns the order's returns, in brief
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Order(
        @Nullable Long id,
        @Nullable String adminGraphqlApiId,
        @Nullable String name,
        @Nullable Integer number,
        @Nullable Long orderNumber,
        @Nullable String email,
        @Nullable String contactEmail,
        @Nullable String phone,
        @Nullable String token,
        @Nullable String currency,
        @Nullable String presentmentCurrency,
        @Nullable FinancialStatus financialStatus,
        @Nullable String fulfillmentStatus,
        @Nullable String cancelReason,
        @Nullable Boolean confirmed,
        @Nullable Boolean test,
        @Nullable Boolean taxesIncluded,
        @Nullable Boolean taxExempt,
        @Nullable Boolean buyerAcceptsMarketing,
        @Amount @Nullable BigDecimal totalPrice,
        @Nullable MoneySet totalPriceSet,
        @Amount @Nullable BigDecimal subtotalPrice,
        @Nullable MoneySet subtotalPriceSet,
        @Amount @Nullable BigDecimal totalTax,
        @Nullable MoneySet totalTaxSet,
        @Amount @Nullable BigDecimal totalDiscounts,
        @Nullable MoneySet totalDiscountsSet,
        @Amount @Nullable BigDecimal totalLineItemsPrice,
        @Nullable MoneySet totalLineItemsPriceSet,
        @Nullable MoneySet totalShippingPriceSet,
        @Amount @Nullable BigDecimal totalOutstanding,
        @Amount @Nullable BigDecimal totalTipReceived,
        @Amount @Nullable BigDecimal currentTotalPrice,
        @Nullable MoneySet currentTotalPriceSet,
        @Amount @Nullable BigDecimal currentSubtotalPrice,
        @Nullable MoneySet currentSubtotalPriceSet,
        @Amount @Nullable BigDecimal currentTotalTax,
        @Nullable MoneySet currentTotalTaxSet,
        @Amount @Nullable BigDecimal currentTotalDiscounts,
        @Nullable MoneySet currentTotalDiscountsSet,
        @Nullable Integer totalWeight,
        @Nullable String tags,
        @Nullable String note,
        @Nullable List<NoteAttribute> noteAttributes,
        @Nullable String sourceName,
        @Nullable String customerLocale,
        @Nullable String orderStatusUrl,
        @Nullable String browserIp,
        @Nullable String checkoutToken,
        @Nullable String cartToken,
        @Nullable Long checkoutId,
        @Nullable Long locationId,
        @Nullable Long userId,
        @Nullable Long appId,
        @Nullable List<String> paymentGatewayNames,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt,
        @Nullable Instant processedAt,
        @Nullable Instant cancelledAt,
        @Nullable Instant closedAt,
        @Nullable Customer customer,
        @Nullable Address billingAddress,
        @Nullable Address shippingAddress,
        @Nullable List<LineItem> lineItems,
        @Nullable List<ShippingLine> shippingLines,
        @Nullable List<TaxLine> taxLines,
        @Nullable List<DiscountCode> discountCodes,
        @Nullable List<DiscountApplication> discountApplications,
        @Nullable List<Fulfillment> fulfillments,
        @Nullable List<Refund> refunds,
        @Nullable PaymentTerms paymentTerms,
        @Nullable Boolean estimatedTaxes,
        @Nullable List<Return> returns) {}
