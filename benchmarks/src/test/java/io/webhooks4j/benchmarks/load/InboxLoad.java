package io.webhooks4j.benchmarks.load;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.webhooks4j.InMemoryDeliveryLedger;
import io.webhooks4j.WebhookEvent;
import io.webhooks4j.Webhooks;
import io.webhooks4j.benchmarks.load.HttpLoad.Delivery;
import io.webhooks4j.github.GitHubProvider;
import io.webhooks4j.inbox.DeliveryMode;
import io.webhooks4j.inbox.InboxOptions;
import io.webhooks4j.inbox.InboxState;
import io.webhooks4j.jdbc.JdbcInbox;
import io.webhooks4j.servlet.WebhookServlet;
import io.webhooks4j.stripe.StripeProvider;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The durable-inbox ingest load test (issue #19): one embedded Jetty 12 on 127.0.0.1 serves two {@link
 * WebhookServlet}s over two {@link Webhooks} with the Stripe and GitHub providers and one {@code onAny} handler that
 * counts what it receives:
 *
 * <ul>
 *   <li>{@code /inline/*}: inline mode, the in-memory ledger: the handler runs inside the request;
 *   <li>{@code /inbox/*}: inbox mode on PostgreSQL ({@link JdbcInbox} on a HikariCP pool, {@code
 *       defaultMode(INBOX)}): the delivery is stored, answered 2xx, and the library's worker threads run the handler
 *       afterwards.
 * </ul>
 *
 * <p>The JDK {@link HttpClient} sends distinct, valid, signed deliveries (2 KiB, half Stripe {@code invoice.paid},
 * half GitHub {@code push}, {@link HttpLoad#pool}) from {@code load.threads} threads: a warm-up against each mode,
 * then the inbox drained and its table truncated, then a measured window per mode (inline, then inbox). For each
 * mode it reports answered requests/s, p50/p99/max latency, client errors and statuses, and the CPU taken by this
 * JVM and by the whole machine (PostgreSQL shares it). For the inbox it also reports the worker lag (from the moment
 * the sender has its 2xx to the moment the handler runs, per delivery), the backlog when sending stopped and how long
 * the workers took to drain it, and the inbox table's row counts. At the end it checks that every delivery answered
 * 2xx was handled exactly once and every other one never (once at most when the client got no answer), and exits 1
 * when not.
 *
 * <p>Not a JUnit test: {@code benchmarks/load/inbox.sh} runs it. Everything stays on the loopback interface; every
 * loop is bounded by time and by the pool size.
 *
 * <p>PostgreSQL: environment {@code WEBHOOKS4J_PG_URL}, {@code WEBHOOKS4J_PG_USER}, {@code WEBHOOKS4J_PG_PASSWORD}.
 * The table ({@code load.table}) is dropped and created at the start, truncated after the warm-up, dropped at the
 * end.
 *
 * <p>Settings (system properties): {@code load.seconds} (20, per mode), {@code load.warmupSeconds} (10, per mode),
 * {@code load.threads} (16), {@code load.pool} (400000 deliveries), {@code load.workers} (4 inbox workers), {@code
 * load.dbPool} (20 connections), {@code load.drainSeconds} (60, the longest wait for the backlog), {@code
 * load.table} ({@code webhooks4j_load_inbox}).
 */
public final class InboxLoad {
    private InboxLoad() {}

    /** What one sending window measured; its deliveries are pool indices {@code from} to {@code to} (exclusive). */
    record Phase(
            String name,
            int requests,
            double seconds,
            long[] latenciesNanos,
            int errors,
            int ok,
            int unavailable,
            int other,
            boolean exhausted,
            int from,
            int to,
            double jvmCores,
            double machineCores) {
        double okPerSecond() {
            return ok / seconds;
        }

        double percentileMillis(double p) {
            return percentile(latenciesNanos, p) / 1e6;
        }

        double maxMillis() {
            return latenciesNanos.length == 0 ? Double.NaN : latenciesNanos[latenciesNanos.length - 1] / 1e6;
        }
    }

    /** What the wait for the inbox backlog saw. */
    record Drain(boolean drained, int answered, int backlogAtStop, int left, double drainedAfterMillis) {}

    /** Per pool index: what the sender got and when, and what the handlers did and when. */
    static final class Ledger {
        final int[] status; // 0: no answer (client error) or not sent
        final long[] answeredAt; // System.nanoTime() when the sender had the answer
        final AtomicIntegerArray handled;
        final AtomicLongArray handledAt; // System.nanoTime() at the first handler run
        final Map<String, Integer> indexByKey;
        final AtomicInteger unknown = new AtomicInteger();

        Ledger(List<Delivery> pool) {
            int n = pool.size();
            status = new int[n];
            answeredAt = new long[n];
            handled = new AtomicIntegerArray(n);
            handledAt = new AtomicLongArray(n);
            indexByKey = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                indexByKey.put(pool.get(i).key(), i);
            }
        }

        void handle(WebhookEvent event, AtomicInteger calls) {
            long now = System.nanoTime();
            calls.incrementAndGet();
            Integer index = indexByKey.get(event.provider() + ":" + event.deliveryId());
            if (index == null) {
                unknown.incrementAndGet();
                return;
            }
            handledAt.compareAndSet(index, 0, now);
            handled.incrementAndGet(index);
        }
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("load.seconds", 20);
        int warmupSeconds = Integer.getInteger("load.warmupSeconds", 10);
        int threads = Integer.getInteger("load.threads", 16);
        int poolSize = Integer.getInteger("load.pool", 400_000);
        int workers = Integer.getInteger("load.workers", 4);
        int dbPool = Integer.getInteger("load.dbPool", 20);
        int drainSeconds = Integer.getInteger("load.drainSeconds", 60);
        String table = System.getProperty("load.table", "webhooks4j_load_inbox");
        String url = System.getenv("WEBHOOKS4J_PG_URL");
        if (url == null || url.isBlank()) {
            System.err.println("InboxLoad needs WEBHOOKS4J_PG_URL (and WEBHOOKS4J_PG_USER, WEBHOOKS4J_PG_PASSWORD):"
                    + " eval \"$(bash ledger-jdbc/src/test/postgres/start-postgres.sh)\"");
            System.exit(2);
        }
        WarningCounter warnings = WarningCounter.install();

        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(System.getenv("WEBHOOKS4J_PG_USER"));
        config.setPassword(System.getenv("WEBHOOKS4J_PG_PASSWORD"));
        config.setMaximumPoolSize(dbPool);
        config.setMinimumIdle(dbPool);
        config.setConnectionTimeout(5_000);
        config.setPoolName("inbox-load");
        config.setRegisterMbeans(false);

        try (HikariDataSource dataSource = new HikariDataSource(config)) {
            System.out.println("PostgreSQL: " + describeDatabase(dataSource) + "; table " + table);
            execute(dataSource, "DROP TABLE IF EXISTS " + table);
            JdbcInbox jdbcInbox =
                    JdbcInbox.builder().dataSource(dataSource).tableName(table).build();
            jdbcInbox.createSchema();
            TimedInbox inbox = new TimedInbox(jdbcInbox);

            long t0 = System.nanoTime();
            List<Delivery> pool = HttpLoad.pool(poolSize, 0, new SplittableRandom(42));
            Ledger ledger = new Ledger(pool);
            System.out.printf(
                    Locale.ROOT,
                    "Generated %,d distinct valid signed deliveries in %.1f s%n",
                    pool.size(),
                    (System.nanoTime() - t0) / 1e9);

            AtomicInteger inlineCalls = new AtomicInteger();
            AtomicInteger inboxCalls = new AtomicInteger();
            Webhooks inline = Webhooks.builder()
                    .provider(StripeProvider.create(HttpLoad.STRIPE_SECRET))
                    .provider(GitHubProvider.create(HttpLoad.GITHUB_SECRET))
                    .onAny(event -> ledger.handle(event, inlineCalls))
                    .ledger(InMemoryDeliveryLedger.builder()
                            .maxEntries(2 * poolSize)
                            .build())
                    .build();
            InboxOptions options = InboxOptions.DEFAULT.withWorkers(workers);
            Webhooks durable = Webhooks.builder()
                    .provider(StripeProvider.create(HttpLoad.STRIPE_SECRET))
                    .provider(GitHubProvider.create(HttpLoad.GITHUB_SECRET))
                    .onAny(event -> ledger.handle(event, inboxCalls))
                    .inbox(inbox)
                    .inboxOptions(options)
                    .defaultMode(DeliveryMode.INBOX)
                    .build();
            System.out.printf(
                    Locale.ROOT,
                    "Inbox: %s, %d workers (poll %d ms, lease %d s), HikariCP %d connections%n",
                    inbox,
                    options.workers(),
                    options.pollInterval().toMillis(),
                    options.lease().toSeconds(),
                    dbPool);

            Server server = new Server();
            ServerConnector connector = new ServerConnector(server);
            connector.setHost("127.0.0.1");
            connector.setPort(0);
            server.addConnector(connector);
            ServletContextHandler context = new ServletContextHandler();
            context.setContextPath("/");
            context.addServlet(new ServletHolder("inline", new WebhookServlet(inline)), "/inline/*");
            context.addServlet(new ServletHolder("inbox", new WebhookServlet(durable)), "/inbox/*");
            server.setHandler(context);
            server.start();
            boolean ok;
            try {
                ok = measure(
                        connector,
                        dataSource,
                        inbox,
                        table,
                        pool,
                        ledger,
                        inline,
                        durable,
                        inlineCalls,
                        inboxCalls,
                        warnings,
                        seconds,
                        warmupSeconds,
                        threads,
                        workers,
                        drainSeconds);
            } finally {
                server.stop();
                inline.close();
                durable.close();
            }
            execute(dataSource, "DROP TABLE IF EXISTS " + table);
            if (!ok) {
                System.exit(1);
            }
        }
    }

    private static boolean measure(
            ServerConnector connector,
            HikariDataSource dataSource,
            TimedInbox inbox,
            String table,
            List<Delivery> pool,
            Ledger ledger,
            Webhooks inline,
            Webhooks durable,
            AtomicInteger inlineCalls,
            AtomicInteger inboxCalls,
            WarningCounter warnings,
            int seconds,
            int warmupSeconds,
            int threads,
            int workers,
            int drainSeconds)
            throws Exception {
        String base = "http://127.0.0.1:" + connector.getLocalPort();
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        AtomicInteger cursor = new AtomicInteger();
        HikariPoolMXBean hikari = dataSource.getHikariPoolMXBean();
        System.out.printf(
                Locale.ROOT,
                "Warm-up: %d s per mode; then %d s per mode (inline, then inbox), %d sender threads,"
                        + " http://127.0.0.1 only%n",
                warmupSeconds,
                seconds,
                threads);

        run("inline (warm-up)", client, base + "/inline/", pool, cursor, threads, warmupSeconds, ledger, null);
        Phase inboxWarmup =
                run("inbox (warm-up)", client, base + "/inbox/", pool, cursor, threads, warmupSeconds, ledger, null);
        Drain warmupDrain = awaitHandled(inboxWarmup, ledger, System.nanoTime(), drainSeconds);
        if (!warmupDrain.drained) {
            System.out.printf(
                    Locale.ROOT,
                    "FAILED: %,d warm-up deliveries answered 2xx were still not handled after %d s%n",
                    warmupDrain.left,
                    drainSeconds);
            return false;
        }
        System.out.printf(
                Locale.ROOT,
                "  inbox warm-up backlog (%,d at stop) drained %.0f ms after sending stopped; table truncated%n",
                warmupDrain.backlogAtStop,
                warmupDrain.drainedAfterMillis);
        execute(dataSource, "TRUNCATE TABLE " + table);
        int warningsBefore = warnings.count.get();

        Phase inlinePhase = run("inline", client, base + "/inline/", pool, cursor, threads, seconds, ledger, null);
        HikariSampler sampler = new HikariSampler(hikari);
        TimedInbox.Window sending = new TimedInbox.Window();
        TimedInbox.Window draining = new TimedInbox.Window();
        inbox.record(sending);
        Phase inboxPhase = run("inbox", client, base + "/inbox/", pool, cursor, threads, seconds, ledger, sampler);
        long stoppedAt = System.nanoTime();
        inbox.record(draining);
        Drain drain = awaitHandled(inboxPhase, ledger, stoppedAt, drainSeconds);
        inbox.record(null);
        Map<InboxState, Long> counts = inbox.counts();

        long[] lags = lags(inboxPhase, ledger);
        int negative = 0;
        for (long lag : lags) {
            if (lag < 0) {
                negative++;
            }
        }
        double endToEndSeconds = inboxPhase.seconds + drain.drainedAfterMillis / 1000;

        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%n| mode | requests | 2xx/s | p50 ms | p99 ms | max ms | errors | 2xx | 503 | other"
                        + " | JVM CPU (cores) | machine CPU (cores) |%n"
                        + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |%n"));
        for (Phase phase : List.of(inlinePhase, inboxPhase)) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %,d | %,.0f | %.2f | %.2f | %.1f | %d | %,d | %,d | %,d | %.2f | %.2f |%n",
                    phase == inlinePhase
                            ? "inline (handler in the request, in-memory ledger)"
                            : "inbox (stored in PostgreSQL, then answered)",
                    phase.requests,
                    phase.okPerSecond(),
                    phase.percentileMillis(50),
                    phase.percentileMillis(99),
                    phase.maxMillis(),
                    phase.errors,
                    phase.ok,
                    phase.unavailable,
                    phase.other,
                    phase.jvmCores,
                    phase.machineCores));
        }
        out.append(String.format(
                Locale.ROOT,
                "%n| inbox worker lag (sender has its 2xx -> handler runs) | p50 ms | p99 ms | max ms | min ms"
                        + " | handler ran before the sender had the 2xx | backlog at stop | drained after stop ms"
                        + " | handled/s, start to drained |%n"
                        + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |%n"
                        + "| %d workers, %,d deliveries | %.2f | %.2f | %.1f | %.2f | %,d | %,d | %s | %,.0f |%n",
                workers,
                lags.length,
                percentile(lags, 50) / 1e6,
                percentile(lags, 99) / 1e6,
                lags.length == 0 ? Double.NaN : lags[lags.length - 1] / 1e6,
                lags.length == 0 ? Double.NaN : lags[0] / 1e6,
                negative,
                drain.backlogAtStop,
                drain.drained
                        ? String.format(Locale.ROOT, "%.0f", drain.drainedAfterMillis)
                        : "not drained in " + drainSeconds + " s (" + drain.left + " left)",
                lags.length / endToEndSeconds));
        out.append(String.format(
                Locale.ROOT,
                "%nInbox table after the measured window: %s; HikariCP during it: at most %d threads waiting"
                        + " for a connection, at most %d of %d connections in use%n",
                counts,
                sampler.maxWaiting,
                sampler.maxActive,
                hikari.getTotalConnections()));
        out.append(String.format(
                Locale.ROOT,
                "JdbcInbox calls while sending: store %s; workers' claim %s; complete %s%n"
                        + "JdbcInbox calls while draining: claim %s; complete %s%n",
                sending.stores.summary(false),
                sending.claims.summary(true),
                sending.completes.summary(false),
                draining.claims.summary(true),
                draining.completes.summary(false)));
        out.append(String.format(
                Locale.ROOT,
                "Inbox vs inline answered/s: %.2f; p99 %.2f ms vs %.2f ms%n",
                inboxPhase.okPerSecond() / inlinePhase.okPerSecond(),
                inboxPhase.percentileMillis(99),
                inlinePhase.percentileMillis(99)));
        boolean rate = inboxPhase.okPerSecond() >= 1000;
        boolean p99 = inboxPhase.percentileMillis(99) < 50;
        out.append(String.format(
                Locale.ROOT,
                "%nGoals of issue 19 (inbox mode on PostgreSQL, %d senders):%n"
                        + "  at least 1,000 deliveries stored and answered per second: %,.0f/s: %s%n"
                        + "  p99 ingest latency under 50 ms: %.2f ms: %s%n"
                        + "  worker lag reported: p50 %.2f ms, p99 %.2f ms, max %.1f ms; backlog drained %s%n",
                threads,
                inboxPhase.okPerSecond(),
                rate ? "met" : "**not met**",
                inboxPhase.percentileMillis(99),
                p99 ? "met" : "**not met**",
                percentile(lags, 50) / 1e6,
                percentile(lags, 99) / 1e6,
                lags.length == 0 ? Double.NaN : lags[lags.length - 1] / 1e6,
                drain.drained
                        ? String.format(Locale.ROOT, "%.0f ms after sending stopped", drain.drainedAfterMillis)
                        : "**not** within " + drainSeconds + " s"));
        for (Phase phase : List.of(inlinePhase, inboxPhase)) {
            if (phase.exhausted) {
                out.append("Note: the pool ran out during '" + phase.name
                        + "' before the time was up: raise -Dload.pool for a full-length run.\n");
            }
        }
        System.out.print(out);

        // Let the workers finish whatever a lapsed answer left (nothing, normally), then stop them: what the
        // handlers did is all in before the check.
        durable.close();
        inline.close();
        boolean ok = check(pool, cursor.get(), ledger, inlineCalls, inboxCalls, counts, inboxPhase, drain);
        int libraryWarnings = warnings.count.get() - warningsBefore;
        System.out.printf(
                Locale.ROOT,
                "Library log records at WARNING or above during the measured windows: %d%s%n",
                libraryWarnings,
                warnings.first == null ? "" : " (first: " + warnings.first + ")");
        return ok;
    }

    /** The sender's answer time to the handler's run time, per delivery of {@code phase} answered 2xx; sorted. */
    static long[] lags(Phase phase, Ledger ledger) {
        long[] lags = new long[phase.to - phase.from];
        int n = 0;
        for (int i = phase.from; i < phase.to; i++) {
            long handledAt = ledger.handledAt.get(i);
            if (is2xx(ledger.status[i]) && handledAt != 0) {
                lags[n++] = handledAt - ledger.answeredAt[i];
            }
        }
        lags = Arrays.copyOf(lags, n);
        Arrays.sort(lags);
        return lags;
    }

    /**
     * Waits (at most {@code seconds}) until every delivery of {@code phase} answered 2xx has been handled: the backlog
     * left when sending stopped at {@code stoppedAt}, and how long after that the last one ran.
     */
    static Drain awaitHandled(Phase phase, Ledger ledger, long stoppedAt, int seconds) throws InterruptedException {
        int[] pending = new int[phase.to - phase.from];
        int n = 0;
        for (int i = phase.from; i < phase.to; i++) {
            if (is2xx(ledger.status[i])) {
                pending[n++] = i;
            }
        }
        int answered = n;
        int backlogAtStop = -1;
        long deadline = stoppedAt + seconds * 1_000_000_000L;
        while (true) {
            int left = 0;
            for (int k = 0; k < n; k++) {
                if (ledger.handled.get(pending[k]) == 0) {
                    pending[left++] = pending[k];
                }
            }
            n = left;
            if (backlogAtStop < 0) {
                backlogAtStop = n;
            }
            if (n == 0 || System.nanoTime() - deadline >= 0) {
                break;
            }
            Thread.sleep(5);
        }
        long last = stoppedAt;
        for (int i = phase.from; i < phase.to; i++) {
            last = Math.max(last, ledger.handledAt.get(i));
        }
        return new Drain(n == 0, answered, backlogAtStop, n, (last - stoppedAt) / 1e6);
    }

    /**
     * Every delivery sent (warm-up and measured, both modes): answered 2xx and handled exactly once, or not answered
     * 2xx and never handled (at most once when the client got no answer: the server may have taken it).
     */
    private static boolean check(
            List<Delivery> pool,
            int sentUpTo,
            Ledger ledger,
            AtomicInteger inlineCalls,
            AtomicInteger inboxCalls,
            Map<InboxState, Long> counts,
            Phase inboxPhase,
            Drain drain) {
        int sent = Math.min(sentUpTo, pool.size());
        int answered2xx = 0;
        int handledOnce = 0;
        int notYet = 0;
        int notAnswered = 0;
        int refused = 0;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < sent; i++) {
            int status = ledger.status[i];
            int times = ledger.handled.get(i);
            String key = pool.get(i).key();
            if (is2xx(status)) {
                answered2xx++;
                if (times == 1) {
                    handledOnce++;
                } else if (times == 0 && !drain.drained) {
                    notYet++; // still in the inbox when the wait for the backlog ended: reported below
                } else if (problems.size() < 10) {
                    problems.add(key + " answered " + status + ", handled " + times + " times");
                }
            } else if (status == 0) {
                notAnswered++;
                if (times > 1 && problems.size() < 10) {
                    problems.add(key + " (no answer) handled " + times + " times");
                }
            } else {
                refused++;
                if (times > 0 && problems.size() < 10) {
                    problems.add(key + " answered " + status + " but handled " + times + " times");
                }
            }
        }
        if (notYet > 0) {
            problems.add(String.format(
                    Locale.ROOT,
                    "%,d deliveries answered 2xx were not handled yet when the wait for the backlog ended (the inbox"
                            + " table then held %s): not verified; a longer -Dload.drainSeconds lets them finish",
                    notYet,
                    counts));
        }
        if (ledger.unknown.get() > 0) {
            problems.add(ledger.unknown.get() + " handler calls for deliveries that are not in the pool");
        }
        long inFlight = counts.getOrDefault(InboxState.PENDING, 0L) + counts.getOrDefault(InboxState.CLAIMED, 0L);
        long dead = counts.getOrDefault(InboxState.DEAD, 0L);
        long done = counts.getOrDefault(InboxState.DONE, 0L);
        if (drain.drained && (inFlight > 0 || dead > 0 || done < inboxPhase.ok())) {
            problems.add("the inbox table holds " + counts + " after the drain, for " + inboxPhase.ok
                    + " deliveries answered 2xx");
        }
        System.out.printf(
                Locale.ROOT,
                "%nCorrectness (every delivery sent, warm-up included, %,d in all):%n"
                        + "  answered 2xx: %,d, of which handled exactly once: %,d%n"
                        + "  answered otherwise (never to be handled): %,d; without an answer (client errors): %,d%n"
                        + "  handler calls: inline %,d, inbox workers %,d%n",
                sent,
                answered2xx,
                handledOnce,
                refused,
                notAnswered,
                inlineCalls.get(),
                inboxCalls.get());
        boolean ok = problems.isEmpty() && handledOnce == answered2xx;
        problems.forEach(p -> System.out.println("  PROBLEM: " + p));
        System.out.println(
                ok
                        ? "OK: every delivery answered 2xx was handled exactly once, and no other was handled."
                        : "FAILED: see the problems above.");
        return ok;
    }

    static Phase run(
            String name,
            HttpClient client,
            String base,
            List<Delivery> pool,
            AtomicInteger cursor,
            int threads,
            int seconds,
            Ledger ledger,
            HikariSampler sampler)
            throws InterruptedException {
        int from = Math.min(cursor.get(), pool.size());
        CpuClock cpu = CpuClock.start();
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        Sender[] senders = new Sender[threads];
        Thread[] running = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            senders[t] = new Sender(client, base, pool, cursor, deadline, ledger);
            running[t] = new Thread(senders[t], "inbox-load-" + name + "-" + t);
            running[t].start();
        }
        if (sampler != null) {
            while (System.nanoTime() - deadline < 0) {
                sampler.sample();
                Thread.sleep(50);
            }
        }
        for (Thread thread : running) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double[] cores = cpu.cores(elapsed);
        int to = Math.min(cursor.get(), pool.size());
        int requests = 0;
        int errors = 0;
        int ok = 0;
        int unavailable = 0;
        int other = 0;
        boolean exhausted = false;
        long[] latencies = new long[0];
        for (Sender s : senders) {
            requests += s.count;
            errors += s.errors;
            ok += s.ok;
            unavailable += s.unavailable;
            other += s.other;
            exhausted |= s.exhausted;
            int at = latencies.length;
            latencies = Arrays.copyOf(latencies, at + s.count);
            System.arraycopy(s.latencies, 0, latencies, at, s.count);
        }
        Arrays.sort(latencies);
        Phase phase = new Phase(
                name,
                requests,
                elapsed,
                latencies,
                errors,
                ok,
                unavailable,
                other,
                exhausted,
                from,
                to,
                cores[0],
                cores[1]);
        System.out.printf(
                Locale.ROOT,
                "  %-16s %,8d requests in %4.1f s: %,7.0f 2xx/s, p50 %.2f ms, p99 %.2f ms, max %.1f ms,"
                        + " %d errors, %d non-2xx%n",
                name,
                requests,
                elapsed,
                phase.okPerSecond(),
                phase.percentileMillis(50),
                phase.percentileMillis(99),
                phase.maxMillis(),
                errors,
                unavailable + other);
        return phase;
    }

    /** One sender thread: deliveries one after the other until the time is up or the pool is used up. */
    static final class Sender implements Runnable {
        private final HttpClient client;
        private final String base;
        private final List<Delivery> pool;
        private final AtomicInteger cursor;
        private final long deadline;
        private final Ledger ledger;
        long[] latencies = new long[1024];
        int count;
        int errors;
        int ok;
        int unavailable;
        int other;
        boolean exhausted;

        Sender(
                HttpClient client,
                String base,
                List<Delivery> pool,
                AtomicInteger cursor,
                long deadline,
                Ledger ledger) {
            this.client = client;
            this.base = base;
            this.pool = pool;
            this.cursor = cursor;
            this.deadline = deadline;
            this.ledger = ledger;
        }

        @Override
        public void run() {
            while (System.nanoTime() - deadline < 0) {
                int index = cursor.getAndIncrement();
                if (index >= pool.size()) {
                    exhausted = true;
                    return;
                }
                Delivery d = pool.get(index);
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + d.provider()))
                        .timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(d.body()));
                d.headers().forEach((header, values) -> values.forEach(v -> request.header(header, v)));
                long begin = System.nanoTime();
                int status;
                try {
                    status = client.send(request.build(), HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                } catch (IOException e) {
                    errors++;
                    continue;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                long end = System.nanoTime();
                if (count == latencies.length) {
                    latencies = Arrays.copyOf(latencies, count * 2);
                }
                latencies[count++] = end - begin;
                ledger.answeredAt[index] = end;
                ledger.status[index] = status;
                if (is2xx(status)) {
                    ok++;
                } else if (status == 503) {
                    unavailable++;
                } else {
                    other++;
                }
            }
        }
    }

    /** The most threads waiting for a connection and connections in use, sampled while the inbox is loaded. */
    static final class HikariSampler {
        private final HikariPoolMXBean pool;
        int maxWaiting;
        int maxActive;

        HikariSampler(HikariPoolMXBean pool) {
            this.pool = pool;
        }

        void sample() {
            maxWaiting = Math.max(maxWaiting, pool.getThreadsAwaitingConnection());
            maxActive = Math.max(maxActive, pool.getActiveConnections());
        }
    }

    /** CPU used by this JVM and by the whole machine (from /proc/stat) over a window, in cores. */
    static final class CpuClock {
        private final long processNanos;
        private final long[] machine;

        private CpuClock(long processNanos, long[] machine) {
            this.processNanos = processNanos;
            this.machine = machine;
        }

        static CpuClock start() {
            return new CpuClock(processCpuNanos(), machineTicks());
        }

        /** {JVM cores, machine cores} used on average over the {@code seconds} since {@link #start()}. */
        double[] cores(double seconds) {
            double jvm = (processCpuNanos() - processNanos) / 1e9 / seconds;
            long[] now = machineTicks();
            double machineCores = Double.NaN;
            if (machine != null && now != null) {
                long busy = now[0] - machine[0];
                long total = now[1] - machine[1];
                machineCores = total <= 0
                        ? Double.NaN
                        : (double) busy / total * Runtime.getRuntime().availableProcessors();
            }
            return new double[] {jvm, machineCores};
        }

        private static long processCpuNanos() {
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                return os.getProcessCpuTime();
            }
            return 0;
        }

        /** {busy, total} jiffies of all CPUs; null when /proc/stat cannot be read. */
        private static long[] machineTicks() {
            try {
                String line = Files.readAllLines(Path.of("/proc/stat")).get(0);
                String[] fields = line.trim().split("\\s+");
                long total = 0;
                long idle = 0;
                for (int i = 1; i < fields.length && i <= 8; i++) {
                    long v = Long.parseLong(fields[i]);
                    total += v;
                    if (i == 4 || i == 5) { // idle, iowait
                        idle += v;
                    }
                }
                return new long[] {total - idle, total};
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
    }

    /** Counts the library's log records at WARNING and above (they still go to the console as well). */
    static final class WarningCounter extends Handler {
        final AtomicInteger count = new AtomicInteger();
        volatile String first;
        private static final Logger LIBRARY = Logger.getLogger("io.webhooks4j");

        static WarningCounter install() {
            WarningCounter counter = new WarningCounter();
            counter.setLevel(Level.WARNING);
            LIBRARY.addHandler(counter);
            return counter;
        }

        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                if (count.getAndIncrement() == 0) {
                    first = record.getLoggerName() + ": " + record.getMessage();
                }
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    static boolean is2xx(int status) {
        return status >= 200 && status < 300;
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)];
    }

    private static void execute(HikariDataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String describeDatabase(HikariDataSource dataSource) throws SQLException {
        StringBuilder b = new StringBuilder();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            for (String setting : List.of("server_version", "fsync", "synchronous_commit", "max_connections")) {
                try (ResultSet rs = s.executeQuery("SHOW " + setting)) {
                    rs.next();
                    b.append(b.length() == 0 ? "" : ", ")
                            .append(setting)
                            .append(' ')
                            .append(rs.getString(1));
                }
            }
        }
        return b.toString();
    }
}
