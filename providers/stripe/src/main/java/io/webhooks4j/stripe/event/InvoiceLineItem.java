package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.webhooks4j.stripe.internal.StripeIdDeserializer;
import java.math.BigDecimal;
import java.util.Map;

/**
 * One line of an invoice. API versions since 2025-03-31 say what the line bills in {@code pricing} and
 * {@code parent}; earlier ones in {@code price} and {@code subscription}. Both are here: whichever the event's
 * version does not send is null.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InvoiceLineItem(
        String id,
        Long amount,
        String currency,
        String description,
        Long quantity,
        Period period,
        String invoice,
        Boolean discountable,
        Pricing pricing,
        Parent parent,
        Price price,
        @JsonDeserialize(using = StripeIdDeserializer.class) String subscription,
        Boolean proration,
        Boolean livemode,
        Map<String, String> metadata) {

    public InvoiceLineItem {
        metadata = Copies.metadata(metadata);
    }

    /** The id of the price this line bills, from {@code pricing} or (older versions) {@code price}. */
    public String priceId() {
        if (pricing != null
                && pricing.priceDetails() != null
                && pricing.priceDetails().price() != null) {
            return pricing.priceDetails().price();
        }
        return price == null ? null : price.id();
    }

    /** The subscription this line belongs to, from {@code parent} or (older versions) {@code subscription}. */
    public String subscriptionId() {
        if (parent != null && parent.subscriptionItemDetails() != null) {
            String fromParent = parent.subscriptionItemDetails().subscription();
            if (fromParent != null) {
                return fromParent;
            }
        }
        return subscription;
    }

    /** How the line is priced. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Pricing(
            String type,
            @JsonProperty("price_details") PriceDetails priceDetails,
            @JsonProperty("unit_amount_decimal") BigDecimal unitAmountDecimal) {}

    /** The price and product a line bills. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PriceDetails(
            @JsonDeserialize(using = StripeIdDeserializer.class)
            String price,

            @JsonDeserialize(using = StripeIdDeserializer.class)
            String product) {}

    /** What created the line: an invoice item or a subscription item. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Parent(
            String type,
            @JsonProperty("invoice_item_details") ItemDetails invoiceItemDetails,
            @JsonProperty("subscription_item_details") ItemDetails subscriptionItemDetails) {}

    /** The item behind a line. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ItemDetails(
            @JsonProperty("invoice_item") String invoiceItem,
            @JsonProperty("subscription_item") String subscriptionItem,
            String subscription,
            Boolean proration) {}
}
