package io.webhooks4j.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code webhooks4j}: sign, verify (with --explain), send, parse and list fixtures, for every provider. */
@Command(
        name = "webhooks4j",
        mixinStandardHelpOptions = true,
        version = "webhooks4j 0.1.0-SNAPSHOT",
        description =
                "Sign, verify, send and parse webhook deliveries of Stripe, GitHub, Twilio, PagerDuty and Shopify.",
        subcommands = {
            SignCommand.class,
            VerifyCommand.class,
            SendCommand.class,
            ParseCommand.class,
            FixturesCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    /** Exit code: success. */
    public static final int OK = 0;
    /** Exit code: the delivery is not valid, or the send got a non-2xx answer. */
    public static final int INVALID = 1;
    /** Exit code: usage error. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the tool with the given output streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : INVALID);
        commandLine.setParameterExceptionHandler((e, a) -> {
            err.println(e.getMessage());
            e.getCommandLine().usage(err);
            return USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            if (e instanceof UsageException) {
                err.println(e.getMessage());
                return USAGE;
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
                spec.commandLine(), "Missing command: sign, verify, send, parse or fixtures");
    }

    /** A usage error found after parsing (exit code 2). */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
