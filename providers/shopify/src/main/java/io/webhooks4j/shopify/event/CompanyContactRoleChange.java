package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A role assigned to or revoked from a company contact at one of the company's locations: the payload of
 * {@code company_contact_roles/assign} and {@code company_contact_roles/revoke}, as their sample payloads show it
 * (https://shopify.dev/docs/api/webhooks/2026-07).
 *
 * @param companyContactRole the role, such as {@code Location Admin}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompanyContactRoleChange(
        @Nullable CompanyContact companyContact,
        @Nullable CompanyLocation companyLocation,
        @Nullable Role companyContactRole) {

    /** A company contact role. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Role(@Nullable String name) {}
}
