package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A language the shop is translated into: the payload of {@code locales/create}, {@code locales/update} and
 * {@code locales/destroy}, as their sample payloads show it (https://shopify.dev/docs/api/webhooks/2026-07).
 *
 * @param locale the locale's code, such as {@code fr-CA}
 * @param published whether buyers can see the shop in it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShopLocale(@Nullable String locale, @Nullable Boolean published) {}
