/**
 * Standard Webhooks for webhooks4j (https://www.standardwebhooks.com; OpenAI, Anthropic, Clerk, Resend and every
 * sender that delivers through Svix): {@link io.webhooks4j.standardwebhooks.StandardWebhooksProvider} (verification
 * of {@code v1} HMAC-SHA256 and {@code v1a} Ed25519 signatures over {@code webhook-id}, {@code webhook-timestamp}
 * and the body, parsing, de-duplication by the signed message id), {@link
 * io.webhooks4j.standardwebhooks.StandardWebhookEvent} with its typed {@code data}, keys of your own sender's events
 * from {@link io.webhooks4j.standardwebhooks.StandardWebhookEvents}, the {@link
 * io.webhooks4j.standardwebhooks.OpenAiEvents} and {@link io.webhooks4j.standardwebhooks.AnthropicEvents}
 * catalogues and {@link io.webhooks4j.standardwebhooks.StandardWebhooksSigner} for tests. Payload records live in
 * {@code io.webhooks4j.standardwebhooks.event}.
 */
package io.webhooks4j.standardwebhooks;
