package io.webhooks4j.cli;

import io.webhooks4j.WebhookRequest;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "send",
        mixinStandardHelpOptions = true,
        footerHeading = "%n",
        footer = {Main.EXIT_CODES_HEADING, Main.EXIT_OK, Main.EXIT_INVALID, Main.EXIT_USAGE, Main.EXIT_UNPARSEABLE},
        description = "Sign a delivery and POST it; print the status and the response body.")
final class SendCommand implements Callable<Integer> {
    /** Headers the JDK HTTP client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    @Mixin
    DeliveryOptions delivery;

    @Mixin
    SecretOptions secrets;

    @ParentCommand
    Main main;

    @Option(names = "--fixture", description = "a built-in fixture (see 'fixtures') instead of --body-file")
    String fixture;

    @Option(names = "--to", required = true, description = "the receiver's URL")
    String to;

    @Option(names = "--timeout", defaultValue = "10", description = "seconds to wait for the answer (default 10)")
    long timeoutSeconds;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        URI target;
        try {
            target = URI.create(to);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException("--to is not a URL: " + to);
        }
        if (delivery.url == null) {
            delivery.url = to;
        }
        WebhookRequest unsigned = delivery.outgoingRequest(fixture);
        WebhookRequest signed = delivery.providerInstance(
                        secrets.resolve(main.environment), DeliveryOptions.clockAt(null), null)
                .sign(unsigned);
        HttpRequest.Builder http = HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(timeoutSeconds))
                .POST(HttpRequest.BodyPublishers.ofByteArray(signed.body().toByteArray()));
        signed.headers().asMap().forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                values.forEach(v -> http.header(name, v));
            }
        });
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(timeoutSeconds))
                .build();
        HttpResponse<String> response = client.send(http.build(), HttpResponse.BodyHandlers.ofString());
        PrintWriter out = spec.commandLine().getOut();
        out.println(response.statusCode());
        out.println(response.body());
        return response.statusCode() / 100 == 2 ? Main.OK : Main.INVALID;
    }
}
