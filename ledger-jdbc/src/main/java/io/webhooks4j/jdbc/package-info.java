/**
 * Relational storage for webhooks4j, plain {@code java.sql} on PostgreSQL, MySQL/MariaDB and H2: the durable inbox
 * ({@link io.webhooks4j.jdbc.JdbcInbox}, an {@link io.webhooks4j.inbox.Inbox}: store, then acknowledge, then
 * process; shared by every instance on the database) and the de-duplication ledger of inline mode ({@link
 * io.webhooks4j.jdbc.JdbcDeliveryLedger}, a {@link io.webhooks4j.DeliveryLedger}, so several instances run each
 * delivery once). The schemas are shipped as {@code io/webhooks4j/jdbc/inbox-schema-<dialect>.sql} and {@code
 * io/webhooks4j/jdbc/schema-<dialect>.sql}.
 */
@NullMarked
package io.webhooks4j.jdbc;

import org.jspecify.annotations.NullMarked;
