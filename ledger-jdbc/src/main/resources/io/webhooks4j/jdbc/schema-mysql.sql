-- webhooks4j delivery ledger, MySQL 5.7 or later and MariaDB 10.3 or later (InnoDB).
-- One row per (provider, delivery key): IN_FLIGHT while a request holds it, DONE once its handlers succeeded.
-- expires_at is in epoch milliseconds (UTC): the end of the lease (IN_FLIGHT) or of retention (DONE).
-- Keys are compared byte for byte (utf8mb4_bin): delivery ids are case-sensitive. 191 characters keep the
-- primary key inside InnoDB's index size limit.
-- Rename the table (and its index) freely and pass the name to JdbcDeliveryLedger.builder().tableName(...).
CREATE TABLE IF NOT EXISTS webhooks4j_delivery (
    provider     VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    delivery_key VARCHAR(191) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    state        VARCHAR(16)  CHARACTER SET ascii NOT NULL,
    token        VARCHAR(64)  CHARACTER SET ascii NOT NULL,
    expires_at   BIGINT       NOT NULL,
    PRIMARY KEY (provider, delivery_key),
    INDEX webhooks4j_delivery_expires_idx (expires_at)
) ENGINE = InnoDB;
