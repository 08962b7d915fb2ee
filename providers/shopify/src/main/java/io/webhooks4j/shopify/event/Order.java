package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.webhooks4j.shopify.internal.Amount;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

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
        Long id,
        String adminGraphqlApiId,
        String name,
        Integer number,
        Long orderNumber,
        String email,
        String contactEmail,
        String phone,
        String token,
        String currency,
        String presentmentCurrency,
        FinancialStatus financialStatus,
        String fulfillmentStatus,
        String cancelReason,
        Boolean confirmed,
        Boolean test,
        Boolean taxesIncluded,
        Boolean taxExempt,
        Boolean buyerAcceptsMarketing,
        @Amount BigDecimal totalPrice,
        MoneySet totalPriceSet,
        @Amount BigDecimal subtotalPrice,
        MoneySet subtotalPriceSet,
        @Amount BigDecimal totalTax,
        MoneySet totalTaxSet,
        @Amount BigDecimal totalDiscounts,
        MoneySet totalDiscountsSet,
        @Amount BigDecimal totalLineItemsPrice,
        MoneySet totalLineItemsPriceSet,
        MoneySet totalShippingPriceSet,
        @Amount BigDecimal totalOutstanding,
        @Amount BigDecimal totalTipReceived,
        @Amount BigDecimal currentTotalPrice,
        MoneySet currentTotalPriceSet,
        @Amount BigDecimal currentSubtotalPrice,
        MoneySet currentSubtotalPriceSet,
        @Amount BigDecimal currentTotalTax,
        MoneySet currentTotalTaxSet,
        @Amount BigDecimal currentTotalDiscounts,
        MoneySet currentTotalDiscountsSet,
        Integer totalWeight,
        String tags,
        String note,
        List<NoteAttribute> noteAttributes,
        String sourceName,
        String customerLocale,
        String orderStatusUrl,
        String browserIp,
        String checkoutToken,
        String cartToken,
        Long checkoutId,
        Long locationId,
        Long userId,
        Long appId,
        List<String> paymentGatewayNames,
        Instant createdAt,
        Instant updatedAt,
        Instant processedAt,
        Instant cancelledAt,
        Instant closedAt,
        Customer customer,
        Address billingAddress,
        Address shippingAddress,
        List<LineItem> lineItems,
        List<ShippingLine> shippingLines,
        List<TaxLine> taxLines,
        List<DiscountCode> discountCodes,
        List<DiscountApplication> discountApplications,
        List<Fulfillment> fulfillments,
        List<Refund> refunds,
        PaymentTerms paymentTerms,
        Boolean estimatedTaxes,
        List<Return> returns) {}
