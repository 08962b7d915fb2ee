/**
 * A {@link io.webhooks4j.DeliveryLedger} in a relational database ({@link io.webhooks4j.jdbc.JdbcDeliveryLedger}),
 * so several instances of an application run each delivery once. Plain {@code java.sql}; the schema for each
 * database is shipped as {@code io/webhooks4j/jdbc/schema-<dialect>.sql}.
 */
@NullMarked
package io.webhooks4j.jdbc;

import org.jspecify.annotations.NullMarked;
