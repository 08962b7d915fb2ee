package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The shop's customer account settings: the payload of {@code customer_account_settings/update}, as its sample
 * payload shows (https://shopify.dev/docs/api/webhooks/2026-07).
 *
 * @param url the customer accounts' URL; null when not set
 * @param customerAccountsVersion which customer accounts the shop uses, such as {@code classic}
 * @param loginRequiredAtCheckout whether customers must log in to check out
 * @param loginLinksVisibleOnStorefrontAndCheckout whether login links show on the storefront and at checkout
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomerAccountSettings(
        @Nullable String url,
        @Nullable String customerAccountsVersion,
        @Nullable Boolean loginRequiredAtCheckout,
        @Nullable Boolean loginLinksVisibleOnStorefrontAndCheckout) {}
