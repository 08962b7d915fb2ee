package io.webhooks4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.Headers;
import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.github.GitHubEvents;
import io.webhooks4j.github.GitHubProvider;
import io.webhooks4j.inbox.InboxDelivery;
import io.webhooks4j.inbox.InboxOptions;
import io.webhooks4j.inbox.InboxQuery;
import io.webhooks4j.inbox.InboxState;
import io.webhooks4j.inbox.NewDelivery;
import io.webhooks4j.inbox.RetryPolicy;
import io.webhooks4j.jdbc.JdbcInbox;
import io.webhooks4j.stripe.StripeEvents;
import io.webhooks4j.stripe.StripeProvider;
import io.webhooks4j.test.TestDeliveries;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code inbox} commands against a real JdbcInbox on an H2 file database, filled by a real {@link Webhooks} in
 * inbox mode (no workers: the test runs them with {@link Webhooks#processInbox()}), exactly as a receiver would.
 */
class InboxCommandsTest {
    static final String STRIPE_SECRET = "whsec_inbox_cli_0123456789";
    static final String GITHUB_SECRET = "github-inbox-cli-secret";

    @TempDir
    Path dir;

    String url;
    JdbcInbox inbox;
    Webhooks webhooks;
    Connection keepOpen;
    final AtomicBoolean billingDown = new AtomicBoolean(true);
    final Map<String, Integer> runs = new ConcurrentHashMap<>();

    record Result(int code, String out, String err) {
        /** Everything printed, for checks that nothing leaked anywhere. */
        String all() {
            return out + err;
        }
    }

    Result run(String... args) {
        return runWith(Map.of(), args);
    }

    Result runWith(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), env, Clock.systemUTC());
        return new Result(code, out.toString(), err.toString());
    }

    /** {@code inbox <command> --jdbc-url <url> <args>}. */
    Result inbox(String command, String... args) {
        List<String> all = new ArrayList<>(List.of("inbox", command, "--jdbc-url", url));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    static String invoice(String id) {
        return "{\"id\":\"" + id + "\",\"object\":\"event\",\"type\":\"invoice.paid\",\"data\":{\"object\":"
                + "{\"id\":\"in_" + id + "\",\"object\":\"invoice\",\"amount_paid\":500,\"currency\":\"usd\"}}}";
    }

    WebhookResponse post(String id) {
        return webhooks.handle(
                "stripe",
                TestDeliveries.provider("stripe")
                        .secrets(STRIPE_SECRET)
                        .body(invoice(id))
                        .build());
    }

    long idOf(String eventId) {
        return inbox.list(InboxQuery.all()).stream()
                .filter(d -> eventId.equals(d.deliveryId()))
                .findFirst()
                .orElseThrow()
                .id();
    }

    InboxDelivery stored(long id) {
        return inbox.find(id).orElseThrow();
    }

    @BeforeEach
    void fill() throws Exception {
        url = "jdbc:h2:file:" + dir.resolve("inbox").toAbsolutePath();
        InboxDatabase.DriverDataSource dataSource = new InboxDatabase.DriverDataSource(url, "", "");
        keepOpen = dataSource.getConnection(); // the receiver's database stays open, as in a running receiver
        inbox = JdbcInbox.builder().dataSource(dataSource).build();
        inbox.createSchema();
        webhooks = Webhooks.builder()
                .provider(StripeProvider.create(STRIPE_SECRET))
                .provider(GitHubProvider.create(GITHUB_SECRET))
                .inbox(inbox)
                .inboxOptions(InboxOptions.DEFAULT.withWorkers(0).withRetry(RetryPolicy.DEFAULT.withMaxAttempts(1)))
                .on(StripeEvents.INVOICE_PAID, e -> {
                    if (billingDown.get() && e.id().startsWith("evt_fail")) {
                        throw new IllegalStateException("billing service down (test)\nsecond line");
                    }
                    runs.merge(e.id(), 1, Integer::sum);
                })
                .on(GitHubEvents.PUSH, e -> runs.merge("push", 1, Integer::sum))
                .build();

        assertThat(post("evt_ok_1").status()).isEqualTo(200);
        assertThat(post("evt_fail_1").status()).isEqualTo(200);
        assertThat(webhooks.handle(
                                "github",
                                TestDeliveries.provider("github")
                                        .secrets(GITHUB_SECRET)
                                        .fixture("push")
                                        .build())
                        .status())
                .isEqualTo(200);
        assertThat(webhooks.processInbox()).isEqualTo(3);
        assertThat(post("evt_pending_1").status()).isEqualTo(200); // stored, not processed: pending
        assertThat(runs).containsOnlyKeys("evt_ok_1", "push");
        assertThat(inbox.counts())
                .containsEntry(InboxState.DONE, 2L)
                .containsEntry(InboxState.DEAD, 1L)
                .containsEntry(InboxState.PENDING, 1L);
    }

    @AfterEach
    void close() throws Exception {
        webhooks.close();
        keepOpen.close();
    }

    // ---- list

    @Test
    void listPrintsATableOfEveryStoredDeliveryNewestFirst() {
        Result r = inbox("list");

        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0))
                .startsWith("ID")
                .contains("PROVIDER", "TYPE", "STATE", "ATTEMPTS", "RECEIVED", "NEXT ATTEMPT", "LAST ERROR");
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).contains("stripe", "invoice.paid", "pending").startsWith(idOf("evt_pending_1") + " ");
        assertThat(lines.get(2)).contains("github", "push", "done");
        String dead = lines.stream().filter(l -> l.contains("dead")).findFirst().orElseThrow();
        assertThat(dead)
                .startsWith(idOf("evt_fail_1") + " ")
                .contains("stripe", "invoice.paid", " 1 ")
                // the error on one line, clipped
                .contains("java.lang.IllegalStateException: billing service down (te...")
                .doesNotContain("second line");
        assertThat(lines.get(1)).containsPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\s+\\d{4}-");
    }

    @Test
    void listFiltersByStateProviderTimeAndLimit() {
        Result dead = inbox("list", "--state", "dead");
        assertThat(dead.code()).isZero();
        assertThat(dead.out().lines().count()).isEqualTo(2);
        assertThat(dead.out()).contains("dead").doesNotContain("done").doesNotContain("pending");

        Result github = inbox("list", "--provider", "github");
        assertThat(github.out().lines().skip(1)).singleElement().asString().contains("push");

        assertThat(inbox("list", "--since", "1h").out().lines().count()).isEqualTo(5);
        assertThat(inbox("list", "--since", Instant.now().minusSeconds(3600).toString())
                        .out()
                        .lines()
                        .count())
                .isEqualTo(5);
        Result future = inbox("list", "--since", Instant.now().plusSeconds(3600).toString());
        assertThat(future.code()).isZero();
        assertThat(future.out()).isEqualTo("No stored deliveries match.\n");

        Result one = inbox("list", "--limit", "1");
        assertThat(one.out().lines().toList())
                .hasSize(3)
                .last()
                .asString()
                .startsWith("(the newest 1; --limit N shows more");
        assertThat(inbox("list", "--state", "DONE", "--provider", "stripe").out())
                .contains("done")
                .doesNotContain("github");
    }

    @Test
    void theDatabaseMayComeFromTheEnvironmentAsTheSamplesRead() {
        Result r = runWith(Map.of("WEBHOOKS_INBOX_URL", url, "WEBHOOKS_INBOX_USER", ""), "inbox", "stats");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("dead     1");
    }

    // ---- show

    @Test
    void showPrintsEveryDetailTheHeadersAndTheBodyAndWarnsOfPersonalData() {
        long id = idOf("evt_fail_1");
        Result r = inbox("show", String.valueOf(id));

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("may hold personal data");
        assertThat(r.out())
                .contains("id:           " + id)
                .contains("provider:     stripe")
                .contains("event type:   invoice.paid")
                .contains("delivery id:  evt_fail_1 (unverified)")
                .contains("state:        dead")
                .contains("attempts:     1")
                .contains("key id:       key-1")
                .contains("url:          https://example.com/webhooks/stripe")
                .contains("last error:   java.lang.IllegalStateException: billing service down (test)\\u000asecond"
                        + " line")
                .contains("headers (as received, less credentials; may hold personal data):")
                .containsPattern("  Stripe-Signature: t=\\d+,v1=[0-9a-f]{64}")
                .contains("body (" + invoice("evt_fail_1").length() + " bytes, UTF-8; may hold personal data):")
                .contains(invoice("evt_fail_1"));
    }

    @Test
    void showGivesTheSizeOfABodyThatIsNotUtf8AndEscapesControlCharacters() {
        byte[] binary = {(byte) 0xff, (byte) 0xfe, 0x00, 0x41};
        long id = inbox.store(new NewDelivery(
                        "stripe",
                        "binary-1",
                        "invoice.paid",
                        "evt_\u001b[31mred",
                        "https://example.com/webhooks/stripe",
                        Headers.builder()
                                .add("X-Note", "a\u001b]0;title\u0007b")
                                .build(),
                        RawBody.of(binary),
                        "key-1",
                        null,
                        Instant.now()))
                .id();

        Result r = inbox("show", String.valueOf(id));

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("body: 4 bytes, not UTF-8 text (not printed; may hold personal data)")
                .contains("delivery id:  evt_\\u001b[31mred")
                .contains("X-Note: a\\u001b]0;title\\u0007b")
                .doesNotContain("\u001b");
    }

    @Test
    void showOfAnUnknownIdExits1() {
        Result r = inbox("show", "999999");
        assertThat(r.code()).isEqualTo(Main.INVALID);
        assertThat(r.err()).contains("No delivery 999999 in the inbox");
        assertThat(inbox("show", "twelve").code()).isEqualTo(Main.USAGE);
        assertThat(inbox("show").code()).isEqualTo(Main.USAGE);
    }

    // ---- retry, replay

    @Test
    void retryOfADeadDeliveryRunsItAgainOnceItsCauseIsGone() {
        long id = idOf("evt_fail_1");
        billingDown.set(false);

        Result r = inbox("retry", String.valueOf(id));

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Delivery " + id + " (stripe invoice.paid, was dead) is due again now.");
        assertThat(stored(id).state()).isEqualTo(InboxState.PENDING);
        assertThat(stored(id).attempts()).isZero();
        webhooks.processInbox();
        assertThat(stored(id).state()).isEqualTo(InboxState.DONE);
        assertThat(runs).containsEntry("evt_fail_1", 1);
    }

    @Test
    void retryDeadMakesEveryDeadDeliveryDue() {
        Result r = inbox("retry", "--dead");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("1 dead delivery is due again now.\n");
        assertThat(inbox.counts()).containsEntry(InboxState.DEAD, 0L).containsEntry(InboxState.PENDING, 2L);
        assertThat(inbox("retry", "--dead").out()).isEqualTo("No dead deliveries.\n");
    }

    @Test
    void retryRefusesAnUnknownOrClaimedDeliveryAndBadArguments() {
        Result unknown = inbox("retry", "424242");
        assertThat(unknown.code()).isEqualTo(Main.INVALID);
        assertThat(unknown.err()).contains("No delivery 424242");

        long pending = idOf("evt_pending_1");
        assertThat(inbox.claim("someone-else", 10, Instant.now(), Duration.ofMinutes(5)))
                .extracting(InboxDelivery::id)
                .containsExactly(pending);
        Result claimed = inbox("retry", String.valueOf(pending));
        assertThat(claimed.code()).isEqualTo(Main.INVALID);
        assertThat(claimed.err()).contains("is being handled by a worker right now (someone-else, lease until");
        assertThat(stored(pending).state()).isEqualTo(InboxState.CLAIMED);

        Result both = inbox("retry", "1", "--dead");
        assertThat(both.code()).isEqualTo(Main.USAGE);
        assertThat(both.err()).contains("Give an ID or --dead, not both");
        Result neither = inbox("retry");
        assertThat(neither.code()).isEqualTo(Main.USAGE);
        assertThat(neither.err()).contains("--dead");
    }

    @Test
    void retryOfADoneDeliveryRunsItsHandlersOnceMore() {
        long id = idOf("evt_ok_1");
        Result r = inbox("retry", String.valueOf(id));
        assertThat(r.out()).contains("was done) is due again now: its handlers run once more.");
        webhooks.processInbox();
        assertThat(runs).containsEntry("evt_ok_1", 2);
    }

    @Test
    void replayRunsTheHandlersOfDoneDeliveriesReceivedSinceAgain() {
        Result none = inbox("replay", "--since", Instant.now().plusSeconds(60).toString());
        assertThat(none.code()).isZero();
        assertThat(none.out()).startsWith("0 done deliveries received since ");

        Result r = inbox("replay", "--since", "2h");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("2 done deliveries received since ").contains("are due again now");
        webhooks.processInbox();
        assertThat(runs).containsEntry("evt_ok_1", 2).containsEntry("push", 2);
        assertThat(inbox.counts()).containsEntry(InboxState.DEAD, 1L); // dead ones are not replayed
        assertThat(inbox("replay").code()).isEqualTo(Main.USAGE);
    }

    // ---- purge, stats

    @Test
    void purgeDeletesDoneOrDeadDeliveriesOlderThanTheDuration() throws Exception {
        Result young = inbox("purge", "--state", "done", "--older-than", "1h");
        assertThat(young.code()).as(young.err()).isZero();
        assertThat(young.out()).startsWith("Deleted 0 done deliveries (done before ");
        assertThat(inbox.counts()).containsEntry(InboxState.DONE, 2L);

        Thread.sleep(5); // completed_at is in milliseconds: be strictly after it
        Result done = inbox("purge", "--state", "done", "--older-than", "0s");
        assertThat(done.out()).startsWith("Deleted 2 done deliveries");
        Result dead = inbox("purge", "--state", "dead", "--older-than", "PT0S");
        assertThat(dead.out()).startsWith("Deleted 1 dead delivery");
        assertThat(inbox.counts())
                .containsEntry(InboxState.DONE, 0L)
                .containsEntry(InboxState.DEAD, 0L)
                .containsEntry(InboxState.PENDING, 1L);

        Result pending = inbox("purge", "--state", "pending", "--older-than", "0s");
        assertThat(pending.code()).isEqualTo(Main.USAGE);
        assertThat(pending.err()).contains("purge deletes done or dead deliveries only");
        assertThat(inbox.counts()).containsEntry(InboxState.PENDING, 1L);
        assertThat(inbox("purge", "--state", "done").code()).isEqualTo(Main.USAGE);
        assertThat(inbox("purge", "--state", "done", "--older-than", "soon").err())
                .contains("--older-than: 'soon' is not a duration");
    }

    @Test
    void statsCountsEachStateAndTheOldestDue() {
        Result r = inbox("stats");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("pending  1\n")
                .contains("claimed  0\n")
                .contains("done     2\n")
                .contains("dead     1\n")
                .contains("total    4\n")
                .containsPattern("oldest due: \\d{4}-\\d\\d-\\d\\dT[0-9:]+Z \\(waiting \\d+ s\\)");

        webhooks.processInbox();
        assertThat(inbox("stats").out()).contains("pending  0").contains("oldest due: none");
    }

    // ---- bad input and a database that is not there

    @Test
    void withoutADatabaseItIsAUsageErrorNamingTheOptionAndTheVariable() {
        Result r = run("inbox", "list");
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("--jdbc-url").contains("WEBHOOKS_INBOX_URL");
        Result notJdbc = run("inbox", "list", "--jdbc-url", "postgres://localhost/app");
        assertThat(notJdbc.code()).isEqualTo(Main.USAGE);
        assertThat(notJdbc.err()).contains("must be a JDBC URL");
        assertThat(run("inbox").code()).isEqualTo(Main.USAGE);
        assertThat(run("inbox").err()).contains("Missing inbox command: list, show, retry, replay, purge or stats");
    }

    @Test
    void aMissingH2DatabaseIsAClearErrorAndNotCreated() {
        Path missing = dir.resolve("no-such-inbox");
        Result r = run("inbox", "list", "--jdbc-url", "jdbc:h2:file:" + missing);

        assertThat(r.code()).isEqualTo(Main.UNAVAILABLE);
        assertThat(r.err())
                .startsWith("No H2 database at jdbc:h2:file:" + missing)
                .doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
        assertThat(Files.exists(Path.of(missing + ".mv.db"))).isFalse();
    }

    @Test
    void anUnreachableDatabaseIsAClearErrorThatNeverShowsThePassword() {
        Result r = run(
                "inbox",
                "stats",
                "--jdbc-url",
                "jdbc:postgresql://127.0.0.1:1/app?user=ops&password=hunter2-in-url",
                "--password",
                "s3cr3t-option-pw");

        assertThat(r.code()).isEqualTo(Main.UNAVAILABLE);
        assertThat(r.err())
                .startsWith("Cannot connect to the inbox database at jdbc:postgresql://127.0.0.1:1/app?user=ops"
                        + "&password=***")
                .doesNotContain("\tat ");
        assertThat(r.all()).doesNotContain("hunter2-in-url").doesNotContain("s3cr3t-option-pw");

        Result env = runWith(
                Map.of("WEBHOOKS_INBOX_URL", "jdbc:postgresql://127.0.0.1:1/app", "WEBHOOKS_INBOX_PASSWORD", "envpw-9"),
                "inbox",
                "list");
        assertThat(env.code()).isEqualTo(Main.UNAVAILABLE);
        assertThat(env.all()).doesNotContain("envpw-9");
    }

    @Test
    void aDatabaseWithoutTheTableIsAClearError() {
        Result r = inbox("list", "--table", "other_inbox");
        assertThat(r.code()).isEqualTo(Main.UNAVAILABLE);
        assertThat(r.err()).startsWith("No inbox table other_inbox in " + url).contains("--table");

        Result bad = inbox("list", "--table", "x; DROP TABLE webhooks4j_inbox");
        assertThat(bad.code()).isEqualTo(Main.USAGE);
        assertThat(bad.err()).contains("--table must be a plain SQL identifier");
        assertThat(inbox.counts()).containsEntry(InboxState.DONE, 2L);
    }

    @Test
    void anUnknownDriverIsAClearError() {
        Result r = run("inbox", "list", "--jdbc-url", "jdbc:oracle:thin:@localhost:1521:x");
        assertThat(r.code()).isEqualTo(Main.UNAVAILABLE);
        assertThat(r.err())
                .startsWith("No JDBC driver for jdbc:oracle")
                .contains("H2")
                .contains("PostgreSQL");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "--state=alive",
                "--since=yesterday",
                "--since=2026-12-01T10:00:00",
                "--since=-2h",
                "--limit=0",
                "--limit=1001",
                "--limit=many"
            })
    void badListArgumentsAreUsageErrorsNamingTheOption(String argument) {
        Result r = inbox("list", argument);
        assertThat(r.code()).as(r.err()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains(argument.substring(0, argument.indexOf('=')));
        assertThat(r.err()).doesNotContain("\tat ");
    }

    @Test
    void aTimeWithoutAZoneIsRefusedWithTheWayToWriteIt() {
        assertThat(inbox("list", "--since", "2026-12-01T10:00:00").err())
                .contains("has no time zone: add Z (UTC) or an offset");
    }

    @Test
    void aMistypedPasswordOptionDoesNotEchoItsValue() {
        Result r = inbox("list", "--pasword", "typo-secret-77");
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.all()).doesNotContain("typo-secret-77");
    }

    @ParameterizedTest
    @ValueSource(strings = {"list", "show", "retry", "replay", "purge", "stats"})
    void everyInboxCommandHasHelpWithItsExitCodes(String command) {
        for (String[] args :
                List.of(new String[] {"inbox", command, "--help"}, new String[] {"inbox", "help", command})) {
            Result r = run(args);
            assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isZero();
            assertThat(r.out())
                    .contains("Usage: webhooks4j inbox " + command)
                    .contains("--jdbc-url=URL")
                    .contains("WEBHOOKS_INBOX_URL")
                    .contains("Exit codes:")
                    .contains("  4  inbox: the database cannot be reached");
        }
        Result top = run("inbox", "--help");
        assertThat(top.code()).isZero();
        assertThat(top.out()).contains("list", "show", "retry", "replay", "purge", "stats");
        assertThat(run("--help").out()).contains("inbox").contains("  4  inbox:");
    }
}
