package io.webhooks4j.spring;

import io.webhooks4j.Webhooks;

/**
 * Adjusts the auto-configured {@link Webhooks} before it is built: add a provider of your own, handlers,
 * observers. Customizer beans run in {@link org.springframework.core.annotation.Order order}, after the
 * providers, listeners, handler beans and observers are registered.
 */
@FunctionalInterface
public interface WebhooksCustomizer {
    void customize(Webhooks.Builder builder);
}
