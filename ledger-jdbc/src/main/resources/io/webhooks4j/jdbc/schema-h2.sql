-- webhooks4j delivery ledger, H2 2.x.
-- One row per (provider, delivery key): IN_FLIGHT while a request holds it, DONE once its handlers succeeded.
-- expires_at is in epoch milliseconds (UTC): the end of the lease (IN_FLIGHT) or of retention (DONE).
-- Rename the table (and its index) freely and pass the name to JdbcDeliveryLedger.builder().tableName(...).
CREATE TABLE IF NOT EXISTS webhooks4j_delivery (
    provider     VARCHAR(64)  NOT NULL,
    delivery_key VARCHAR(191) NOT NULL,
    state        VARCHAR(16)  NOT NULL,
    token        VARCHAR(64)  NOT NULL,
    expires_at   BIGINT       NOT NULL,
    PRIMARY KEY (provider, delivery_key)
);
CREATE INDEX IF NOT EXISTS webhooks4j_delivery_expires_idx ON webhooks4j_delivery (expires_at);
