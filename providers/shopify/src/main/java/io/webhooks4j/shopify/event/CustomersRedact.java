package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Mandatory compliance topic {@code customers/redact}: erase what your app stores about this customer (and these
 * orders).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomersRedact(
        @Nullable Long shopId,
        @Nullable String shopDomain,
        @Nullable ComplianceCustomer customer,
        @Nullable List<Long> ordersToRedact) {}
