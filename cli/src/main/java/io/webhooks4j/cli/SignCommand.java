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
            "A twilio body is form-encoded unless --content-type says otherwise; with a JSON body Twilio"
                    + " signs a URL with bodySHA256 added, which goes to stderr."
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
        if ("twilio".equals(delivery.provider) && delivery.url == null) {
            throw new Main.UsageException("--url is required for twilio: Twilio signs the URL");
        }
        WebhookRequest unsigned = delivery.outgoingRequest(fixture);
        WebhookRequest signed = delivery.providerInstance(
                        secrets.resolve(main.environment), DeliveryOptions.clockAt(timestamp), null)
                .sign(unsigned);
        PrintWriter out = spec.commandLine().getOut();
        signed.headers().asMap().forEach((name, values) -> values.forEach(v -> out.println(name + ": " + v)));
        if (!signed.url().equals(unsigned.url())) {
            // Twilio signs a JSON body through a bodySHA256 parameter it adds to the URL: send it there.
            spec.commandLine().getErr().println("signed URL (send the delivery to it): " + signed.url());
        }
        return Main.OK;
    }
}
