package io.webhooks4j;

import io.webhooks4j.inbox.Inbox;
import io.webhooks4j.inbox.InboxDelivery;
import io.webhooks4j.inbox.InboxOptions;
import io.webhooks4j.inbox.InboxState;
import io.webhooks4j.inbox.RetryPolicy;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * The worker threads of one {@link Webhooks} in inbox mode: each claims one due delivery at a time, runs its
 * handlers under a lease renewed every third of its length, and records the result (done, retried later with
 * backoff, or dead). An idle worker waits for {@link InboxOptions#pollInterval()} or until a delivery stored by
 * this process wakes it. A housekeeping thread renews leases and purges done deliveries past their retention.
 */
final class InboxWorkers implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(InboxWorkers.class.getName());
    private static final long WARN_INTERVAL_NANOS = Duration.ofMinutes(1).toNanos();
    private static final Duration MAX_IDLE_BACKOFF = Duration.ofSeconds(30);

    private final Webhooks webhooks;
    private final Inbox inbox;
    private final InboxOptions options;
    private final Clock clock;
    private final String ownerPrefix;
    private final List<Thread> threads = new ArrayList<>();
    private final ScheduledExecutorService housekeeping;
    private final Object signal = new Object();
    private final AtomicLong lastUnavailableWarning = new AtomicLong(System.nanoTime() - WARN_INTERVAL_NANOS);
    private int wakeups;
    private volatile boolean running = true;
    private volatile long closeDeadline;

    InboxWorkers(Webhooks webhooks, Inbox inbox, InboxOptions options, Clock clock) {
        this.webhooks = webhooks;
        this.inbox = inbox;
        this.options = options;
        this.clock = clock;
        this.ownerPrefix = ownerPrefix();
        this.housekeeping = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, "webhooks4j-inbox-housekeeping");
            t.setDaemon(true);
            return t;
        });
    }

    /** {@code <pid>@<host>-<random>}: unique per process and per {@code Webhooks}, readable in {@code inbox list}. */
    private static String ownerPrefix() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException | RuntimeException e) {
            host = "localhost";
        }
        if (host.length() > 40) {
            host = host.substring(0, 40);
        }
        return ProcessHandle.current().pid() + "@" + host + "-"
                + Long.toString(ThreadLocalRandom.current().nextLong() & 0xffffffL, 36);
    }

    void start() {
        for (int i = 1; i <= options.workers(); i++) {
            String owner = ownerPrefix + "-w" + i;
            Thread thread = new Thread(() -> loop(owner), "webhooks4j-inbox-" + i);
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        Duration retention = options.retention();
        if (!retention.isZero()) {
            long every = Math.max(
                    1, Math.min(retention.toSeconds() / 10, Duration.ofHours(1).toSeconds()));
            housekeeping.scheduleWithFixedDelay(this::purge, every, every, TimeUnit.SECONDS);
        }
    }

    /** Wakes one idle worker: a delivery was just stored. */
    void wake() {
        synchronized (signal) {
            wakeups = Math.min(wakeups + 1, options.workers());
            signal.notify();
        }
    }

    private void loop(String owner) {
        int failures = 0;
        while (running) {
            List<InboxDelivery> claimed;
            try {
                claimed = inbox.claim(owner, 1, clock.instant(), options.lease());
                failures = 0;
            } catch (RuntimeException e) {
                failures++;
                warnUnavailable("claim due deliveries", e);
                idle(backoff(failures));
                continue;
            }
            if (claimed.isEmpty()) {
                idle(options.pollInterval());
                continue;
            }
            for (InboxDelivery delivery : claimed) {
                attempt(webhooks, inbox, options, clock, housekeeping, owner, delivery, this::keepTrying);
            }
        }
    }

    /** Recording a result keeps being retried while running, and after {@link #close()} for its grace period. */
    private boolean keepTrying() {
        return running || System.nanoTime() - closeDeadline < 0;
    }

    private Duration backoff(int failures) {
        long millis = options.pollInterval().toMillis() << Math.min(failures, 10);
        return Duration.ofMillis(Math.min(millis, MAX_IDLE_BACKOFF.toMillis()));
    }

    private void idle(Duration timeout) {
        synchronized (signal) {
            if (wakeups == 0 && running) {
                try {
                    signal.wait(Math.max(1, timeout.toMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                    return;
                }
            }
            if (wakeups > 0) {
                wakeups--;
            }
        }
    }

    /**
     * One attempt at a claimed delivery: run its handlers under a renewed lease, then record done, a retry at the
     * policy's next time, or dead. While the store cannot record the result (it is down), the lease keeps being
     * renewed and the recording is retried with backoff, so a short outage neither loses the result nor runs the
     * handlers again. Only when {@code keepTrying} says stop (shutdown past its grace) or the lease was lost does
     * the delivery run again later (at least once).
     */
    static void attempt(
            Webhooks webhooks,
            Inbox inbox,
            InboxOptions options,
            Clock clock,
            ScheduledExecutorService renewals,
            String owner,
            InboxDelivery delivery,
            BooleanSupplier keepTrying) {
        long period = Math.max(1, options.lease().toMillis() / 3);
        ScheduledFuture<?> renewal = renewals.scheduleAtFixedRate(
                () -> renew(inbox, options, clock, owner, delivery), period, period, TimeUnit.MILLISECONDS);
        try {
            Throwable failure = null;
            try {
                webhooks.runStored(delivery);
            } catch (Throwable t) {
                if (t instanceof VirtualMachineError vme && !(t instanceof StackOverflowError)) {
                    throw vme;
                }
                failure = t;
            }
            record(webhooks, inbox, options, clock, owner, delivery, failure, keepTrying);
        } finally {
            renewal.cancel(false);
        }
    }

    private static void record(
            Webhooks webhooks,
            Inbox inbox,
            InboxOptions options,
            Clock clock,
            String owner,
            InboxDelivery delivery,
            Throwable failure,
            BooleanSupplier keepTrying) {
        Instant finished = clock.instant();
        RetryPolicy retry = options.retry();
        boolean dead = failure != null && retry.exhausted(delivery.attempts());
        Duration delay = failure == null || dead ? Duration.ZERO : retry.delay(delivery.attempts());
        String error = failure == null ? null : describe(failure);
        boolean recorded;
        for (int tries = 1; ; tries++) {
            try {
                if (failure == null) {
                    recorded = inbox.complete(delivery.id(), owner, finished);
                } else if (dead) {
                    recorded = inbox.kill(delivery.id(), owner, error, finished);
                } else {
                    recorded = inbox.fail(delivery.id(), owner, error, finished.plus(delay), finished);
                }
                if (tries > 1) {
                    LOG.log(
                            Level.INFO,
                            "Recorded the result of inbox delivery " + delivery.id() + " after " + tries
                                    + " tries (the inbox was unavailable)");
                }
                break;
            } catch (RuntimeException e) {
                if (!keepTrying.getAsBoolean() || !pause(recordBackoff(tries))) {
                    LOG.log(
                            Level.WARNING,
                            "Could not record the result of inbox delivery " + delivery.id()
                                    + " before shutdown (the inbox is unavailable); its lease will lapse and it"
                                    + " will run again",
                            e);
                    return;
                }
                if (tries == 1) {
                    LOG.log(
                            Level.WARNING,
                            "Could not record the result of inbox delivery " + delivery.id()
                                    + " (the inbox is unavailable); keeping its lease and retrying",
                            e);
                }
            }
        }
        if (dead) {
            LOG.log(
                    Level.WARNING,
                    "Inbox delivery " + delivery.id() + " (" + delivery.provider() + " " + delivery.eventType()
                            + ") failed its last attempt (" + delivery.attempts() + " of " + retry.maxAttempts()
                            + ") and is now dead; `inbox retry " + delivery.id() + "` runs it again",
                    failure);
            webhooks.notifyStoredResult(delivery, DeliveryOutcome.Kind.DEAD, failure);
        } else if (failure != null) {
            LOG.log(
                    Level.INFO,
                    "Inbox delivery " + delivery.id() + " (" + delivery.provider() + " " + delivery.eventType()
                            + ") failed attempt " + delivery.attempts() + " of " + retry.maxAttempts()
                            + "; next attempt in " + delay.toMillis() + " ms: " + error);
            webhooks.notifyStoredResult(delivery, DeliveryOutcome.Kind.RETRYING, failure);
        }
        if (!recorded) {
            LOG.log(
                    Level.WARNING,
                    "Inbox delivery " + delivery.id() + ": this worker's lease ran out while its handlers ran,"
                            + " so another worker has it now (and runs it again); a lease longer than the"
                            + " slowest handler avoids that (InboxOptions.lease)");
        }
    }

    /** 50 ms, doubling to at most 2 s: short, because the lease is running out while the result waits. */
    private static Duration recordBackoff(int tries) {
        return Duration.ofMillis(Math.min(2000L, 50L << Math.min(tries - 1, 6)));
    }

    /** Sleeps; false when interrupted (the interrupt is kept). */
    private static boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void renew(Inbox inbox, InboxOptions options, Clock clock, String owner, InboxDelivery delivery) {
        try {
            if (!inbox.renew(delivery.id(), owner, clock.instant().plus(options.lease()))) {
                LOG.log(Level.DEBUG, () -> "Lease on inbox delivery " + delivery.id() + " is no longer held");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, () -> "Could not renew the lease on inbox delivery " + delivery.id() + ": " + e);
        }
    }

    /** The exception's class and message, and its causes' (no stack): what {@code inbox show} prints. */
    static String describe(Throwable failure) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = failure; t != null && b.length() < 2000; t = t.getCause()) {
            if (b.length() > 0) {
                b.append(" <- ");
            }
            b.append(t.getClass().getName());
            if (t.getMessage() != null) {
                b.append(": ").append(t.getMessage());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return b.length() > 2000 ? b.substring(0, 2000) : b.toString();
    }

    private void warnUnavailable(String what, RuntimeException e) {
        long now = System.nanoTime();
        long last = lastUnavailableWarning.get();
        if (now - last >= WARN_INTERVAL_NANOS && lastUnavailableWarning.compareAndSet(last, now)) {
            LOG.log(
                    Level.WARNING,
                    "Inbox workers could not " + what + " (retrying with backoff; at most one warning a minute)",
                    e);
        } else {
            LOG.log(Level.DEBUG, () -> "Inbox workers could not " + what + ": " + e);
        }
    }

    private void purge() {
        try {
            int purged = inbox.purge(InboxState.DONE, clock.instant().minus(options.retention()));
            if (purged > 0) {
                LOG.log(Level.DEBUG, () -> "Purged " + purged + " done inbox deliveries past their retention");
            }
        } catch (RuntimeException e) {
            warnUnavailable("purge done deliveries", e);
        }
    }

    /** Runs every due delivery in the calling thread until none is due: {@link Webhooks#processInbox()}. */
    static int drain(Webhooks webhooks, Inbox inbox, InboxOptions options, Clock clock) {
        String owner = ownerPrefix() + "-caller";
        ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, "webhooks4j-inbox-renewal");
            t.setDaemon(true);
            return t;
        });
        try {
            int processed = 0;
            while (true) {
                List<InboxDelivery> claimed = inbox.claim(owner, 16, clock.instant(), options.lease());
                if (claimed.isEmpty()) {
                    return processed;
                }
                for (InboxDelivery delivery : claimed) {
                    // the caller's thread gives the store one lease length to come back, then lets the claim lapse
                    long giveUp = System.nanoTime() + options.lease().toNanos();
                    attempt(
                            webhooks,
                            inbox,
                            options,
                            clock,
                            renewals,
                            owner,
                            delivery,
                            () -> System.nanoTime() - giveUp < 0);
                    processed++;
                }
            }
        } finally {
            renewals.shutdownNow();
        }
    }

    @Override
    public void close() {
        long deadline = System.nanoTime() + options.shutdownGrace().toNanos();
        closeDeadline = deadline;
        running = false;
        synchronized (signal) {
            signal.notifyAll();
        }
        for (Thread thread : threads) {
            long left = deadline - System.nanoTime();
            if (left > 0) {
                try {
                    thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        housekeeping.shutdownNow();
    }
}
