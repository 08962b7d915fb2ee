package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A theme's role: Shopify's {@code ThemeRole} (shopify.dev admin-graphql 2026-07), sent in lower case by webhooks
 * (upper case is read too). Values Shopify adds later read as {@link #UNKNOWN}.
 */
public enum ThemeRole {
    /** The published theme. */
    @JsonProperty("main")
    @JsonAlias("MAIN")
    MAIN,
    @JsonProperty("unpublished")
    @JsonAlias("UNPUBLISHED")
    UNPUBLISHED,
    @JsonProperty("demo")
    @JsonAlias("DEMO")
    DEMO,
    @JsonProperty("development")
    @JsonAlias("DEVELOPMENT")
    DEVELOPMENT,
    @JsonProperty("archived")
    @JsonAlias("ARCHIVED")
    ARCHIVED,
    @JsonProperty("locked")
    @JsonAlias("LOCKED")
    LOCKED,
    /** A value this version does not know. */
    @JsonEnumDefaultValue
    UNKNOWN
}
