package io.webhooks4j.cli;

import io.webhooks4j.inbox.Inbox;
import io.webhooks4j.inbox.InboxDelivery;
import io.webhooks4j.inbox.InboxQuery;
import io.webhooks4j.inbox.InboxState;
import io.webhooks4j.inbox.InboxUnavailableException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code inbox}: look into and operate a receiver's durable inbox (a {@code JdbcInbox}) on its database: list,
 * show, retry, replay, purge, stats.
 */
@Command(
        name = "inbox",
        mixinStandardHelpOptions = true,
        description = {
            "Look into and operate a receiver's durable inbox (JdbcInbox) on its database.",
            "The database: --jdbc-url, --user, --password or the variables " + InboxDatabase.URL_VARIABLE + ", "
                    + InboxDatabase.USER_VARIABLE + ", " + InboxDatabase.PASSWORD_VARIABLE + "; --table."
        },
        footerHeading = "%n",
        footer = {
            "TIME: " + InboxTimes.TIME_HELP + ".",
            "DURATION: " + InboxTimes.DURATION_HELP + ".",
            "",
            Main.EXIT_CODES_HEADING,
            Main.EXIT_OK,
            InboxCommand.EXIT_NOT_DONE,
            Main.EXIT_USAGE,
            Main.EXIT_UNAVAILABLE
        },
        subcommands = {
            InboxCommand.ListCommand.class,
            InboxCommand.ShowCommand.class,
            InboxCommand.RetryCommand.class,
            InboxCommand.ReplayCommand.class,
            InboxCommand.PurgeCommand.class,
            InboxCommand.StatsCommand.class,
            CommandLine.HelpCommand.class
        })
final class InboxCommand implements Runnable {
    static final String EXIT_NOT_DONE = "  1  inbox: no such delivery, or it is claimed by a worker (show, retry)";

    /** How much of a last error {@code inbox list} shows. */
    static final int LIST_ERROR_WIDTH = 60;

    /** {@code inbox list}'s default {@code --limit}. */
    static final int DEFAULT_LIMIT = 50;

    static final String PERSONAL_DATA_WARNING = "WARNING: a delivery's headers and body may hold personal data"
            + " (names, e-mail and postal addresses, phone numbers, message text): do not paste them into tickets,"
            + " chats or logs.";

    @ParentCommand
    Main main;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "Missing inbox command: list, show, retry, replay, purge or stats");
    }

    /** What every inbox subcommand shares: the database options, opening the inbox, mapping its failures. */
    abstract static class Subcommand implements Callable<Integer> {
        @Mixin
        InboxDatabase database;

        @ParentCommand
        InboxCommand inbox;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public final Integer call() {
            check();
            Map<String, String> environment = inbox.main.environment;
            Inbox opened = database.open(environment);
            try {
                return run(
                        opened, spec.commandLine().getOut(), spec.commandLine().getErr(), inbox.main.clock.instant());
            } catch (InboxUnavailableException e) {
                InboxDatabase.Target target = database.target(environment);
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                throw new InboxDatabase.Unavailable("The inbox database " + target.shownUrl() + " failed: "
                        + target.redact(InboxDatabase.firstLine(cause)));
            } finally {
                if (opened instanceof AutoCloseable closeable) {
                    try {
                        closeable.close();
                    } catch (Exception ignored) {
                        // nothing to release that outlives the process
                    }
                }
            }
        }

        /** Checks the options before the database is opened (usage errors come first). */
        void check() {}

        abstract int run(Inbox inbox, PrintWriter out, PrintWriter err, Instant now);
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "List stored deliveries, newest first: id, provider, type, state, attempts, received,"
                    + " next attempt and the last error (clipped; 'inbox show ID' prints it whole).",
            footerHeading = "%n",
            footer = {
                "TIME: " + InboxTimes.TIME_HELP + ".",
                "",
                Main.EXIT_CODES_HEADING,
                Main.EXIT_OK,
                Main.EXIT_USAGE,
                Main.EXIT_UNAVAILABLE
            })
    static final class ListCommand extends Subcommand {
        @Option(names = "--state", paramLabel = "STATE", description = "only pending, claimed, done or dead")
        @Nullable
        String state;

        @Option(names = "--provider", paramLabel = "ID", description = "only this provider's (stripe, github, ...)")
        @Nullable
        String provider;

        @Option(names = "--since", paramLabel = "TIME", description = "only those received at or after TIME")
        @Nullable
        String since;

        @Option(
                names = "--limit",
                paramLabel = "N",
                description = "at most N, 1 to " + InboxQuery.MAX_LIMIT + " (default " + DEFAULT_LIMIT + ")")
        int limit = DEFAULT_LIMIT;

        @Override
        void check() {
            if (limit < 1 || limit > InboxQuery.MAX_LIMIT) {
                throw new Main.UsageException(
                        "--limit must be between 1 and " + InboxQuery.MAX_LIMIT + ", was " + limit);
            }
            if (state != null) {
                parseState("--state", state);
            }
            if (since != null) {
                InboxTimes.time("--since", since, inbox.main.clock.instant());
            }
        }

        @Override
        int run(Inbox inbox, PrintWriter out, PrintWriter err, Instant now) {
            InboxQuery query = new InboxQuery(
                    state == null ? null : parseState("--state", state),
                    provider,
                    since == null ? null : InboxTimes.time("--since", since, now),
                    null,
                    limit);
            List<InboxDelivery> deliveries = inbox.list(query);
            if (deliveries.isEmpty()) {
                out.println("No stored deliveries match.");
                return Main.OK;
            }
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {
                "ID", "PROVIDER", "TYPE", "STATE", "ATTEMPTS", "RECEIVED", "NEXT ATTEMPT", "LAST ERROR"
            });
            for (InboxDelivery d : deliveries) {
                rows.add(new String[] {
                    String.valueOf(d.id()),
                    Text.printable(d.provider()),
                    Text.printable(d.eventType()),
                    d.state().code(),
                    String.valueOf(d.attempts()),
                    InboxTimes.show(d.receivedAt()),
                    d.state() == InboxState.PENDING ? InboxTimes.show(d.nextAttemptAt()) : "-",
                    d.lastError() == null ? "-" : Text.clip(Text.oneLine(d.lastError()), LIST_ERROR_WIDTH)
                });
            }
            Text.table(out, rows);
            if (deliveries.size() == limit) {
                out.println("(the newest " + limit + "; --limit N shows more, --since TIME or --state fewer)");
            }
            return Main.OK;
        }
    }

    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = {
                "Print one delivery: every detail, its headers and its body (as text when it is UTF-8, else its"
                        + " size).",
                "The headers and the body may hold personal data."
            },
            footerHeading = "%n",
            footer = {Main.EXIT_CODES_HEADING, Main.EXIT_OK, EXIT_NOT_DONE, Main.EXIT_USAGE, Main.EXIT_UNAVAILABLE})
    static final class ShowCommand extends Subcommand {
        @Parameters(paramLabel = "ID", description = "the delivery's id (the first column of 'inbox list')")
        long id;

        @Override
        int run(Inbox inbox, PrintWriter out, PrintWriter err, Instant now) {
            Optional<InboxDelivery> found = inbox.find(id);
            if (found.isEmpty()) {
                err.println("No delivery " + id + " in the inbox (purged, or never stored): see 'inbox list'");
                return Main.INVALID;
            }
            InboxDelivery d = found.get();
            err.println(PERSONAL_DATA_WARNING);
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"id", String.valueOf(d.id())});
            rows.add(new String[] {"provider", Text.printable(d.provider())});
            rows.add(new String[] {"event type", Text.printable(d.eventType())});
            rows.add(new String[] {
                "delivery id", d.deliveryId() == null ? "-" : Text.printable(d.deliveryId()) + " (unverified)"
            });
            rows.add(new String[] {"state", d.state().code()});
            rows.add(new String[] {"attempts", String.valueOf(d.attempts())});
            rows.add(new String[] {"received", InboxTimes.show(d.receivedAt())});
            rows.add(new String[] {"next attempt", InboxTimes.show(d.nextAttemptAt())});
            rows.add(new String[] {"completed", InboxTimes.show(d.completedAt())});
            rows.add(new String[] {"lease owner", d.leaseOwner() == null ? "-" : Text.printable(d.leaseOwner())});
            rows.add(new String[] {"lease until", InboxTimes.show(d.leaseUntil())});
            rows.add(new String[] {"key id", Text.printable(d.keyId())});
            rows.add(new String[] {"signed at", InboxTimes.show(d.signedAt())});
            rows.add(new String[] {"url", Text.printable(d.url())});
            rows.add(new String[] {"dedup key", Text.printable(d.deduplicationKey())});
            rows.add(new String[] {"last error", d.lastError() == null ? "-" : Text.printable(d.lastError())});
            for (String[] row : rows) {
                out.printf("%-13s %s%n", row[0] + ":", row[1]);
            }
            out.println();
            out.println("headers (as received, less credentials; may hold personal data):");
            d.headers()
                    .asMap()
                    .forEach((name, values) ->
                            values.forEach(v -> out.println("  " + Text.printable(name) + ": " + Text.printable(v))));
            out.println();
            byte[] body = d.body().toByteArray();
            String text = utf8(body);
            if (text == null) {
                out.println("body: " + body.length + " bytes, not UTF-8 text (not printed; may hold personal data)");
            } else {
                out.println("body (" + body.length + " bytes, UTF-8; may hold personal data):");
                out.println(Text.printableKeepingLines(text));
            }
            return Main.OK;
        }

        private static @Nullable String utf8(byte[] bytes) {
            try {
                return StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
            } catch (CharacterCodingException e) {
                return null;
            }
        }
    }

    @Command(
            name = "retry",
            mixinStandardHelpOptions = true,
            description = {
                "Make a delivery due again now with its attempts reset (a dead one whose cause is fixed, or a done"
                        + " one to run its handlers once more), or every dead one with --dead.",
                "A running receiver's workers pick it up within their poll interval."
            },
            footerHeading = "%n",
            footer = {Main.EXIT_CODES_HEADING, Main.EXIT_OK, EXIT_NOT_DONE, Main.EXIT_USAGE, Main.EXIT_UNAVAILABLE})
    static final class RetryCommand extends Subcommand {
        @Parameters(paramLabel = "ID", arity = "0..1", description = "the delivery's id")
        @Nullable
        Long id;

        @Option(names = "--dead", description = "every dead delivery")
        boolean dead;

        @Override
        void check() {
            if (id != null && dead) {
                throw new Main.UsageException("Give an ID or --dead, not both");
            }
            if (id == null && !dead) {
                throw new Main.UsageException("Give the ID of the delivery to retry, or --dead for every dead one");
            }
        }

        @Override
        int run(Inbox inbox, PrintWriter out, PrintWriter err, Instant now) {
            if (dead) {
                int n = inbox.retryDead(now);
                out.println(
                        n == 0
                                ? "No dead deliveries."
                                : n + " dead " + deliveries(n) + " " + are(n) + " due again now.");
                return Main.OK;
            }
            long target = id;
            Optional<InboxDelivery> before = inbox.find(target);
            if (before.isEmpty()) {
                err.println("No delivery " + target + " in the inbox (purged, or never stored): see 'inbox list'");
                return Main.INVALID;
            }
            if (!inbox.retry(target, now)) {
                Optional<InboxDelivery> now2 = inbox.find(target);
                if (now2.isPresent() && now2.get().state() == InboxState.CLAIMED) {
                    err.println("Delivery " + target + " is being handled by a worker right now ("
                            + Text.printable(String.valueOf(now2.get().leaseOwner())) + ", lease until "
                            + InboxTimes.show(now2.get().leaseUntil()) + "); not retried");
                } else {
                    err.println("Delivery " + target + " could not be retried (it was purged or claimed meanwhile)");
                }
                return Main.INVALID;
            }
            InboxState was = before.get().state();
            out.println(
                    "Delivery " + target + " (" + Text.printable(before.get().provider()) + " "
                            + Text.printable(before.get().eventType()) + ", was " + was.code() + ") is due again now"
                            + (was == InboxState.DONE ? ": its handlers run once more." : "."));
            return Main.OK;
        }
    }

    @Command(
            name = "replay",
            mixinStandardHelpOptions = true,
            description = "Make every done delivery received at or after TIME due again now: their handlers run once"
                    + " more (for a handler that lost its own data).",
            footerHeading = "%n",
            footer = {
                "TIME: " + InboxTimes.TIME_HELP + ".",
                "",
                Main.EXIT_CODES_HEADING,
                Main.EXIT_OK,
                Main.EXIT_USAGE,
                Main.EXIT_UNAVAILABLE
            })
    static final class ReplayCommand extends Subcommand {
        @Option(
                names = "--since",
                required = true,
                paramLabel = "TIME",
                description = "replay those received at or after TIME")
        String since;

        @Override
        void check() {
            InboxTimes.time("--since", since, inbox.main.clock.instant());
        }

        @Override
        int run(Inbox inbox, PrintWriter out, PrintWriter err, Instant now) {
            Instant from = InboxTimes.time("--since", since, now);
            int n = inbox.replay(from, now);
            out.println(n + " done " + deliveries(n) + " received since " + InboxTimes.show(from) + " " + are(n)
                    + " due again now"
                    + (n == 0 ? "." : ": their handlers run once more."));
            return Main.OK;
        }
    }

    @Command(
            name = "purge",
            mixinStandardHelpOptions = true,
            description = "Delete done or dead deliveries that became so more than DURATION ago (their bodies with"
                    + " them). A receiver purges done ones itself after its retention time; dead ones only this"
                    + " way.",
            footerHeading = "%n",
            footer = {
                "DURATION: " + InboxTimes.DURATION_HELP + ".",
                "",
                Main.EXIT_CODES_HEADING,
                Main.EXIT_OK,
                Main.EXIT_USAGE,
                Main.EXIT_UNAVAILABLE
            })
    static final class PurgeCommand extends Subcommand {
        @Option(names = "--state", required = true, paramLabel = "STATE", description = "done or dead")
        String state;

        @Option(
                names = "--older-than",
                required = true,
                paramLabel = "DURATION",
                description = "only those done or dead for longer than DURATION")
        String olderThan;

        @Override
        void check() {
            purgedState();
            InboxTimes.duration("--older-than", olderThan);
        }

        private InboxState purgedState() {
            InboxState s = parseState("--state", state);
            if (s != InboxState.DONE && s != InboxState.DEAD) {
                throw new Main.UsageException("--state: purge deletes done or dead deliveries only, not " + s.code()
                        + " ones (they are still to be handled)");
            }
            return s;
        }

        @Override
        int run(Inbox inbox, PrintWriter out, PrintWriter err, Instant now) {
            InboxState s = purgedState();
            Duration age = InboxTimes.duration("--older-than", olderThan);
            Instant before = now.minus(age);
            int n = inbox.purge(s, before);
            out.println("Deleted " + n + " " + s.code() + " " + deliveries(n) + " (" + s.code() + " before "
                    + InboxTimes.show(before) + ").");
            return Main.OK;
        }
    }

    @Command(
            name = "stats",
            mixinStandardHelpOptions = true,
            description = "Count the deliveries in each state, and say how long the oldest due one has waited.",
            footerHeading = "%n",
            footer = {Main.EXIT_CODES_HEADING, Main.EXIT_OK, Main.EXIT_USAGE, Main.EXIT_UNAVAILABLE})
    static final class StatsCommand extends Subcommand {
        @Override
        int run(Inbox inbox, PrintWriter out, PrintWriter err, Instant now) {
            Map<InboxState, Long> counts = inbox.counts();
            long total = 0;
            for (InboxState s : InboxState.values()) {
                long n = counts.getOrDefault(s, 0L);
                total += n;
                out.printf("%-8s %d%n", s.code(), n);
            }
            out.printf("%-8s %d%n", "total", total);
            Optional<Instant> oldest = inbox.oldestDue(now);
            out.println("oldest due: "
                    + oldest.map(t -> InboxTimes.show(t) + " (waiting " + InboxTimes.human(Duration.between(t, now))
                                    + ")")
                            .orElse("none (nothing is waiting for a worker)"));
            return Main.OK;
        }
    }

    static InboxState parseState(String option, String code) {
        try {
            return InboxState.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException(option + ": " + e.getMessage());
        }
    }

    private static String deliveries(int n) {
        return n == 1 ? "delivery" : "deliveries";
    }

    private static String are(int n) {
        return n == 1 ? "is" : "are";
    }
}
