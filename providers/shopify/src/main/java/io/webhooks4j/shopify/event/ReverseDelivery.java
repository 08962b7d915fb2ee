package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A reverse delivery (the shipment of a return back to the merchant) that got its tracking or label: the payload
 * of {@code reverse_deliveries/attach_deliverable}, as its sample payload shows
 * (https://shopify.dev/docs/api/webhooks/2026-07).
 *
 * @param id the reverse delivery's id
 * @param adminGraphqlApiId its global id ({@code gid://shopify/ReverseDelivery/...})
 * @param returnRef the return it ships ({@code return} in the payload, a Java keyword)
 * @param shippingDeliverable its tracking and label
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReverseDelivery(
        @Nullable Long id,
        @Nullable String adminGraphqlApiId,
        @JsonProperty("return") @Nullable ResourceId returnRef,
        @Nullable ShippingDeliverable shippingDeliverable) {

    /** A reverse delivery's tracking and return label. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ShippingDeliverable(
            @Nullable Tracking tracking, @Nullable Label label) {}

    /**
     * How a reverse delivery is tracked.
     *
     * @param carrierName the carrier, such as {@code USPS}
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Tracking(
            @Nullable String carrierName,
            @Nullable String trackingNumber,
            @Nullable String trackingUrl) {}

    /**
     * A return shipping label.
     *
     * @param publicFileUrl where the label can be downloaded
     * @param createdAt when it was created
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Label(
            @Nullable String publicFileUrl, @Nullable Instant createdAt) {}
}
