package io.webhooks4j.cli;

import io.webhooks4j.WebhookRequest;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "sign",
        description = "Print the HTTP headers the provider would send with this body, one 'Name: value' per line.")
final class SignCommand implements Callable<Integer> {
    @Mixin
    DeliveryOptions delivery;

    @Option(
            names = "--secret",
            required = true,
            description = "a signing secret as the dashboard shows it (repeat for a rotation)")
    List<String> secrets;

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
        WebhookRequest unsigned = delivery.request(fixture);
        WebhookRequest signed = delivery.providerInstance(secrets, DeliveryOptions.clockAt(timestamp), null)
                .sign(unsigned);
        PrintWriter out = spec.commandLine().getOut();
        signed.headers().asMap().forEach((name, values) -> values.forEach(v -> out.println(name + ": " + v)));
        return Main.OK;
    }
}
