/**
 * webhooks4j core: the framework-free pipeline ({@code io.webhooks4j}), the inbox ({@code io.webhooks4j.inbox}) and
 * the SPI for provider and adapter authors ({@code io.webhooks4j.spi}).
 *
 * <p>{@code io.webhooks4j.internal} is not API: it is exported only to the webhooks4j provider modules that use it,
 * so a module of your own cannot compile against it.
 */
// "module": the qualified export names provider modules that are not on the module path when core itself is
// compiled, which -Xlint:all reports as "module not found"; only that category, only on this declaration.
@SuppressWarnings("module")
module io.webhooks4j {
    // Jackson 3 types (JsonMapper, JsonNode, JsonParser, TokenBuffer, ...) are in WebhookJson's signatures;
    // tools.jackson.databind itself requires tools.jackson.core and com.fasterxml.jackson.annotation transitively
    requires transitive tools.jackson.databind;
    // @NullMarked packages and @Nullable on the API
    requires transitive org.jspecify;

    exports io.webhooks4j;
    exports io.webhooks4j.inbox;
    exports io.webhooks4j.spi;
    exports io.webhooks4j.internal to
            io.webhooks4j.github,
            io.webhooks4j.pagerduty,
            io.webhooks4j.shopify,
            io.webhooks4j.standardwebhooks,
            io.webhooks4j.stripe,
            io.webhooks4j.twilio;

    // WebhookProviderFactory.discover: ServiceLoader.load(WebhookProviderFactory.class, loader)
    uses io.webhooks4j.spi.WebhookProviderFactory;
}
