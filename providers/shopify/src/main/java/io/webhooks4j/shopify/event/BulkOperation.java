package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A bulk query or mutation that finished: the payload of {@code bulk_operations/finish}, as its sample payload
 * shows it (https://shopify.dev/docs/api/webhooks/2026-07). The results' URL is not in the payload: query the
 * operation by {@link #adminGraphqlApiId()}.
 *
 * @param adminGraphqlApiId the operation's global id ({@code gid://shopify/BulkOperation/...})
 * @param status {@code completed}, {@code failed}, {@code canceled}, {@code expired}, ... in lower case as sent
 * @param type {@code query} or {@code mutation}
 * @param errorCode why it failed ({@code access_denied}, {@code internal_server_error}, {@code timeout}); null
 *     otherwise
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record BulkOperation(
        @Nullable String adminGraphqlApiId,
        @Nullable String status,
        @Nullable String type,
        @Nullable String errorCode,
        @Nullable Instant createdAt,
        @Nullable Instant completedAt) {}
