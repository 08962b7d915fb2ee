package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The payload of {@code fulfillment_holds/added} and {@code fulfillment_holds/released}: a hold and the
 * fulfillment order it is on, as the topics' sample payloads show them
 * (https://shopify.dev/docs/api/webhooks/2026-07).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FulfillmentHoldChange(
        @Nullable FulfillmentOrderRef fulfillmentOrder,
        @Nullable FulfillmentHold fulfillmentHold) {}
