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
 * A customer ({@code customers/*} topics, and the {@code customer} of an order or checkout).
 *
 * @param state {@code disabled}, {@code invited}, {@code enabled} or {@code declined}
 * @param tags comma-separated, as Shopify sends them
 * @param totalSpent present in older API versions only
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Customer(
        @Nullable Long id,
        @Nullable String adminGraphqlApiId,
        @Nullable String email,
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable String phone,
        @Nullable String state,
        @Nullable String note,
        @Nullable String tags,
        @Nullable String currency,
        @Nullable Boolean verifiedEmail,
        @Nullable Boolean taxExempt,
        @Nullable List<String> taxExemptions,
        @Nullable Integer ordersCount,
        @Amount @Nullable BigDecimal totalSpent,
        @Nullable Long lastOrderId,
        @Nullable String lastOrderName,
        @Nullable String multipassIdentifier,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt,
        @Nullable Address defaultAddress,
        @Nullable List<Address> addresses,
        @Nullable MarketingConsent emailMarketingConsent,
        @Nullable MarketingConsent smsMarketingConsent) {}
