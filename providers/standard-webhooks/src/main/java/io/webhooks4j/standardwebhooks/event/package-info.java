/**
 * Payload records ({@code data}) of the catalogued senders' events: OpenAI's ({@link
 * io.webhooks4j.standardwebhooks.event.OpenAiResource}, {@link io.webhooks4j.standardwebhooks.event.OpenAiIncomingCall},
 * {@link io.webhooks4j.standardwebhooks.event.OpenAiIncomingSession}) and Anthropic's ({@link
 * io.webhooks4j.standardwebhooks.event.AnthropicResource}). Both senders send thin payloads (ids to fetch the object
 * by); fields a record does not model are ignored, and the event keeps them in its JSON bytes ({@code json()}, as a tree {@code raw()}). Lists that are absent read
 * as empty; fields that may be absent are {@code @Nullable}.
 */
@NullMarked
package io.webhooks4j.standardwebhooks.event;

import org.jspecify.annotations.NullMarked;
