package io.webhooks4j.cli;

import io.webhooks4j.WebhookEvent;
import io.webhooks4j.WebhookException;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.spi.Verification;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookProvider;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

@Command(
        name = "parse",
        mixinStandardHelpOptions = true,
        footerHeading = "%n",
        footer = {Main.EXIT_CODES_HEADING, Main.EXIT_OK, Main.EXIT_INVALID, Main.EXIT_USAGE, Main.EXIT_UNPARSEABLE},
        description =
                "Parse a delivery WITHOUT VERIFYING IT and print the typed event as JSON (for looking, never for trusting).")
final class ParseCommand implements Callable<Integer> {
    @Mixin
    DeliveryOptions delivery;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        err.println("WARNING: NOT VERIFIED. This parses the body without checking its signature.");
        WebhookRequest request = delivery.request(null);
        // the parser needs a provider instance; the key is never used because nothing is verified
        WebhookProvider<?> provider =
                delivery.providerInstance(List.of("unused-for-parsing"), DeliveryOptions.clockAt(null), null);
        WebhookEvent event;
        try {
            event = provider.parse(request, Verification.byKey("unverified"));
        } catch (WebhookException e) {
            err.println(e.reason().code());
            err.println(e.getMessage());
            return Main.UNPARSEABLE;
        }
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("verified", false);
        json.put("provider", event.provider());
        json.put("eventType", event.type());
        json.put("deliveryId", event.deliveryId());
        json.put("javaType", event.getClass().getName());
        json.set("event", toTree(event));
        out.println(WebhookJson.writer().writeValueAsString(json));
        return Main.OK;
    }

    private static tools.jackson.databind.JsonNode toTree(Object event) {
        return WebhookJson.readTree(WebhookJson.write(event));
    }
}
