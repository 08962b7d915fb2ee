package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.webhooks4j.shopify.internal.Amount;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

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
        Long id,
        String adminGraphqlApiId,
        String email,
        String firstName,
        String lastName,
        String phone,
        String state,
        String note,
        String tags,
        String currency,
        Boolean verifiedEmail,
        Boolean taxExempt,
        List<String> taxExemptions,
        Integer ordersCount,
        @Amount BigDecimal totalSpent,
        Long lastOrderId,
        String lastOrderName,
        String multipassIdentifier,
        Instant createdAt,
        Instant updatedAt,
        Address defaultAddress,
        List<Address> addresses,
        MarketingConsent emailMarketingConsent,
        MarketingConsent smsMarketingConsent) {}
