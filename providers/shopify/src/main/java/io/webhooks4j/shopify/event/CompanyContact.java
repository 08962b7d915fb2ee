package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A customer acting for a B2B company: the payload of {@code company_contacts/create}, {@code /update} and
 * {@code /delete}. Fields from the topics' sample payloads (https://shopify.dev/docs/api/webhooks/2026-07).
 *
 * @param adminGraphqlApiId the contact's global id ({@code gid://shopify/CompanyContact/...})
 * @param customerAdminGraphqlApiId the global id of the customer behind the contact
 * @param title the contact's job title
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompanyContact(
        @Nullable String adminGraphqlApiId,
        @Nullable String customerAdminGraphqlApiId,
        @Nullable String title,
        @Nullable String locale,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt,
        @Nullable Company company) {}
