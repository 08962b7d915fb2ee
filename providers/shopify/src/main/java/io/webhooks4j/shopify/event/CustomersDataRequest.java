package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Mandatory compliance topic {@code customers/data_request}: a customer asked the merchant for their data; send
 * the merchant what your app stores about them.
 *
 * @param ordersRequested ids of the orders the request covers
 * @param dataRequest the request's own id
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomersDataRequest(
        @Nullable Long shopId,
        @Nullable String shopDomain,
        @Nullable ComplianceCustomer customer,
        @Nullable List<Long> ordersRequested,
        @Nullable DataRequest dataRequest) {

    /** The id of a data request. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DataRequest(@Nullable Long id) {}
}
