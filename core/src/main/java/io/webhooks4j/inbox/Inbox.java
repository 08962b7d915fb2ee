package io.webhooks4j.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Durable storage for verified deliveries, the engine behind inbox mode: {@link io.webhooks4j.Webhooks} stores a
 * delivery and only then answers 2xx, and its workers claim due deliveries, run the handlers and record the result.
 * Storing and de-duplicating are one atomic step ({@link #store}): in inbox mode the inbox is also the ledger.
 *
 * <p>The methods after {@link #fail} are the operations API (the CLI's {@code inbox} commands and the Spring
 * Actuator endpoint call them). Every method may be called from many threads and many processes sharing one
 * store; implementations throw {@link InboxUnavailableException} when the store cannot be reached.
 *
 * <p>Engines may keep instants to the millisecond ({@code JdbcInbox} does), and may store a de-duplication key longer
 * than their column as its hash. {@link #claim} takes {@code max} between 1 and 1,000.
 *
 * <p>Implementations: {@code JdbcInbox} (module {@code webhooks4j-jdbc}: PostgreSQL, MySQL/MariaDB, H2) and
 * {@link InMemoryInbox} (tests; not durable).
 */
public interface Inbox {
    /** What {@link #store} did. */
    record StoreResult(long id, boolean duplicate) {}

    /**
     * Stores {@code delivery} as {@link InboxState#PENDING}, due now, unless a delivery with the same provider and
     * de-duplication key is stored already (in any state): then nothing is written and the result says {@code
     * duplicate} with the stored one's id. One atomic step: two concurrent stores of one key store it once.
     *
     * @throws InboxUnavailableException when the store cannot be reached (nothing was stored: the pipeline answers
     *     503 so the provider retries)
     */
    StoreResult store(NewDelivery delivery);

    /**
     * Claims up to {@code max} deliveries that are due ({@link InboxState#PENDING} with a next attempt time at or
     * before {@code now}, or {@link InboxState#CLAIMED} with a lease that ran out before {@code now}), oldest due
     * first: each becomes {@link InboxState#CLAIMED} by {@code owner} until {@code now + lease}, its attempts
     * counted up by one. Concurrent claims never return the same delivery twice (where the database has it, with
     * {@code FOR UPDATE SKIP LOCKED}).
     */
    List<InboxDelivery> claim(String owner, int max, Instant now, Duration lease);

    /** Extends {@code owner}'s lease on delivery {@code id}; false when {@code owner} no longer holds it. */
    boolean renew(long id, String owner, Instant leaseUntil);

    /** Marks delivery {@code id} {@link InboxState#DONE} if {@code owner} still holds it; false otherwise. */
    boolean complete(long id, String owner, Instant now);

    /**
     * Records a failed attempt of delivery {@code id} if {@code owner} still holds it: {@link InboxState#PENDING}
     * again, due at {@code retryAt}; {@code error} (at most 2,000 characters are kept) becomes its last error. False
     * when {@code owner} no longer holds it.
     */
    boolean fail(long id, String owner, String error, Instant retryAt, Instant now);

    /**
     * Records a failed attempt that will not be retried, if {@code owner} still holds it: {@link InboxState#DEAD}
     * with {@code error} as its last error. False when {@code owner} no longer holds it.
     */
    boolean kill(long id, String owner, String error, Instant now);

    /** The delivery stored under {@code id}. */
    Optional<InboxDelivery> find(long id);

    /** Stored deliveries matching {@code query}, newest first. */
    List<InboxDelivery> list(InboxQuery query);

    /**
     * Makes delivery {@code id} due again now with its attempts reset (a dead one after its cause was fixed, or a
     * done one to run its handlers once more); a claimed one is left alone. False when there is no such delivery
     * or it is claimed.
     */
    boolean retry(long id, Instant now);

    /** {@link #retry} for every {@link InboxState#DEAD} delivery; the number retried. */
    int retryDead(Instant now);

    /**
     * Makes every {@link InboxState#DONE} delivery received at or after {@code since} due again now (its handlers
     * run once more: for a handler that lost its own data); the number replayed.
     */
    int replay(Instant since, Instant now);

    /** Deletes deliveries in {@code state} that became done or dead before {@code before}; the number deleted. */
    int purge(InboxState state, Instant before);

    /** How many deliveries are in each state (every state is a key, zero when none). */
    Map<InboxState, Long> counts();

    /** The next attempt time of the oldest {@link InboxState#PENDING} delivery due at {@code now}, if any. */
    Optional<Instant> oldestDue(Instant now);

    /** False for an inbox that loses what it holds when the process ends ({@link InMemoryInbox}). */
    boolean isDurable();
}
