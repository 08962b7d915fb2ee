package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A return of (part of) an order: the payload of {@code returns/request}, {@code returns/approve},
 * {@code returns/decline}, {@code returns/cancel}, {@code returns/close} and {@code returns/reopen}, and the brief
 * form in an order's {@code returns}. Each topic sends the fields its sample payload shows
 * (https://shopify.dev/docs/api/webhooks/2026-07): {@code request} and {@code approve} the return with its
 * shipping fees and exchange items and its {@link #order()}; {@code decline} the {@link #decline()} and the order;
 * {@code cancel}, {@code close} and {@code reopen} the status and {@link #orderId()} only. The sample payloads
 * list no return line items, so {@code return_line_items} is not modelled (read it through {@code raw()}).
 *
 * @param id the return's id
 * @param adminGraphqlApiId its GraphQL id ({@code gid://shopify/Return/...})
 * @param name its display name, such as {@code #1001-R1}
 * @param status where the return stands
 * @param orderId the order's id ({@code returns/cancel}, {@code /close}, {@code /reopen})
 * @param order the order ({@code returns/request}, {@code /approve}, {@code /decline})
 * @param totalReturnLineItems how many line items it returns
 * @param totalExchangeLineItems how many items are sent in exchange
 * @param decline why the return was declined ({@code returns/decline})
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Return(
        @Nullable Long id,
        @Nullable String adminGraphqlApiId,
        @Nullable String name,
        @Nullable ReturnStatus status,
        @Nullable Integer totalReturnLineItems,
        @Nullable Long orderId,
        @Nullable ResourceId order,
        @Nullable List<ShippingFee> returnShippingFees,
        @Nullable List<ExchangeLineItem> exchangeLineItems,
        @Nullable Integer totalExchangeLineItems,
        @Nullable Decline decline) {

    /**
     * A fee charged to the customer for shipping the return.
     *
     * @param price the fee, in the shop's and the customer's currency
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ShippingFee(
            @Nullable Long id,
            @Nullable String adminGraphqlApiId,
            @Nullable MoneySet price) {}

    /**
     * An item sent to the customer in exchange for a returned one.
     *
     * @param lineItem the order line item created for it; null until then
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ExchangeLineItem(
            @Nullable Long id,
            @Nullable String adminGraphqlApiId,
            @Nullable LineItem lineItem) {}

    /**
     * Why a return was declined.
     *
     * @param reason {@code return_period_ended}, {@code final_sale} or {@code other}
     * @param note the merchant's note to the customer
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Decline(@Nullable String reason, @Nullable String note) {}
}
