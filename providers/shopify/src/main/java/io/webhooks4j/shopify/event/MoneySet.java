package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * An amount in the shop's currency and in the currency the customer saw (Shopify's {@code *_set} fields).
 *
 * @param shopMoney in the shop's currency
 * @param presentmentMoney in the customer's currency
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MoneySet(@Nullable Money shopMoney, @Nullable Money presentmentMoney) {}
