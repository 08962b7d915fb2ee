package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.spi.RecordCopies;
import io.webhooks4j.stripe.internal.StripeIdDeserializer;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One line of an invoice. API versions since 2025-03-31 say what the line bills in {@code pricing} and
 * {@code parent}; earlier ones in {@code price} and {@code subscription}. Both are here: whichever the event's
 * version does not send is null.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InvoiceLineItem(
        @Nullable String id,
        @Nullable Long amount,
        @Nullable String currency,
        @Nullable String description,
        @Nullable Long quantity,
        @Nullable Period period,
        @Nullable String invoice,
        @Nullable Boolean discountable,
        @Nullable Pricing pricing,
        @Nullable Parent parent,
        @Nullable Price price,

        @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String subscription,

        @Nullable Boolean proration,
        @Nullable Boolean livemode,
        Map<String, String> metadata) {

    public InvoiceLineItem {
        metadata = RecordCopies.mapOrEmpty(metadata);
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
            @Nullable String type,
            @JsonProperty("price_details") @Nullable PriceDetails priceDetails,
            @JsonProperty("unit_amount_decimal") @Nullable BigDecimal unitAmountDecimal) {}

    /** The price and product a line bills. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PriceDetails(
            @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
            String price,

            @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
            String product) {}

    /** What created the line: an invoice item or a subscription item. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Parent(
            @Nullable String type,
            @JsonProperty("invoice_item_details") @Nullable ItemDetails invoiceItemDetails,

            @JsonProperty("subscription_item_details") @Nullable
            ItemDetails subscriptionItemDetails) {}

    /** The item behind a line. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ItemDetails(
            @JsonProperty("invoice_item") @Nullable String invoiceItem,
            @JsonProperty("subscription_item") @Nullable String subscriptionItem,
            @Nullable String subscription,
            @Nullable Boolean proration) {}
}
