-- webhooks4j durable inbox (JdbcInbox), PostgreSQL 9.5 or later.
-- One row per stored delivery. (provider, deduplication_key) is unique, so storing is de-duplicating.
-- Times are epoch milliseconds (UTC). state is pending, claimed, done or dead.
-- due_at is when a worker may claim the row: next_attempt_at while pending, lease_until while claimed (taken
-- over once the lease has run out), NULL when done or dead. The due index keeps claiming cheap.
-- headers is a JSON object of header names to arrays of values, in the order received (ASCII, \u escapes).
-- Rename the table (and its indexes) freely and pass the name to JdbcInbox.builder().tableName(...).
CREATE TABLE IF NOT EXISTS webhooks4j_inbox (
    id                BIGSERIAL     PRIMARY KEY,
    provider          VARCHAR(64)   NOT NULL,
    deduplication_key VARCHAR(191)  NOT NULL,
    event_type        VARCHAR(255)  NOT NULL,
    delivery_id       VARCHAR(255),
    url               TEXT          NOT NULL,
    headers           TEXT          NOT NULL,
    body              BYTEA         NOT NULL,
    key_id            VARCHAR(255)  NOT NULL,
    signed_at         BIGINT,
    received_at       BIGINT        NOT NULL,
    state             VARCHAR(16)   NOT NULL,
    attempts          INTEGER       NOT NULL,
    next_attempt_at   BIGINT,
    due_at            BIGINT,
    last_error        VARCHAR(2000),
    lease_owner       VARCHAR(255),
    lease_until       BIGINT,
    completed_at      BIGINT,
    UNIQUE (provider, deduplication_key)
);
CREATE INDEX IF NOT EXISTS webhooks4j_inbox_due_idx ON webhooks4j_inbox (due_at, id);
CREATE INDEX IF NOT EXISTS webhooks4j_inbox_state_idx ON webhooks4j_inbox (state, completed_at);
