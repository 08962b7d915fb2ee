package io.webhooks4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.webhooks4j.WebhookRequest;
import io.webhooks4j.Webhooks;
import io.webhooks4j.inbox.InboxOptions;
import io.webhooks4j.inbox.InboxState;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #19's second proof: a receiver JVM ({@link InboxReceiverProcess}, a child process) acknowledges N
 * deliveries over HTTP, its workers claim some and are busy running their handlers, and it is killed with SIGKILL
 * before it processes them; a fresh {@link Webhooks} in this JVM then processes all N exactly once, the ones the
 * dead process held once their leases have lapsed.
 */
class PostgresInboxCrashTest {
    private static final String TABLE = "wh4j_proof_crash";
    private static final int DELIVERIES = 300;
    private static final int CHILD_WORKERS = 2;
    private static final Duration LEASE = Duration.ofSeconds(3);

    @BeforeAll
    static void requirePostgres() {
        PostgresTestDatabase.require(PostgresInboxCrashTest.class);
    }

    @Test
    void receiverKilledWithSigkillAfterAcknowledgingLosesNothingAndAFreshProcessRunsEachOnce() throws Exception {
        PostgresTestDatabase.assumeAvailable();
        HmacTestProvider provider = new HmacTestProvider();
        List<String> ids =
                IntStream.range(0, DELIVERIES).mapToObj(i -> "crash-" + i).toList();
        Path childLog = Files.createTempFile("inbox-receiver-", ".log");
        try (ProofDatabase db = new ProofDatabase(TABLE)) {
            long start = System.nanoTime();
            Process child = startReceiver(childLog);
            List<String> lines = new CopyOnWriteArrayList<>();
            Thread reader = new Thread(() -> readLines(child, lines), "inbox-receiver-stdout");
            reader.setDaemon(true);
            reader.start();
            try {
                int port = Integer.parseInt(
                        awaitLines(lines, "LISTENING ", 1, child).get(0).substring("LISTENING ".length()));

                // The sender: N deliveries over HTTP from four threads; each must be answered 200.
                HttpClient http = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10))
                        .build();
                URI endpoint = URI.create("http://127.0.0.1:" + port + "/webhooks/" + HmacTestProvider.ID);
                ExecutorService senders = Executors.newFixedThreadPool(4);
                List<Future<String>> answers = new ArrayList<>();
                for (String id : ids) {
                    answers.add(senders.submit(() -> post(http, endpoint, provider.signed(id))));
                }
                List<String> notAcknowledged = new ArrayList<>();
                for (int i = 0; i < ids.size(); i++) {
                    String answer = answers.get(i).get(60, TimeUnit.SECONDS);
                    if (!answer.startsWith("200 ")) {
                        notAcknowledged.add(ids.get(i) + ": " + answer);
                    }
                }
                senders.shutdown();
                assertThat(notAcknowledged)
                        .as("deliveries the receiver did not acknowledge")
                        .isEmpty();
                awaitLines(lines, "ACKNOWLEDGED " + DELIVERIES, 1, child);

                // Its workers claimed deliveries and are running their handlers (which never return).
                List<String> running = awaitLines(lines, "RUNNING ", CHILD_WORKERS, child);
                child.destroyForcibly(); // SIGKILL: no shutdown hook, no close(), nothing recorded
                assertThat(child.waitFor(30, TimeUnit.SECONDS))
                        .as("the receiver died")
                        .isTrue();
                Instant killedAt = Instant.now();
                assertThat(child.exitValue())
                        .as("exit status of a SIGKILLed JVM (128 + 9)")
                        .isEqualTo(137);
                long ackMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

                // What the dead receiver left: its claims mid-handler, the rest pending, nothing done.
                Set<String> heldByChild =
                        running.stream().map(line -> line.split(" ")[1]).collect(Collectors.toSet());
                assertThat(running).allMatch(line -> line.endsWith(" 1"), "first attempts");
                Map<String, ProofDatabase.Row> left = db.rows();
                assertThat(left).hasSize(DELIVERIES).containsOnlyKeys(ids);
                assertThat(db.counts())
                        .containsEntry(InboxState.CLAIMED, (long) CHILD_WORKERS)
                        .containsEntry(InboxState.PENDING, (long) DELIVERIES - CHILD_WORKERS)
                        .containsEntry(InboxState.DONE, 0L);
                long leasesEnd = 0;
                for (ProofDatabase.Row row : left.values()) {
                    if (heldByChild.contains(row.deliveryId())) {
                        assertThat(row.state()).isEqualTo(InboxState.CLAIMED);
                        assertThat(row.attempts()).isEqualTo(1);
                        assertThat(row.leaseOwner()).startsWith(child.pid() + "@");
                        assertThat(row.leaseUntil())
                                .isLessThanOrEqualTo(killedAt.plus(LEASE).toEpochMilli());
                        leasesEnd = Math.max(leasesEnd, row.leaseUntil());
                    } else {
                        assertThat(row.state()).as(row.deliveryId()).isEqualTo(InboxState.PENDING);
                        assertThat(row.attempts()).as(row.deliveryId()).isZero();
                    }
                }

                // A fresh process (here: a new Webhooks on a new pool) processes all N, each once.
                Map<String, Queue<Integer>> attempts = new ConcurrentHashMap<>();
                Map<String, Instant> handledAt = new ConcurrentHashMap<>();
                long recoverStart = System.nanoTime();
                try (Webhooks fresh = Webhooks.builder()
                        .provider(provider)
                        .onDelivery(HmacTestProvider.ORDER_PAID, (event, delivery) -> {
                            attempts.computeIfAbsent(event.deliveryId(), k -> new ConcurrentLinkedQueue<>())
                                    .add(delivery.attempt());
                            handledAt.putIfAbsent(event.deliveryId(), Instant.now());
                        })
                        .inbox(db.inbox(db.pool()))
                        .inboxOptions(InboxOptions.DEFAULT
                                .withWorkers(4)
                                .withPollInterval(Duration.ofMillis(50))
                                .withLease(LEASE)
                                .withRetention(Duration.ZERO))
                        .build()) {
                    ProofDatabase.awaitTrue(
                            "all " + DELIVERIES + " done by the fresh process",
                            Duration.ofSeconds(60),
                            () -> db.count(InboxState.DONE) == DELIVERIES,
                            () -> "handled " + attempts.size() + ", counts " + countsOf(db));
                }
                long recoverMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - recoverStart);
                System.out.printf(
                        "Inbox crash proof: %d deliveries acknowledged by the receiver JVM (pid %d, %d of them"
                                + " claimed and mid-handler) before SIGKILL after %d ms; a fresh process did all %d in"
                                + " %d ms (%.0f deliveries/s), the dead one's claims %d ms after they lapsed%n",
                        DELIVERIES,
                        child.pid(),
                        heldByChild.size(),
                        ackMillis,
                        DELIVERIES,
                        recoverMillis,
                        DELIVERIES / (recoverMillis / 1000.0),
                        heldByChild.stream()
                                        .mapToLong(id -> handledAt.get(id).toEpochMilli())
                                        .max()
                                        .orElseThrow()
                                - leasesEnd);

                assertThat(attempts)
                        .as("deliveries handled by the fresh process")
                        .containsOnlyKeys(ids);
                for (String id : ids) {
                    List<Integer> seen = List.copyOf(attempts.get(id));
                    assertThat(seen)
                            .as("attempts of %s (the dead receiver's claim counts as the first)", id)
                            .containsExactly(heldByChild.contains(id) ? 2 : 1);
                }
                for (String id : heldByChild) {
                    assertThat(handledAt.get(id).toEpochMilli())
                            .as("%s was taken over only once the dead receiver's lease had lapsed", id)
                            .isGreaterThanOrEqualTo(left.get(id).leaseUntil());
                }
                assertThat(db.counts()).containsEntry(InboxState.DONE, (long) DELIVERIES);
            } finally {
                if (child.isAlive()) {
                    child.destroyForcibly();
                }
            }
        } catch (AssertionError | Exception e) {
            System.err.println("The receiver JVM's log:\n" + Files.readString(childLog));
            throw e;
        } finally {
            Files.deleteIfExists(childLog);
        }
    }

    private static String countsOf(ProofDatabase db) {
        try {
            return db.counts().toString();
        } catch (java.sql.SQLException e) {
            return e.toString();
        }
    }

    private static Process startReceiver(Path log) throws IOException {
        String java = ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ProcessBuilder builder = new ProcessBuilder(
                java,
                "-Xmx128m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                InboxReceiverProcess.class.getName(),
                TABLE,
                Integer.toString(DELIVERIES),
                Integer.toString(CHILD_WORKERS));
        builder.redirectError(log.toFile());
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        return builder.start();
    }

    private static void readLines(Process child, List<String> lines) {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the child died
        }
    }

    /**
     * Waits until the child has printed {@code count} lines starting with {@code prefix}, and returns them; fails
     * if it dies first, or after 60 s.
     */
    private static List<String> awaitLines(List<String> lines, String prefix, int count, Process child)
            throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (true) {
            boolean alive = child.isAlive();
            List<String> matching =
                    lines.stream().filter(l -> l.startsWith(prefix)).toList();
            if (matching.size() >= count) {
                return matching;
            }
            if (!alive) {
                fail("The receiver JVM exited (" + child.exitValue() + ") after printing " + matching.size() + " of "
                        + count + " '" + prefix + "...' lines");
            }
            if (Instant.now().isAfter(deadline)) {
                fail("The receiver JVM printed " + matching.size() + " of " + count + " '" + prefix
                        + "...' lines within 60 s");
            }
            Thread.sleep(50);
        }
    }

    /** POSTs {@code request} as a sender would; "status body". */
    private static String post(HttpClient http, URI endpoint, WebhookRequest request) throws Exception {
        HttpRequest.Builder post = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.body().toByteArray()));
        request.headers().asMap().forEach((name, values) -> values.forEach(value -> post.header(name, value)));
        HttpResponse<String> response = http.send(post.build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }
}
