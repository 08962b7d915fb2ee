package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A location (branch, office) of a B2B company: the payload of {@code company_locations/create}, {@code /update}
 * and {@code /delete}. Fields from the topics' sample payloads (https://shopify.dev/docs/api/webhooks/2026-07).
 *
 * @param adminGraphqlApiId the location's global id ({@code gid://shopify/CompanyLocation/...})
 * @param taxExemptions Shopify's tax exemption codes, such as {@code CA_BC_RESELLER_EXEMPTION}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompanyLocation(
        @Nullable String adminGraphqlApiId,
        @Nullable String name,
        @Nullable String externalId,
        @Nullable String phone,
        @Nullable String locale,
        @Nullable String note,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt,
        @Nullable List<String> taxExemptions,
        @Nullable TaxSettings taxSettings,
        @Nullable TaxRegistration taxRegistration,
        @Nullable Company company,
        @Nullable CompanyAddress billingAddress,
        @Nullable CompanyAddress shippingAddress) {

    /** A company location's tax settings. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TaxSettings(
            @Nullable String taxRegistrationId,
            @Nullable Boolean taxExempt,
            @Nullable List<String> taxExemptions) {}

    /** A company location's tax registration. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TaxRegistration(@Nullable String taxId) {}

    /**
     * A company location's billing or shipping address.
     *
     * @param adminGraphqlApiId the address's global id ({@code gid://shopify/CompanyAddress/...})
     * @param recipient the person or department it is addressed to
     * @param zoneCode the province or state code, such as {@code QC}
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CompanyAddress(
            @Nullable String adminGraphqlApiId,
            @Nullable String companyAdminGraphqlApiId,
            @Nullable String recipient,
            @Nullable String firstName,
            @Nullable String lastName,
            @Nullable String address1,
            @Nullable String address2,
            @Nullable String city,
            @Nullable String province,
            @Nullable String zoneCode,
            @Nullable String country,
            @Nullable String countryCode,
            @Nullable String zip,
            @Nullable String phone,
            @Nullable Instant createdAt,
            @Nullable Instant updatedAt) {}
}
