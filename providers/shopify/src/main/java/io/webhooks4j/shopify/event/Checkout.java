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
 * A checkout ({@code checkouts/create}, {@code checkouts/update}): a cart on its way to becoming an order, and
 * the basis of abandoned-checkout flows.
 *
 * @param completedAt null until the checkout became an order
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Checkout(
        @Nullable Long id,
        @Nullable String token,
        @Nullable String cartToken,
        @Nullable String name,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String gateway,
        @Nullable String note,
        @Nullable String currency,
        @Nullable String presentmentCurrency,
        @Nullable Boolean buyerAcceptsMarketing,
        @Nullable Boolean taxesIncluded,
        @Amount @Nullable BigDecimal subtotalPrice,
        @Amount @Nullable BigDecimal totalPrice,
        @Amount @Nullable BigDecimal totalTax,
        @Amount @Nullable BigDecimal totalDiscounts,
        @Amount @Nullable BigDecimal totalLineItemsPrice,
        @Nullable String abandonedCheckoutUrl,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt,
        @Nullable Instant completedAt,
        @Nullable Customer customer,
        @Nullable Address billingAddress,
        @Nullable Address shippingAddress,
        @Nullable List<CheckoutLineItem> lineItems,
        @Nullable List<ShippingLine> shippingLines,
        @Nullable List<TaxLine> taxLines,
        @Nullable List<DiscountCode> discountCodes) {}
