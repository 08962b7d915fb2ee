package io.webhooks4j.cli;

import io.webhooks4j.kafka.DeadLetters;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.common.KafkaException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kafka}: operate the Kafka inbox's topics (webhooks4j-kafka): list dead letters, move them back. */
@Command(
        name = "kafka",
        mixinStandardHelpOptions = true,
        description = {"Operate the Kafka inbox (webhooks4j-kafka): list its dead letters and move them back."},
        footerHeading = "%n",
        footer = {
            "The brokers: --bootstrap-servers or the variable " + KafkaCommand.BOOTSTRAP_VARIABLE + ".",
            "",
            Main.EXIT_CODES_HEADING,
            Main.EXIT_OK,
            Main.EXIT_USAGE,
            "  4  the brokers cannot be reached, or the topic does not exist"
        },
        subcommands = {KafkaCommand.DeadLettersCommand.class, CommandLine.HelpCommand.class})
final class KafkaCommand implements Runnable {
    static final String BOOTSTRAP_VARIABLE = "WEBHOOKS4J_KAFKA_BOOTSTRAP_SERVERS";
    static final int LIST_ERROR_WIDTH = 60;

    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: dead-letters");
    }

    @Command(
            name = "dead-letters",
            mixinStandardHelpOptions = true,
            description = {
                "List the dead letters of TOPIC's dead-letter topic (TOPIC.dlq unless --dead-letter-topic): what each",
                "is and its last error, never its body. With --move-back, put those not moved before back on TOPIC",
                "(their handlers run again with fresh attempts), as consumer group " + DeadLetters.MOVER_GROUP + "."
            })
    static final class DeadLettersCommand implements Callable<Integer> {
        @CommandLine.ParentCommand
        KafkaCommand kafka;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT,...", description = "the brokers")
        @Nullable
        String bootstrapServers;

        @Option(names = "--topic", paramLabel = "TOPIC", required = true, description = "the delivery topic")
        String topic;

        @Option(
                names = "--dead-letter-topic",
                paramLabel = "TOPIC",
                description = "the dead-letter topic (default: TOPIC.dlq)")
        @Nullable
        String deadLetterTopic;

        @Option(names = "--move-back", description = "move the dead letters back to TOPIC")
        boolean moveBack;

        @Option(names = "--limit", paramLabel = "N", description = "at most N, 1 to 100000 (default 100)")
        int limit = 100;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (limit < 1 || limit > 100_000) {
                throw new Main.UsageException("--limit must be between 1 and 100000, was " + limit);
            }
            String servers =
                    bootstrapServers != null ? bootstrapServers : kafka.main.environment.get(BOOTSTRAP_VARIABLE);
            if (servers == null || servers.isBlank()) {
                throw new Main.UsageException(
                        "Which brokers? Give --bootstrap-servers HOST:PORT or set " + BOOTSTRAP_VARIABLE);
            }
            String dlq = deadLetterTopic != null ? deadLetterTopic : topic + ".dlq";
            DeadLetters dead = DeadLetters.using(java.util.Map.of(
                    "bootstrap.servers", servers, "default.api.timeout.ms", 15_000, "request.timeout.ms", 10_000));
            try {
                if (moveBack) {
                    int moved = dead.moveBack(dlq, topic, limit, Duration.ofSeconds(60));
                    out.println("Moved " + moved + " dead letter(s) from " + dlq + " back to " + topic + ".");
                    return Main.OK;
                }
                List<DeadLetters.DeadLetter> letters = dead.list(dlq, limit);
                if (letters.isEmpty()) {
                    out.println("No dead letters in " + dlq + ".");
                    return Main.OK;
                }
                List<String[]> rows = new ArrayList<>();
                rows.add(new String[] {
                    "PARTITION", "OFFSET", "PROVIDER", "TYPE", "DELIVERY ID", "ATTEMPTS", "DEAD AT", "LAST ERROR"
                });
                for (DeadLetters.DeadLetter d : letters) {
                    rows.add(new String[] {
                        String.valueOf(d.partition()),
                        String.valueOf(d.offset()),
                        show(d.provider()),
                        show(d.eventType()),
                        show(d.deliveryId()),
                        show(d.attempts()),
                        show(d.deadAt()),
                        d.error() == null ? "-" : Text.clip(Text.oneLine(d.error()), LIST_ERROR_WIDTH)
                    });
                }
                Text.table(out, rows);
                out.println("(from the start of " + dlq + ", including those moved back before; --move-back moves"
                        + " those not moved yet)");
                return Main.OK;
            } catch (IllegalArgumentException | IllegalStateException | KafkaException e) {
                err.println(
                        "Kafka at " + Text.printable(servers) + ": " + Text.oneLine(String.valueOf(e.getMessage())));
                return Main.UNAVAILABLE;
            }
        }

        private static String show(@Nullable String value) {
            return value == null ? "-" : Text.printable(value);
        }
    }
}
