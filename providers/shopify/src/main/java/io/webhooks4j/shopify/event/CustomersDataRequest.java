package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

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
        Long shopId,
        String shopDomain,
        ComplianceCustomer customer,
        List<Long> ordersRequested,
        DataRequest dataRequest) {

    /** The id of a data request. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DataRequest(Long id) {}
}
