/**
 * The Spring Boot starter of webhooks4j: auto-configuration of {@link io.webhooks4j.Webhooks} from {@code
 * webhooks.*} properties ({@link io.webhooks4j.spring.WebhooksProperties}), {@link
 * io.webhooks4j.spring.WebhookListener} methods, {@link io.webhooks4j.spring.WebhookRoute} and {@link
 * io.webhooks4j.spring.WebhooksCustomizer} beans, the servlet mounted at {@code webhooks.path}, Micrometer
 * metrics and the Actuator endpoint {@code webhooks}.
 */
package io.webhooks4j.spring;
