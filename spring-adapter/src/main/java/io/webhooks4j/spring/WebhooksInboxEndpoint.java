package io.webhooks4j.spring;

import io.webhooks4j.inbox.Inbox;
import io.webhooks4j.inbox.InboxDelivery;
import io.webhooks4j.inbox.InboxQuery;
import io.webhooks4j.inbox.InboxState;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.Access;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.convert.DurationStyle;

/**
 * The Actuator endpoint {@code webhooksinbox}, to operate the durable inbox: list deliveries ({@code GET
 * /actuator/webhooksinbox?state=dead&provider=stripe&limit=50}), show one ({@code GET /actuator/webhooksinbox/42}:
 * its metadata, the names of its headers and the size of its body; the body only with {@code body=true} where
 * {@code webhooks.inbox.show-body} allows), and, with unrestricted access, retry, replay and purge ({@code POST
 * /actuator/webhooksinbox/retry} with {@code {"id": 42}}, {@code retry-dead}, {@code replay} with {@code {"since":
 * "2h"}} or an instant, {@code purge} with {@code {"state": "done", "olderThan": "30d"}}).
 *
 * <p>Secured as every Actuator endpoint is: not exposed over HTTP unless the application exposes it ({@code
 * management.endpoints.web.exposure.include=health,webhooksinbox}), and read-only by default: the write operations
 * exist only with {@code management.endpoint.webhooksinbox.access=unrestricted}.
 */
@Endpoint(id = WebhooksInboxEndpoint.ID, defaultAccess = Access.READ_ONLY)
public class WebhooksInboxEndpoint {
    static final String ID = "webhooksinbox";
    static final int DEFAULT_LIMIT = 100;

    private final Inbox inbox;
    private final Clock clock;
    private final WebhooksProperties.ShowBody showBody;

    WebhooksInboxEndpoint(Inbox inbox, Clock clock, WebhooksProperties.ShowBody showBody) {
        this.inbox = inbox;
        this.clock = clock;
        this.showBody = showBody;
    }

    /**
     * The deliveries counted by state and the newest ones matching the filters, newest first.
     *
     * @param state only this state: pending, claimed, done or dead
     * @param provider only this provider id
     * @param limit at most this many (1 to 1000, default 100)
     * @param before only deliveries with a smaller id (the next page after the last id seen)
     * @return the counts and the deliveries
     */
    @ReadOperation
    public Listing list(
            @Nullable String state, @Nullable String provider, @Nullable Integer limit, @Nullable Long before) {
        InboxQuery query = new InboxQuery(
                state == null || state.isBlank() ? null : state(state),
                provider == null || provider.isBlank() ? null : provider.strip(),
                null,
                before,
                limit(limit));
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<InboxState, Long> byState = inbox.counts();
        for (InboxState s : InboxState.values()) {
            counts.put(s.code(), byState.getOrDefault(s, 0L));
        }
        List<Summary> deliveries = new ArrayList<>();
        for (InboxDelivery delivery : inbox.list(query)) {
            deliveries.add(Summary.of(delivery));
        }
        return new Listing(inbox.toString(), inbox.isDurable(), counts, deliveries);
    }

    /**
     * One delivery: its metadata, header names and body size; its body (as text) only when asked for with {@code
     * body=true} and {@code webhooks.inbox.show-body} allows it to the caller. No such delivery: 404.
     *
     * @param id the delivery's inbox id
     * @param body whether to show the body
     * @param security who asks
     * @return the delivery, or {@code null} (404) when there is none
     */
    @ReadOperation
    public @Nullable Details show(@Selector long id, @Nullable Boolean body, SecurityContext security) {
        InboxDelivery delivery = inbox.find(id).orElse(null);
        if (delivery == null) {
            return null;
        }
        boolean shown = Boolean.TRUE.equals(body) && show().isShown(security, List.of());
        return Details.of(delivery, shown);
    }

    /**
     * Changes what the inbox holds (only with unrestricted access).
     *
     * @param operation {@code retry} (with {@code id}), {@code retry-dead}, {@code replay} (with {@code since}) or
     *     {@code purge} (with {@code state} and {@code olderThan})
     * @param id for {@code retry}: the delivery to make due again now, its attempts reset
     * @param since for {@code replay}: done deliveries received since this instant (ISO-8601, such as {@code
     *     2026-12-01T10:00:00Z}) or this long ago (a duration such as {@code 2h}) run their handlers again
     * @param state for {@code purge}: {@code done} or {@code dead}
     * @param olderThan for {@code purge}: deliveries that became done or dead longer ago than this (such as {@code 30d})
     * @return what was done
     */
    @WriteOperation
    public Result operate(
            @Selector String operation,
            @Nullable Long id,
            @Nullable String since,
            @Nullable String state,
            @Nullable String olderThan) {
        Instant now = clock.instant();
        String op = operation.strip().toLowerCase(Locale.ROOT);
        switch (op) {
            case "retry" -> {
                if (id == null) {
                    throw new InvalidEndpointRequestException(
                            "retry needs the delivery's id: {\"id\": 42}", "missing id");
                }
                boolean retried = inbox.retry(id, now);
                return new Result(
                        op,
                        retried ? 1 : 0,
                        retried
                                ? "delivery " + id + " is due again now, its attempts reset"
                                : "delivery " + id
                                        + " was not retried: there is no such delivery, or a worker holds it");
            }
            case "retry-dead" -> {
                int n = inbox.retryDead(now);
                return new Result(op, n, n + " dead deliver" + (n == 1 ? "y is" : "ies are") + " due again now");
            }
            case "replay" -> {
                if (since == null || since.isBlank()) {
                    throw new InvalidEndpointRequestException(
                            "replay needs since: an instant such as 2026-12-01T10:00:00Z or a duration such as 2h",
                            "missing since");
                }
                Instant from = instantOrAgo(since, now);
                int n = inbox.replay(from, now);
                return new Result(
                        op,
                        n,
                        n + " done deliver" + (n == 1 ? "y" : "ies") + " received since " + from
                                + " will run their handlers again");
            }
            case "purge" -> {
                InboxState purged = state == null || state.isBlank() ? null : state(state);
                if (purged != InboxState.DONE && purged != InboxState.DEAD) {
                    throw new InvalidEndpointRequestException(
                            "purge needs state done or dead (pending and claimed deliveries are never purged)",
                            "bad state");
                }
                if (olderThan == null || olderThan.isBlank()) {
                    throw new InvalidEndpointRequestException(
                            "purge needs olderThan: a duration such as 30d", "missing olderThan");
                }
                Duration age = duration(olderThan, "olderThan");
                int n = inbox.purge(purged, now.minus(age));
                return new Result(
                        op,
                        n,
                        n + " " + purged.code() + " deliver" + (n == 1 ? "y" : "ies") + " older than " + age
                                + " deleted");
            }
            default ->
                throw new InvalidEndpointRequestException(
                        "Unknown operation '" + operation + "': retry, retry-dead, replay or purge",
                        "unknown operation");
        }
    }

    private Show show() {
        return switch (showBody) {
            case ALWAYS -> Show.ALWAYS;
            case WHEN_AUTHORIZED -> Show.WHEN_AUTHORIZED;
            case NEVER -> Show.NEVER;
        };
    }

    private static InboxState state(String code) {
        try {
            return InboxState.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidEndpointRequestException(e.getMessage(), "bad state");
        }
    }

    private static int limit(@Nullable Integer limit) {
        int l = limit == null ? DEFAULT_LIMIT : limit;
        if (l < 1 || l > InboxQuery.MAX_LIMIT) {
            throw new InvalidEndpointRequestException(
                    "limit must be between 1 and " + InboxQuery.MAX_LIMIT + ", was " + l, "bad limit");
        }
        return l;
    }

    private static Instant instantOrAgo(String text, Instant now) {
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeException notAnInstant) {
            return now.minus(duration(t, "since"));
        }
    }

    private static Duration duration(String text, String name) {
        try {
            Duration d = DurationStyle.detectAndParse(text.strip());
            if (d.isNegative()) {
                throw new IllegalArgumentException("negative");
            }
            return d;
        } catch (IllegalArgumentException e) {
            throw new InvalidEndpointRequestException(
                    name + " must be a duration such as 2h or 30d"
                            + (name.equals("since") ? ", or an instant such" + " as 2026-12-01T10:00:00Z" : "")
                            + ", was '" + text + "'",
                    "bad " + name);
        }
    }

    /** The public URL without its query string, which may carry data of the sender's. */
    private static String withoutQuery(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    /**
     * What {@link #list} answers.
     *
     * @param inbox the inbox (its type and table)
     * @param durable whether it survives the process
     * @param counts deliveries by state
     * @param deliveries the deliveries that match, newest first
     */
    public record Listing(String inbox, boolean durable, Map<String, Long> counts, List<Summary> deliveries) {}

    /**
     * One delivery in a list.
     *
     * @param id its inbox id
     * @param provider the provider id
     * @param eventType the event type
     * @param deliveryId the provider's delivery id, if any
     * @param state pending, claimed, done or dead
     * @param attempts how many times a worker has claimed it
     * @param receivedAt when it was received
     * @param nextAttemptAt when it is due (pending)
     * @param completedAt when it became done or dead
     * @param lastError the last failure (the exception's class and message)
     */
    public record Summary(
            long id,
            String provider,
            String eventType,
            @Nullable String deliveryId,
            String state,
            int attempts,
            Instant receivedAt,
            @Nullable Instant nextAttemptAt,
            @Nullable Instant completedAt,
            @Nullable String lastError) {
        static Summary of(InboxDelivery d) {
            return new Summary(
                    d.id(),
                    d.provider(),
                    d.eventType(),
                    d.deliveryId(),
                    d.state().code(),
                    d.attempts(),
                    d.receivedAt(),
                    d.nextAttemptAt(),
                    d.completedAt(),
                    d.lastError());
        }
    }

    /**
     * One delivery shown: everything but the header values, and the body only when asked for and allowed.
     *
     * @param id its inbox id
     * @param provider the provider id
     * @param eventType the event type
     * @param deliveryId the provider's delivery id, if any
     * @param deduplicationKey the key the inbox de-duplicates on
     * @param keyId the id of the key that verified it
     * @param url the public URL it was received at, without its query string
     * @param state pending, claimed, done or dead
     * @param attempts how many times a worker has claimed it
     * @param receivedAt when it was received
     * @param signedAt the signed timestamp, if the provider signs one
     * @param nextAttemptAt when it is due (pending)
     * @param leaseOwner the worker holding it (claimed)
     * @param leaseUntil until when that worker's lease runs
     * @param completedAt when it became done or dead
     * @param lastError the last failure (the exception's class and message)
     * @param headerNames the names of the headers stored (never their values)
     * @param bodyBytes the body's size in bytes
     * @param body the body as UTF-8 text, only with {@code body=true} where {@code webhooks.inbox.show-body} allows
     */
    public record Details(
            long id,
            String provider,
            String eventType,
            @Nullable String deliveryId,
            String deduplicationKey,
            String keyId,
            String url,
            String state,
            int attempts,
            Instant receivedAt,
            @Nullable Instant signedAt,
            @Nullable Instant nextAttemptAt,
            @Nullable String leaseOwner,
            @Nullable Instant leaseUntil,
            @Nullable Instant completedAt,
            @Nullable String lastError,
            List<String> headerNames,
            int bodyBytes,
            @Nullable String body) {
        static Details of(InboxDelivery d, boolean withBody) {
            return new Details(
                    d.id(),
                    d.provider(),
                    d.eventType(),
                    d.deliveryId(),
                    d.deduplicationKey(),
                    d.keyId(),
                    withoutQuery(d.url()),
                    d.state().code(),
                    d.attempts(),
                    d.receivedAt(),
                    d.signedAt(),
                    d.nextAttemptAt(),
                    d.leaseOwner(),
                    d.leaseUntil(),
                    d.completedAt(),
                    d.lastError(),
                    List.copyOf(new TreeSet<>(d.headers().names())),
                    d.body().length(),
                    withBody ? d.body().utf8() : null);
        }

        /** Without the body, whatever was asked: a record's text may reach a log. */
        @Override
        public String toString() {
            return "Details[" + id + ", " + provider + " " + eventType + ", " + state + ", attempts " + attempts + "]";
        }
    }

    /**
     * What a write operation did.
     *
     * @param operation retry, retry-dead, replay or purge
     * @param count how many deliveries it changed
     * @param message what it did, in words
     */
    public record Result(String operation, int count, String message) {}
}
