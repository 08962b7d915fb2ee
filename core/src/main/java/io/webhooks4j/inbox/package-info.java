/**
 * The durable inbox: acknowledge a verified delivery once it is stored, run its handlers afterwards, retry what
 * failed, keep what never succeeded. {@link io.webhooks4j.inbox.Inbox} is both the engine SPI (JDBC in {@code
 * webhooks4j-jdbc}, {@link io.webhooks4j.inbox.InMemoryInbox} for tests) and the operations API (list, show,
 * retry, replay, purge); {@link io.webhooks4j.inbox.InboxOptions} configures the workers {@link
 * io.webhooks4j.Webhooks} runs.
 */
@NullMarked
package io.webhooks4j.inbox;

import org.jspecify.annotations.NullMarked;
