package io.webhooks4j.cli;

import io.webhooks4j.WebhookEvent;
import io.webhooks4j.WebhookException;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookVerificationException;
import io.webhooks4j.spi.Verification;
import io.webhooks4j.spi.WebhookProvider;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        footerHeading = "%n",
        footer = {Main.EXIT_CODES_HEADING, Main.EXIT_OK, Main.EXIT_INVALID, Main.EXIT_USAGE, Main.EXIT_UNPARSEABLE},
        description = "Verify a captured delivery exactly as the library would, then parse it.")
final class VerifyCommand implements Callable<Integer> {
    @Mixin
    DeliveryOptions delivery;

    @Mixin
    SecretOptions secrets;

    @ParentCommand
    Main main;

    @Option(names = "--now", description = "the verifier's time, Unix seconds (default: now)")
    Long now;

    @Option(names = "--tolerance", description = "timestamp tolerance in seconds (providers that sign a timestamp)")
    Long tolerance;

    @Option(
            names = "--explain",
            description = "print the diagnosis: keys tried, what was signed, clock skew, likely cause")
    boolean explain;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        WebhookRequest request = delivery.request(null);
        WebhookProvider<?> provider = delivery.providerInstance(
                secrets.resolve(main.environment),
                DeliveryOptions.clockAt(now),
                tolerance == null ? null : Duration.ofSeconds(tolerance));
        Verification verification;
        try {
            verification = provider.verify(request);
        } catch (WebhookException e) {
            err.println(e.reason().code());
            err.println(e.getMessage());
            if (e instanceof WebhookVerificationException ve) {
                if (explain) {
                    err.print(ve.diagnosis().explain());
                } else if (!ve.diagnosis().isEmpty()) {
                    err.println("(run with --explain for the diagnosis)");
                }
            }
            return Main.INVALID;
        }
        out.println("verified with key " + verification.keyId()
                + (verification.signedAt() == null ? "" : ", signed at " + verification.signedAt()));
        try {
            WebhookEvent event = provider.parse(request, verification);
            out.println("event type: " + event.type());
            out.println("delivery id: " + (event.deliveryId() == null ? "(none)" : event.deliveryId()));
        } catch (WebhookException e) {
            err.println(e.reason().code());
            err.println("authentic, but cannot be parsed: " + e.getMessage());
            return Main.UNPARSEABLE;
        }
        return Main.OK;
    }
}
