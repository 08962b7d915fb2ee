package io.webhooks4j.jdbc;

import io.webhooks4j.inbox.InMemoryInbox;
import io.webhooks4j.inbox.Inbox;

/** Core's {@link InMemoryInbox} against the same contract as {@link JdbcInbox}: both engines behave alike. */
class InMemoryInboxContractTest extends AbstractInboxContractTest {
    @Override
    Inbox newInbox() {
        return InMemoryInbox.create();
    }

    @Override
    boolean durable() {
        return false;
    }
}
