package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A B2B company: the payload of {@code companies/create}, {@code companies/update} and {@code companies/delete},
 * and the {@code company} of its contacts and locations. Fields from the topics' sample payloads
 * (https://shopify.dev/docs/api/webhooks/2026-07), which identify companies by global id only.
 *
 * @param adminGraphqlApiId the company's global id ({@code gid://shopify/Company/...})
 * @param externalId the merchant's own id for the company
 * @param mainContactAdminGraphqlApiId the global id of its main contact
 * @param customerSince when the company became a customer
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Company(
        @Nullable String adminGraphqlApiId,
        @Nullable String name,
        @Nullable String note,
        @Nullable String externalId,
        @Nullable String mainContactAdminGraphqlApiId,
        @Nullable Instant customerSince,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt) {}
