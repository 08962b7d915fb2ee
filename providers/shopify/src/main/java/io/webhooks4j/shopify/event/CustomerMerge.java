package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.webhooks4j.spi.RecordCopies;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The outcome of merging two customers into one: the payload of {@code customers/merge}, as its sample payload
 * shows (https://shopify.dev/docs/api/webhooks/2026-07).
 *
 * @param adminGraphqlApiCustomerKeptId the global id of the customer kept ({@code gid://shopify/Customer/...})
 * @param adminGraphqlApiCustomerDeletedId the global id of the customer merged into it and deleted
 * @param adminGraphqlApiJobId the global id of the merge job; null when there is none
 * @param status where the merge stands
 * @param errors why it failed (empty when it did not)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomerMerge(
        @Nullable String adminGraphqlApiCustomerKeptId,
        @Nullable String adminGraphqlApiCustomerDeletedId,
        @Nullable String adminGraphqlApiJobId,
        @Nullable CustomerMergeStatus status,
        List<MergeError> errors) {

    public CustomerMerge {
        errors = RecordCopies.viewOrEmpty(errors);
    }

    /**
     * One reason a merge failed.
     *
     * @param customerIds the ids of the customers concerned
     * @param field what failed, such as {@code merge_in_progress}
     * @param message a message for the merchant
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MergeError(
            List<Long> customerIds,
            @Nullable String field,
            @Nullable String message) {

        public MergeError {
            customerIds = RecordCopies.viewOrEmpty(customerIds);
        }
    }
}
