package io.webhooks4j.cli;

import io.webhooks4j.WebhookRequest;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "sign",
        mixinStandardHelpOptions = true,
        footerHeading = "%n",
        footer = {Main.EXIT_CODES_HEADING, Main.EXIT_OK, Main.EXIT_INVALID, Main.EXIT_USAGE, Main.EXIT_UNPARSEABLE},
        description = {
            "Print the HTTP headers the provider would send with this body, one 'Name: value' per line.",
            "A body is sent with the Content-Type the provider uses unless --content-type says otherwise; a"
                    + " provider that signs the URL may sign one of its own for the body (a JSON body to a"
                    + " form-posting provider), which goes to stderr."
        })
final class SignCommand implements Callable<Integer> {
    @Mixin
    DeliveryOptions delivery;

    @Mixin
    SecretOptions secrets;

    @ParentCommand
    Main main;

    @Option(names = "--timestamp", description = "signing time, Unix seconds (default: now)")
    Long timestamp;

    @Option(names = "--fixture", description = "a built-in fixture (see 'fixtures') instead of --body-file")
    String fixture;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (delivery.url == null && delivery.factory().descriptor().signsUrl()) {
            throw new Main.UsageException(
                    "--url is required for " + delivery.provider + ": " + delivery.displayName() + " signs the URL");
        }
        WebhookRequest unsigned = delivery.outgoingRequest(fixture);
        WebhookRequest signed = delivery.providerInstance(
                        secrets.resolve(main.environment), DeliveryOptions.clockAt(timestamp), null)
                .sign(unsigned);
        PrintWriter out = spec.commandLine().getOut();
        signed.headers().asMap().forEach((name, values) -> values.forEach(v -> out.println(name + ": " + v)));
        if (!signed.url().equals(unsigned.url())) {
            // A URL-signing provider may sign a body through a parameter it adds to the URL: send it there.
            spec.commandLine().getErr().println("signed URL (send the delivery to it): " + signed.url());
        }
        return Main.OK;
    }
}
