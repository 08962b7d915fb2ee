package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * Mandatory compliance topic {@code customers/redact}: erase what your app stores about this customer (and these
 * orders).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomersRedact(Long shopId, String shopDomain, ComplianceCustomer customer, List<Long> ordersToRedact) {}
