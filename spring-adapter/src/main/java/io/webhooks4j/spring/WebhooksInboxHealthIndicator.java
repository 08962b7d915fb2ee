package io.webhooks4j.spring;

import io.webhooks4j.inbox.InboxState;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The health of the webhooks inbox: UP while the inbox can be read, with the deliveries counted by state, the age
 * of the oldest due delivery and whether the inbox is durable; DOWN when it cannot be read (deliveries in inbox mode
 * are then answered 503). Dead deliveries do not make it DOWN (the inbox works; they wait for an operator): they are
 * counted in the details.
 */
final class WebhooksInboxHealthIndicator extends AbstractHealthIndicator {
    private final InboxSnapshots snapshots;

    WebhooksInboxHealthIndicator(InboxSnapshots snapshots) {
        super("The webhooks inbox cannot be read");
        this.snapshots = snapshots;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        InboxSnapshots.Snapshot snapshot = snapshots.read();
        builder.withDetail("inbox", snapshots.inbox().toString())
                .withDetail("durable", snapshots.inbox().isDurable());
        if (snapshot.failure() != null) {
            // the operation and the database's own words; an inbox never puts a body or header in a message
            builder.down(snapshot.failure());
            return;
        }
        Map<String, Long> deliveries = new LinkedHashMap<>();
        for (InboxState state : InboxState.values()) {
            deliveries.put(state.code(), snapshot.count(state));
        }
        builder.up()
                .withDetail("deliveries", deliveries)
                .withDetail("oldestDueAgeSeconds", snapshot.oldestDueAge().toSeconds())
                .withDetail("dead", snapshot.count(InboxState.DEAD));
    }
}
