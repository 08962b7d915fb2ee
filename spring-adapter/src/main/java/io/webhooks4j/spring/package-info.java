/**
 * The Spring Boot starter of webhooks4j: auto-configuration of {@link io.webhooks4j.Webhooks} from {@code
 * webhooks.*} properties ({@link io.webhooks4j.spring.WebhooksProperties}, and a {@code webhooks.<id>.*} block
 * per provider the starter discovers, bound from the provider's descriptor), {@link
 * io.webhooks4j.spring.WebhookListener} methods, {@link io.webhooks4j.spring.WebhookRoute} and {@link
 * io.webhooks4j.spring.WebhooksCustomizer} beans, the servlet mounted at {@code webhooks.path}, the durable inbox
 * ({@code webhooks.inbox.*}: the application's {@code Inbox} bean or a {@code JdbcInbox} on its {@code DataSource},
 * with a health indicator, gauges and the Actuator endpoint {@code webhooksinbox}), Micrometer metrics and the
 * Actuator endpoint {@code webhooks}. The starter names no provider: it knows them through their
 * {@link io.webhooks4j.spi.WebhookProviderFactory} only.
 */
@NullMarked
package io.webhooks4j.spring;

import org.jspecify.annotations.NullMarked;
