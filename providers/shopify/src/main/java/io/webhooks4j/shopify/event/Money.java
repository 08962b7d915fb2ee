package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.webhooks4j.shopify.internal.Amount;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * An amount in one currency: {@code {"amount": "19.99", "currency_code": "USD"}}; the camelCase payloads
 * ({@code customers/purchasing_summary}) spell the code {@code currencyCode}, which is read too.
 *
 * @param amount the amount, exactly as sent
 * @param currencyCode ISO 4217 code
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Money(
        @Amount @Nullable BigDecimal amount,
        @JsonAlias("currencyCode") @Nullable String currencyCode) {}
