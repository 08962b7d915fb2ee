/**
 * Standard Webhooks for webhooks4j (https://www.standardwebhooks.com; OpenAI, Anthropic, Clerk, Resend and every
 * sender that delivers through Svix), on the provider template: {@link
 * io.webhooks4j.standardwebhooks.StandardWebhooksProvider} (its id configurable), {@link
 * io.webhooks4j.standardwebhooks.StandardWebhooksVerifier} ({@code v1} HMAC-SHA256 and {@code v1a} Ed25519
 * signatures over {@code webhook-id}, {@code webhook-timestamp} and the body), {@link
 * io.webhooks4j.standardwebhooks.StandardWebhooksSigner} for tests, the {@link
 * io.webhooks4j.standardwebhooks.StandardWebhookEvent} envelope with its typed {@code data}, the {@link
 * io.webhooks4j.standardwebhooks.OpenAiEvents} and {@link io.webhooks4j.standardwebhooks.AnthropicEvents}
 * catalogues, keys of your own sender's events from {@link io.webhooks4j.standardwebhooks.StandardWebhookEvents},
 * and {@link io.webhooks4j.standardwebhooks.StandardWebhooksHeaders}. Payload records live in {@code
 * io.webhooks4j.standardwebhooks.event}; the parser, key parsing and signature format in {@code .internal}.
 * Absent values are {@code @Nullable}; everything else is non-null.
 */
@NullMarked
package io.webhooks4j.standardwebhooks;

import org.jspecify.annotations.NullMarked;
