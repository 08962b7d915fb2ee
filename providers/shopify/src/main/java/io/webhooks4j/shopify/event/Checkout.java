package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.webhooks4j.shopify.internal.Amount;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A checkout ({@code checkouts/create}, {@code checkouts/update}): a cart on its way to becoming an order, and
 * the basis of abandoned-checkout flows.
 *
 * @param completedAt null until the checkout became an order
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Checkout(
        Long id,
        String token,
        String cartToken,
        String name,
        String email,
        String phone,
        String gateway,
        String note,
        String currency,
        String presentmentCurrency,
        Boolean buyerAcceptsMarketing,
        Boolean taxesIncluded,
        @Amount BigDecimal subtotalPrice,
        @Amount BigDecimal totalPrice,
        @Amount BigDecimal totalTax,
        @Amount BigDecimal totalDiscounts,
        @Amount BigDecimal totalLineItemsPrice,
        String abandonedCheckoutUrl,
        Instant createdAt,
        Instant updatedAt,
        Instant completedAt,
        Customer customer,
        Address billingAddress,
        Address shippingAddress,
        List<CheckoutLineItem> lineItems,
        List<ShippingLine> shippingLines,
        List<TaxLine> taxLines,
        List<DiscountCode> discountCodes) {}
