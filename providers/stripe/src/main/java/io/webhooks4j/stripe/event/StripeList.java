package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.spi.RecordCopies;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Stripe list object ({@code "object": "list"}) embedded in a resource: the first page of its items.
 * When {@code hasMore} is true, the rest must be fetched from {@code url} with the Stripe API.
 *
 * @param <T> the item type
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StripeList<T>(
        List<T> data,
        @JsonProperty("has_more") @Nullable Boolean hasMore,
        @JsonProperty("total_count") @Nullable Long totalCount,
        @Nullable String url) {
    public StripeList {
        data = RecordCopies.listOrEmpty(data);
    }
}
