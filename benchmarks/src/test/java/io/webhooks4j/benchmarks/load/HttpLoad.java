package io.webhooks4j.benchmarks.load;

import com.stripe.Stripe;
import io.webhooks4j.Headers;
import io.webhooks4j.InMemoryDeliveryLedger;
import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookEvent;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.Webhooks;
import io.webhooks4j.benchmarks.Payloads;
import io.webhooks4j.github.GitHubProvider;
import io.webhooks4j.servlet.WebhookServlet;
import io.webhooks4j.stripe.StripeProvider;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * HTTP load test: an embedded Jetty 12 on 127.0.0.1 serves our {@link WebhookServlet} (Stripe and GitHub
 * providers, the in-memory ledger, a handler that counts what it receives) at {@code /webhooks/*} and a bare
 * servlet that only reads the body and answers 200 at {@code /bare}. The JDK {@link HttpClient} sends the same
 * pool of distinct deliveries, 2 KiB each, half Stripe {@code invoice.paid} and half GitHub {@code push}, 30%
 * of them invalid (wrong secret, body changed after signing, no signature header, stale or malformed
 * signature), from several threads, to the bare servlet and to ours, each for a bounded time after a
 * warm-up, measured in the order bare, ours, ours, bare so that drift weighs on both alike. It reports requests/s, p50/p99 latency and errors for both, our throughput as a ratio of the bare
 * one, and checks that every valid delivery was answered 200 and handled exactly once and every invalid one
 * answered 401 and never handled.
 *
 * <p>Everything stays on the loopback interface; every loop is bounded by the pool size and by time.
 *
 * <p>Settings (system properties): {@code load.seconds} (20), {@code load.warmupSeconds} (30), {@code
 * load.threads} (8), {@code load.pool} (400000 deliveries), {@code load.invalidPercent} (30).
 */
public final class HttpLoad {
    static final String STRIPE_SECRET = "whsec_load_4eC39HqLyjWDarjtT1zdp7dc";
    static final String GITHUB_SECRET = "load-test github secret";
    static final String HOOK_ID = "292430182";

    private HttpLoad() {}

    /** One delivery of the pool: where it goes, what it carries, what must happen to it. */
    record Delivery(String provider, Map<String, List<String>> headers, byte[] body, boolean valid, String key) {}

    /** What one phase measured. */
    record Phase(
            String name,
            int requests,
            double seconds,
            long[] latenciesNanos,
            int errors,
            int[] statuses,
            boolean exhausted) {
        /** Two phases against the same target as one. */
        static Phase merge(String name, Phase a, Phase b) {
            long[] latencies = Arrays.copyOf(a.latenciesNanos, a.latenciesNanos.length + b.latenciesNanos.length);
            System.arraycopy(b.latenciesNanos, 0, latencies, a.latenciesNanos.length, b.latenciesNanos.length);
            Arrays.sort(latencies);
            int[] statuses = new int[3];
            for (int i = 0; i < 3; i++) {
                statuses[i] = a.statuses[i] + b.statuses[i];
            }
            return new Phase(
                    name,
                    a.requests + b.requests,
                    a.seconds + b.seconds,
                    latencies,
                    a.errors + b.errors,
                    statuses,
                    a.exhausted || b.exhausted);
        }

        double perSecond() {
            return requests / seconds;
        }

        double percentileMillis(double p) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.min(latenciesNanos.length - 1, Math.ceil(p / 100.0 * latenciesNanos.length) - 1);
            return latenciesNanos[Math.max(0, index)] / 1e6;
        }
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("load.seconds", 20);
        int warmupSeconds = Integer.getInteger("load.warmupSeconds", 30);
        int threads = Integer.getInteger("load.threads", 8);
        int poolSize = Integer.getInteger("load.pool", 400_000);
        int invalidPercent = Integer.getInteger("load.invalidPercent", 30);

        Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();
        Webhooks webhooks = Webhooks.builder()
                .provider(StripeProvider.create(STRIPE_SECRET))
                .provider(GitHubProvider.create(GITHUB_SECRET))
                .onAny(event -> count(handled, event))
                .ledger(InMemoryDeliveryLedger.builder()
                        .maxEntries(2 * poolSize)
                        .build())
                .build();

        long t0 = System.nanoTime();
        List<Delivery> pool = pool(poolSize, invalidPercent, new SplittableRandom(42));
        System.out.printf(
                Locale.ROOT,
                "Generated %,d distinct signed deliveries in %.1f s%n",
                pool.size(),
                (System.nanoTime() - t0) / 1e9);

        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder("bare", new BareServlet()), "/bare/*");
        context.addServlet(new ServletHolder("webhooks", new WebhookServlet(webhooks)), "/webhooks/*");
        server.setHandler(context);
        server.start();
        try {
            String base = "http://127.0.0.1:" + connector.getLocalPort();
            HttpClient client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            Cursor bareCursor = new Cursor();
            Cursor oursCursor = new Cursor();
            System.out.printf(
                    Locale.ROOT,
                    "Warm-up: %d s against each target; then %d s each, %d client threads, http://127.0.0.1 only%n",
                    warmupSeconds,
                    seconds,
                    threads);
            run("bare (warm-up)", client, base + "/bare/", pool, bareCursor, threads, warmupSeconds, null);
            AtomicIntegerArray outcomes = new AtomicIntegerArray(pool.size());
            run("ours (warm-up)", client, base + "/webhooks/", pool, oursCursor, threads, warmupSeconds, outcomes);
            // measured in the order bare, ours, ours, bare (half the time each): whatever still warms up or drifts
            // (the client's JIT, the machine) weighs on both targets alike
            int half = Math.max(1, seconds / 2);
            Phase bare1 = run("bare (1 of 2)", client, base + "/bare/", pool, bareCursor, threads, half, null);
            Phase ours1 = run("ours (1 of 2)", client, base + "/webhooks/", pool, oursCursor, threads, half, outcomes);
            Phase ours2 = run("ours (2 of 2)", client, base + "/webhooks/", pool, oursCursor, threads, half, outcomes);
            Phase bare2 = run("bare (2 of 2)", client, base + "/bare/", pool, bareCursor, threads, half, null);
            Phase bare = Phase.merge("bare servlet", bare1, bare2);
            Phase ours = Phase.merge("webhooks4j", ours1, ours2);

            System.out.println();
            System.out.printf(
                    Locale.ROOT,
                    "| target | requests | req/s | p50 ms | p99 ms | errors | 200 | 401 | other |%n"
                            + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |%n");
            for (Phase phase : List.of(bare, ours)) {
                System.out.printf(
                        Locale.ROOT,
                        "| %s | %,d | %,.0f | %.2f | %.2f | %d | %,d | %,d | %,d |%n",
                        phase.name,
                        phase.requests,
                        phase.perSecond(),
                        phase.percentileMillis(50),
                        phase.percentileMillis(99),
                        phase.errors,
                        phase.statuses[0],
                        phase.statuses[1],
                        phase.statuses[2]);
            }
            System.out.printf(
                    Locale.ROOT,
                    "%nThroughput of webhooks4j as a ratio of the bare servlet: %.2f%n",
                    ours.perSecond() / bare.perSecond());
            for (Phase phase : List.of(bare, ours)) {
                if (phase.exhausted) {
                    System.out.println("Note: the pool ran out during '" + phase.name
                            + "' before the time was up: raise -Dload.pool for a full-length run.");
                }
            }
            boolean ok = check(pool, oursCursor.next.get(), outcomes, handled);
            if (!ok) {
                System.exit(1);
            }
        } finally {
            server.stop();
        }
    }

    private static void count(Map<String, AtomicInteger> handled, WebhookEvent event) {
        handled.computeIfAbsent(event.provider() + ":" + event.deliveryId(), k -> new AtomicInteger())
                .incrementAndGet();
    }

    /** Verifies exactly-once handling of every valid delivery sent to ours, and that no invalid one got through. */
    private static boolean check(
            List<Delivery> pool, int sentUpTo, AtomicIntegerArray outcomes, Map<String, AtomicInteger> handled) {
        int sent = Math.min(sentUpTo, pool.size());
        int valid = 0;
        int validOk = 0;
        int invalid = 0;
        int invalidRejected = 0;
        int unanswered = 0;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < sent; i++) {
            Delivery d = pool.get(i);
            int status = outcomes.get(i);
            AtomicInteger times = handled.get(d.key);
            int count = times == null ? 0 : times.get();
            if (status == 0) {
                // the client gave up (error): the server may or may not have handled it, but never twice
                unanswered++;
                if (count > 1 || (!d.valid && count > 0)) {
                    problems.add(d.key + " (no answer) was handled " + count + " times");
                }
                continue;
            }
            if (d.valid) {
                valid++;
                if (status == 200 && count == 1) {
                    validOk++;
                } else if (problems.size() < 10) {
                    problems.add("valid " + d.key + " answered " + status + ", handled " + count + " times");
                }
            } else {
                invalid++;
                if (status == 401 && count == 0) {
                    invalidRejected++;
                } else if (problems.size() < 10) {
                    problems.add("invalid " + d.key + " answered " + status + ", handled " + count + " times");
                }
            }
        }
        int handledTotal =
                handled.values().stream().mapToInt(AtomicInteger::get).sum();
        System.out.printf(
                Locale.ROOT,
                "%nCorrectness (warm-up and measured deliveries to webhooks4j, %,d sent):%n"
                        + "  valid:   %,d of %,d answered 200 and handled exactly once%n"
                        + "  invalid: %,d of %,d answered 401 and never handled%n"
                        + "  without an answer (client errors): %,d; handler calls in all: %,d%n",
                sent,
                validOk,
                valid,
                invalidRejected,
                invalid,
                unanswered,
                handledTotal);
        boolean ok = problems.isEmpty()
                && validOk == valid
                && invalidRejected == invalid
                && handledTotal <= validOk + unanswered;
        problems.forEach(p -> System.out.println("  PROBLEM: " + p));
        System.out.println(
                ok
                        ? "OK: every valid delivery was handled exactly once and every invalid one rejected."
                        : "FAILED: see the problems above.");
        return ok;
    }

    /** The next delivery to send, shared by a target's client threads. */
    static final class Cursor {
        final AtomicInteger next = new AtomicInteger();
    }

    private static Phase run(
            String name,
            HttpClient client,
            String base,
            List<Delivery> pool,
            Cursor cursor,
            int threads,
            int seconds,
            AtomicIntegerArray outcomes)
            throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        Worker[] workers = new Worker[threads];
        Thread[] running = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            workers[t] = new Worker(client, base, pool, cursor, deadline, outcomes);
            running[t] = new Thread(workers[t], "load-" + name + "-" + t);
            running[t].start();
        }
        for (Thread thread : running) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        int requests = 0;
        int errors = 0;
        int[] statuses = new int[3];
        long[] latencies = new long[0];
        boolean exhausted = false;
        for (Worker w : workers) {
            requests += w.count;
            errors += w.errors;
            statuses[0] += w.ok;
            statuses[1] += w.unauthorized;
            statuses[2] += w.other;
            exhausted |= w.exhausted;
            int from = latencies.length;
            latencies = Arrays.copyOf(latencies, from + w.count);
            System.arraycopy(w.latencies, 0, latencies, from, w.count);
        }
        Arrays.sort(latencies);
        Phase phase = new Phase(name, requests, elapsed, latencies, errors, statuses, exhausted);
        System.out.printf(
                Locale.ROOT,
                "  %-16s %,8d requests in %4.1f s: %,7.0f req/s, p50 %.2f ms, p99 %.2f ms, %d errors%n",
                name,
                requests,
                elapsed,
                phase.perSecond(),
                phase.percentileMillis(50),
                phase.percentileMillis(99),
                errors);
        return phase;
    }

    /** One client thread: sends deliveries one after the other until the time is up or the pool is empty. */
    static final class Worker implements Runnable {
        private final HttpClient client;
        private final String base;
        private final List<Delivery> pool;
        private final Cursor cursor;
        private final long deadline;
        private final AtomicIntegerArray outcomes;
        long[] latencies = new long[1024];
        int count;
        int errors;
        int ok;
        int unauthorized;
        int other;
        boolean exhausted;

        Worker(
                HttpClient client,
                String base,
                List<Delivery> pool,
                Cursor cursor,
                long deadline,
                AtomicIntegerArray outcomes) {
            this.client = client;
            this.base = base;
            this.pool = pool;
            this.cursor = cursor;
            this.deadline = deadline;
            this.outcomes = outcomes;
        }

        @Override
        public void run() {
            while (System.nanoTime() < deadline) {
                int index = cursor.next.getAndIncrement();
                if (index >= pool.size()) {
                    exhausted = true;
                    return;
                }
                Delivery d = pool.get(index);
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + d.provider))
                        .timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(d.body));
                d.headers.forEach((header, values) -> values.forEach(v -> request.header(header, v)));
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
                long took = System.nanoTime() - begin;
                if (count == latencies.length) {
                    latencies = Arrays.copyOf(latencies, count * 2);
                }
                latencies[count++] = took;
                if (status == 200) {
                    ok++;
                } else if (status == 401) {
                    unauthorized++;
                } else {
                    other++;
                }
                if (outcomes != null) {
                    outcomes.set(index, status);
                }
            }
        }
    }

    /** Reads the whole body and answers 200: the cost of the container and the HTTP exchange alone. */
    static final class BareServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            request.getInputStream().readAllBytes();
            response.setStatus(200);
        }
    }

    /**
     * {@code size} distinct deliveries, 2 KiB bodies, half Stripe and half GitHub, {@code invalidPercent}% of them
     * invalid in one of four ways. Stripe's are signed now, so the run must start within its 5-minute tolerance.
     */
    static List<Delivery> pool(int size, int invalidPercent, SplittableRandom random) {
        Instant now = Instant.now();
        Clock signedNow = Clock.fixed(now, ZoneOffset.UTC);
        StripeProvider stripe =
                StripeProvider.builder().secrets(STRIPE_SECRET).clock(signedNow).build();
        StripeProvider stripeWrongSecret = StripeProvider.builder()
                .secrets("whsec_not_the_right_one")
                .clock(signedNow)
                .build();
        StripeProvider stripeStale = StripeProvider.builder()
                .secrets(STRIPE_SECRET)
                .clock(Clock.fixed(now.minus(Duration.ofMinutes(10)), ZoneOffset.UTC))
                .build();
        GitHubProvider github = GitHubProvider.create(GITHUB_SECRET);
        GitHubProvider githubWrongSecret = GitHubProvider.create("not the right secret");

        String stripeId = "evt_LOAD000000000000000000";
        String stripeTemplate = Payloads.stripeInvoicePaid(stripeId, now.getEpochSecond(), Stripe.API_VERSION, 2048);
        String githubTemplate = Payloads.githubPush("load", 2048);
        String templateBefore = githubTemplate.substring(
                githubTemplate.indexOf("\"before\":\"") + 10, githubTemplate.indexOf("\"before\":\"") + 50);

        List<Delivery> pool = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            boolean valid = random.nextInt(100) >= invalidPercent;
            int badKind = random.nextInt(4);
            if (random.nextBoolean()) {
                String id = String.format("evt_LOAD%020d", i);
                byte[] body = stripeTemplate.replace(stripeId, id).getBytes(StandardCharsets.UTF_8);
                WebhookRequest unsigned =
                        WebhookRequest.post("http://127.0.0.1/webhooks/stripe", Headers.empty(), RawBody.of(body));
                WebhookRequest signed;
                if (valid) {
                    signed = stripe.sign(unsigned);
                } else {
                    signed = switch (badKind) {
                        case 0 -> stripeWrongSecret.sign(unsigned);
                        case 1 -> tampered(stripe.sign(unsigned), "\"paid\"", "\"void\"");
                        case 2 ->
                            stripe.sign(unsigned).toBuilder()
                                    .removeHeader("Stripe-Signature")
                                    .build();
                        default -> stripeStale.sign(unsigned);
                    };
                }
                pool.add(new Delivery("stripe", sendable(signed), signed.body().toByteArray(), valid, "stripe:" + id));
            } else {
                String guid = new UUID(0x5eedL, i).toString();
                String before = String.format("%040x", i);
                byte[] body = githubTemplate.replace(templateBefore, before).getBytes(StandardCharsets.UTF_8);
                Headers headers = Headers.builder()
                        .add("X-GitHub-Event", "push")
                        .add("X-GitHub-Delivery", guid)
                        .add("X-GitHub-Hook-ID", HOOK_ID)
                        .add("Content-Type", "application/json")
                        .build();
                WebhookRequest unsigned =
                        WebhookRequest.post("http://127.0.0.1/webhooks/github", headers, RawBody.of(body));
                WebhookRequest signed;
                if (valid) {
                    signed = github.sign(unsigned);
                } else {
                    signed = switch (badKind) {
                        case 0 -> githubWrongSecret.sign(unsigned);
                        case 1 -> tampered(github.sign(unsigned), "\"forced\":false", "\"forced\":true ");
                        case 2 ->
                            github.sign(unsigned).toBuilder()
                                    .removeHeader("X-Hub-Signature-256")
                                    .build();
                        default ->
                            github.sign(unsigned).toBuilder()
                                    .setHeader("X-Hub-Signature-256", "sha256=not-hex")
                                    .build();
                    };
                }
                pool.add(new Delivery(
                        "github",
                        sendable(signed),
                        signed.body().toByteArray(),
                        valid,
                        "github:" + guid + ":" + HOOK_ID));
            }
        }
        return pool;
    }

    /** {@code signed} with {@code from} replaced by {@code to} in its body, after signing. */
    private static WebhookRequest tampered(WebhookRequest signed, String from, String to) {
        String body = signed.body().utf8();
        if (!body.contains(from)) {
            throw new IllegalStateException("cannot tamper: '" + from + "' is not in the body");
        }
        return signed.toBuilder().body(body.replaceFirst(from, to)).build();
    }

    /** The headers to send: those the JDK client may set (it sets Host, Content-Length and Connection itself). */
    private static Map<String, List<String>> sendable(WebhookRequest request) {
        Map<String, List<String>> headers =
                new LinkedHashMap<>(request.headers().asMap());
        headers.keySet()
                .removeIf(name -> name.equalsIgnoreCase("Host")
                        || name.equalsIgnoreCase("Content-Length")
                        || name.equalsIgnoreCase("Connection"));
        return headers;
    }
}
