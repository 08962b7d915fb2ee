package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.spi.RecordCopies;
import io.webhooks4j.stripe.internal.StripeIdDeserializer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An order of Stripe's retired legacy Orders API (Orders v1, {@code "object": "order"}, ids {@code or_...}), the
 * payload of the deprecated {@code order.created}, {@code order.updated}, {@code order.payment_succeeded},
 * {@code order.payment_failed} events. Amounts are in the currency's minor unit; each {@link Item} is a SKU,
 * tax, shipping or discount line.
 *
 * <p>Hand-written: the 2023-08-16 spec the generated records come from no longer describes this object. Fields and
 * types follow the schema {@code order} (and {@code order_item}, {@code order_return}, {@code shipping_method},
 * {@code delivery_estimate}, {@code status_transitions}) of stripe/openapi {@code openapi/spec3.yaml} at commit
 * dd21899b0a6f6ed7ac301ec72c10c4c78220062a (2022-05-05, API version 2020-08-27), the last spec that describes
 * the legacy order (the fields are the same from the 2018-02-06 spec on). Later specs (May to November 2022)
 * reuse the schema name {@code order} for the Orders beta, another object ({@code amount_total}, {@code
 * line_items}, ...); such a payload still parses here, with only the fields the two share ({@code id}, {@code
 * created}, {@code currency}, {@code customer}, {@code status}, ...). {@code deleted} is true on a deletion stub,
 * as on every other record.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LegacyOrder(
        @Nullable String id,
        @Nullable Long amount,
        @JsonProperty("amount_returned") @Nullable Long amountReturned,

        @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String application,

        @JsonProperty("application_fee") @Nullable Long applicationFee,

        @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String charge,

        @Nullable Instant created,
        @Nullable String currency,

        @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String customer,

        @Nullable String email,
        @JsonProperty("external_coupon_code") @Nullable String externalCouponCode,
        List<Item> items,
        @Nullable Boolean livemode,
        Map<String, String> metadata,
        @Nullable StripeList<Return> returns,
        @JsonProperty("selected_shipping_method") @Nullable String selectedShippingMethod,
        @Nullable Shipping shipping,
        @JsonProperty("shipping_methods") List<ShippingMethod> shippingMethods,
        @Nullable Status status,
        @JsonProperty("status_transitions") @Nullable StatusTransitions statusTransitions,
        @Nullable Instant updated,
        @JsonProperty("upstream_id") @Nullable String upstreamId,
        @Nullable Boolean deleted) {
    public LegacyOrder {
        items = RecordCopies.listOrEmpty(items);
        metadata = RecordCopies.mapOrEmpty(metadata);
        shippingMethods = RecordCopies.listOrEmpty(shippingMethods);
    }

    /** Values of {@code status} (listed in the spec's description); {@code UNKNOWN} for any other. */
    public enum Status {
        @JsonProperty("created")
        CREATED,
        @JsonProperty("paid")
        PAID,
        @JsonProperty("canceled")
        CANCELED,
        @JsonProperty("fulfilled")
        FULFILLED,
        @JsonProperty("returned")
        RETURNED,
        /** A value the spec did not list. */
        @JsonEnumDefaultValue
        UNKNOWN
    }

    /**
     * A line of the order ({@code "object": "order_item"}): {@code parent} is the SKU's id for a {@link Type#SKU}
     * line, and {@code quantity} is set only then.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(
            @Nullable Long amount,
            @Nullable String currency,
            @Nullable String description,

            @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
            String parent,

            @Nullable Long quantity,
            @Nullable Type type) {
        /** Values of {@code type} (listed in the spec's description); {@code UNKNOWN} for any other. */
        public enum Type {
            @JsonProperty("sku")
            SKU,
            @JsonProperty("tax")
            TAX,
            @JsonProperty("shipping")
            SHIPPING,
            @JsonProperty("discount")
            DISCOUNT,
            /** A value the spec did not list. */
            @JsonEnumDefaultValue
            UNKNOWN
        }
    }

    /** A return of some of the order's items ({@code "object": "order_return"}), with its refund's id. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Return(
            @Nullable String id,
            @Nullable Long amount,
            @Nullable Instant created,
            @Nullable String currency,
            List<Item> items,
            @Nullable Boolean livemode,

            @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
            String order,

            @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
            String refund) {
        public Return {
            items = RecordCopies.listOrEmpty(items);
        }
    }

    /** A shipping method offered for the order ({@code shipping_method}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ShippingMethod(
            @Nullable String id,
            @Nullable Long amount,
            @Nullable String currency,
            @JsonProperty("delivery_estimate") @Nullable DeliveryEstimate deliveryEstimate,
            @Nullable String description) {}

    /**
     * The estimated delivery of a shipping method ({@code delivery_estimate}): {@code date} for an {@link
     * Type#EXACT} estimate, {@code earliest} and {@code latest} for a {@link Type#RANGE}, as {@code YYYY-MM-DD}.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeliveryEstimate(
            @Nullable Type type,
            @Nullable String date,
            @Nullable String earliest,
            @Nullable String latest) {
        /** Values of {@code type} (listed in the spec's description); {@code UNKNOWN} for any other. */
        public enum Type {
            @JsonProperty("exact")
            EXACT,
            @JsonProperty("range")
            RANGE,
            /** A value the spec did not list. */
            @JsonEnumDefaultValue
            UNKNOWN
        }
    }

    /**
     * When the order reached each status ({@code status_transitions}). Stripe spells the fulfilment time {@code
     * fulfiled}.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StatusTransitions(
            @Nullable Instant canceled,
            @JsonProperty("fulfiled") @Nullable Instant fulfilled,
            @Nullable Instant paid,
            @Nullable Instant returned) {}
}
