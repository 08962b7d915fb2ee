package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

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
