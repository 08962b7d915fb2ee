package io.webhooks4j.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code webhooks4j}: sign, verify (with --explain), send, parse and list fixtures, for every provider; look into and
 * operate a receiver's durable inbox ({@code inbox}).
 */
@Command(
        name = "webhooks4j",
        mixinStandardHelpOptions = true,
        version = "webhooks4j 0.1.0-SNAPSHOT",
        description = {
            "Sign, verify, send and parse webhook deliveries of every provider on the class path;",
            "list, show, retry, replay and purge the deliveries in a receiver's durable inbox;",
            "list and move back the Kafka inbox's dead letters."
        },
        footerHeading = "%n",
        footer = {
            "Secrets: --secret-env NAME or --secret-file PATH keep them out of the process list and the shell"
                    + " history; --secret VALUE does not.",
            "",
            Main.EXIT_CODES_HEADING,
            Main.EXIT_OK,
            Main.EXIT_INVALID_ALL,
            Main.EXIT_USAGE,
            Main.EXIT_UNPARSEABLE,
            Main.EXIT_UNAVAILABLE,
            "",
            "'webhooks4j <command> --help' shows each command's options."
        },
        subcommands = {
            SignCommand.class,
            VerifyCommand.class,
            SendCommand.class,
            ParseCommand.class,
            FixturesCommand.class,
            InboxCommand.class,
            KafkaCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    /** Exit code: success (also for --help and --version). */
    public static final int OK = 0;
    /** Exit code: the delivery is not authentic (verify), the send got a non-2xx answer or failed. */
    public static final int INVALID = 1;
    /** Exit code: usage error (unknown option, missing secret, unreadable file, ...). */
    public static final int USAGE = 2;
    /** Exit code: authentic, but the body is not an event the provider parses (verify); not parseable (parse). */
    public static final int UNPARSEABLE = 3;
    /** Exit code: the inbox's database cannot be reached, has no inbox table, or failed (inbox). */
    public static final int UNAVAILABLE = 4;

    static final String EXIT_CODES_HEADING = "Exit codes:";
    static final String EXIT_OK = "  0  success (also for --help and --version)";
    static final String EXIT_INVALID = "  1  verify: not authentic; send: a non-2xx answer, or none";
    static final String EXIT_INVALID_ALL =
            "  1  verify: not authentic; send: a non-2xx answer, or none; inbox show/retry: no such delivery, or claimed";
    static final String EXIT_USAGE = "  2  usage error: bad option, missing secret, unreadable file or variable";
    static final String EXIT_UNPARSEABLE = "  3  verify: authentic, but not an event it parses; parse: not parseable";
    static final String EXIT_UNAVAILABLE = "  4  inbox: the database cannot be reached, has no inbox table, or failed";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The environment {@code --secret-env} reads (the process's, or a test's). */
    Map<String, String> environment = System.getenv();

    /** The clock relative times ({@code --since 2h}) count back from (the system's, or a test's). */
    Clock clock = Clock.systemUTC();

    public static void main(String[] args) {
        // UTF-8 whatever the platform's default, so 'fixtures --show' prints a fixture's exact bytes.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err));
    }

    /** Runs the tool with the given output streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, System.getenv());
    }

    /** Runs the tool with the given output streams and environment; returns the exit code. */
    static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment) {
        return run(args, out, err, environment, Clock.systemUTC());
    }

    /** Runs the tool with the given output streams, environment and clock; returns the exit code. */
    static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment, Clock clock) {
        Main main = new Main();
        main.environment = Map.copyOf(environment);
        main.clock = clock;
        CommandLine commandLine = new CommandLine(main);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : INVALID);
        commandLine.setParameterExceptionHandler((e, a) -> {
            if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
                // picocli would echo the arguments; a mistyped --secret's value must not reach the terminal or a log.
                err.println("Unknown option or argument: "
                        + String.join(
                                " ",
                                unmatched.getUnmatched().stream()
                                        .map(arg -> arg.startsWith("-") ? arg.split("=", 2)[0] : "<value>")
                                        .toList())
                        + " (values are not shown, in case one is a secret)");
            } else {
                err.println(e.getMessage());
            }
            e.getCommandLine().usage(err);
            return USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            if (e instanceof UsageException) {
                err.println(e.getMessage());
                return USAGE;
            }
            if (e instanceof InboxDatabase.Unavailable) {
                err.println(e.getMessage());
                return UNAVAILABLE;
            }
            err.println("error: " + e.getMessage());
            return INVALID;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "Missing command: sign, verify, send, parse, fixtures, inbox or kafka");
    }

    /** A usage error found after parsing (exit code 2). */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
