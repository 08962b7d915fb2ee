-- webhooks4j durable inbox (JdbcInbox), MySQL 8.0 or later and MariaDB 10.6 or later (InnoDB). Claims use
-- SELECT ... FOR UPDATE SKIP LOCKED.
-- One row per stored delivery. (provider, deduplication_key) is unique, so storing is de-duplicating.
-- Times are epoch milliseconds (UTC). state is pending, claimed, done or dead.
-- due_at is when a worker may claim the row: next_attempt_at while pending, lease_until while claimed (taken
-- over once the lease has run out), NULL when done or dead. The due index keeps claiming cheap.
-- headers is a JSON object of header names to arrays of values, in the order received (ASCII, \u escapes).
-- Keys are compared byte for byte (utf8mb4_bin). Bodies up to the server's max_allowed_packet can be stored.
-- Rename the table (and its indexes) freely and pass the name to JdbcInbox.builder().tableName(...).
CREATE TABLE IF NOT EXISTS webhooks4j_inbox (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    provider          VARCHAR(64)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    deduplication_key VARCHAR(191)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    event_type        VARCHAR(255)  CHARACTER SET utf8mb4 NOT NULL,
    delivery_id       VARCHAR(255)  CHARACTER SET utf8mb4 NULL,
    url               MEDIUMTEXT    CHARACTER SET utf8mb4 NOT NULL,
    headers           MEDIUMTEXT    CHARACTER SET utf8mb4 NOT NULL,
    body              LONGBLOB      NOT NULL,
    key_id            VARCHAR(255)  CHARACTER SET utf8mb4 NOT NULL,
    signed_at         BIGINT        NULL,
    received_at       BIGINT        NOT NULL,
    state             VARCHAR(16)   CHARACTER SET ascii NOT NULL,
    attempts          INT           NOT NULL,
    next_attempt_at   BIGINT        NULL,
    due_at            BIGINT        NULL,
    last_error        VARCHAR(2000) CHARACTER SET utf8mb4 NULL,
    lease_owner       VARCHAR(255)  CHARACTER SET utf8mb4 NULL,
    lease_until       BIGINT        NULL,
    completed_at      BIGINT        NULL,
    PRIMARY KEY (id),
    UNIQUE (provider, deduplication_key),
    INDEX webhooks4j_inbox_due_idx (due_at, id),
    INDEX webhooks4j_inbox_state_idx (state, completed_at)
) ENGINE = InnoDB;
