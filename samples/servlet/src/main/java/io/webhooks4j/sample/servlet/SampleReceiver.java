package io.webhooks4j.sample.servlet;

import io.webhooks4j.WebhookRequest;
import io.webhooks4j.Webhooks;
import io.webhooks4j.github.GitHubEvents;
import io.webhooks4j.github.GitHubProvider;
import io.webhooks4j.pagerduty.PagerDutyEvents;
import io.webhooks4j.pagerduty.PagerDutyProvider;
import io.webhooks4j.servlet.WebhookServlet;
import io.webhooks4j.shopify.ShopifyProvider;
import io.webhooks4j.shopify.ShopifyTopics;
import io.webhooks4j.stripe.StripeEvents;
import io.webhooks4j.stripe.StripeProvider;
import io.webhooks4j.test.TestDeliveries;
import io.webhooks4j.twilio.TwiML;
import io.webhooks4j.twilio.TwilioEvents;
import io.webhooks4j.twilio.TwilioProvider;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A webhook receiver for all five providers on an embedded Jetty 12: {@code POST /webhooks/<provider>}. Each
 * handler logs one line per typed event; Twilio's incoming messages get a TwiML reply.
 *
 * <p>Configuration by environment variables: {@code PORT} (default 8080), {@code PUBLIC_BASE_URL} (the URL
 * Twilio calls, when behind a proxy or tunnel), and the secrets {@code STRIPE_WEBHOOK_SECRET},
 * {@code GITHUB_WEBHOOK_SECRET}, {@code TWILIO_AUTH_TOKEN}, {@code PAGERDUTY_WEBHOOK_SECRET},
 * {@code SHOPIFY_CLIENT_SECRET}. A secret that is not set gets a clearly marked development value, printed at
 * start-up with ready-to-paste commands that send a signed test delivery to each endpoint.
 */
public final class SampleReceiver {
    /** Provider id -> environment variable holding its secret. */
    static final Map<String, String> SECRET_VARIABLES = Map.of(
            "stripe", "STRIPE_WEBHOOK_SECRET",
            "github", "GITHUB_WEBHOOK_SECRET",
            "twilio", "TWILIO_AUTH_TOKEN",
            "pagerduty", "PAGERDUTY_WEBHOOK_SECRET",
            "shopify", "SHOPIFY_CLIENT_SECRET");

    /** Provider id -> the fixture the start-up commands send. */
    static final Map<String, String> DEMO_FIXTURES = Map.of(
            "stripe", "invoice.paid",
            "github", "pull_request.opened",
            "twilio", "incoming-message",
            "pagerduty", "incident.triggered",
            "shopify", "orders/create");

    static final List<String> PROVIDERS = List.of("stripe", "github", "twilio", "pagerduty", "shopify");

    private SampleReceiver() {}

    public static void main(String[] args) throws Exception {
        Function<String, String> env = System::getenv;
        int port = Integer.parseInt(orDefault(env.apply("PORT"), "8080"));
        Map<String, String> secrets = secrets(env);
        Server server = start(port, env.apply("PUBLIC_BASE_URL"), webhooks(secrets, System.out));
        int actual = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        printBanner(System.out, actual, secrets, env);
        server.join();
    }

    /** The secret of each provider: from its variable, or a marked development value. */
    static Map<String, String> secrets(Function<String, String> env) {
        Map<String, String> secrets = new LinkedHashMap<>();
        for (String provider : PROVIDERS) {
            String value = env.apply(SECRET_VARIABLES.get(provider));
            secrets.put(provider, value == null || value.isBlank() ? developmentSecret(provider) : value);
        }
        return secrets;
    }

    static String developmentSecret(String provider) {
        String value = "DEVELOPMENT-ONLY-" + provider + "-secret-do-not-use-in-production";
        return provider.equals("stripe") ? "whsec_" + value : value;
    }

    /** The pipeline: every provider, a typed handler per provider that logs one line to {@code log}. */
    static Webhooks webhooks(Map<String, String> secrets, PrintStream log) {
        return Webhooks.builder()
                .provider(StripeProvider.create(secrets.get("stripe")))
                .provider(GitHubProvider.create(secrets.get("github")))
                .provider(TwilioProvider.create(secrets.get("twilio")))
                .provider(PagerDutyProvider.create(secrets.get("pagerduty")))
                .provider(ShopifyProvider.create(secrets.get("shopify")))
                .on(
                        StripeEvents.INVOICE_PAID,
                        e -> log.printf(
                                "stripe    %s %s amount_paid=%d %s%n",
                                e.type(),
                                e.id(),
                                e.data().object().amountPaid(),
                                e.data().object().currency()))
                .on(
                        StripeEvents.PAYMENT_INTENT_SUCCEEDED,
                        e -> log.printf(
                                "stripe    %s %s amount_received=%d%n",
                                e.type(), e.id(), e.data().object().amountReceived()))
                .on(
                        GitHubEvents.PULL_REQUEST_OPENED,
                        e -> log.printf(
                                "github    %s %s #%d head=%s%n",
                                e.type(),
                                e.deliveryId(),
                                e.payload().number(),
                                e.payload().pullRequest().head().sha()))
                .on(
                        GitHubEvents.PUSH,
                        e -> log.printf(
                                "github    %s %s %s commits=%d%n",
                                e.type(),
                                e.deliveryId(),
                                e.payload().ref(),
                                e.payload().commits().size()))
                .onReply(TwilioEvents.INCOMING_MESSAGE, sms -> {
                    log.printf(
                            "twilio    %s %s from=%s body=%s%n", sms.type(), sms.messageSid(), sms.from(), sms.body());
                    return TwiML.response().message("Got it: " + sms.body()).build();
                })
                .on(
                        PagerDutyEvents.INCIDENT_TRIGGERED,
                        e -> log.printf(
                                "pagerduty %s %s #%d %s%n",
                                e.type(), e.id(), e.data().number(), e.data().title()))
                .on(
                        ShopifyTopics.ORDERS_CREATE,
                        w -> log.printf(
                                "shopify   %s %s %s total=%s %s%n",
                                w.type(),
                                w.shopDomain(),
                                w.payload().name(),
                                w.payload().totalPrice(),
                                w.payload().currency()))
                .onAny(e -> log.printf("received  %s %s (delivery %s)%n", e.provider(), e.type(), e.deliveryId()))
                .build();
    }

    /** Starts Jetty with the webhook servlet at {@code /webhooks/*}; port 0 picks a free one. */
    static Server start(int port, String publicBaseUrl, Webhooks webhooks) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("localhost");
        connector.setPort(port);
        connector.setIdleTimeout(15_000); // a stalled body holds a thread no longer than this
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        WebhookServlet.Options.Builder options = WebhookServlet.Options.builder();
        if (publicBaseUrl != null && !publicBaseUrl.isBlank()) {
            options.publicBaseUrl(publicBaseUrl);
        }
        context.addServlet(new ServletHolder("webhooks", new WebhookServlet(webhooks, options.build())), "/webhooks/*");
        server.setHandler(context);
        server.start();
        return server;
    }

    private static void printBanner(
            PrintStream out, int port, Map<String, String> secrets, Function<String, String> env) throws IOException {
        String base = orDefault(env.apply("PUBLIC_BASE_URL"), "http://localhost:" + port);
        out.println();
        out.println("webhooks4j sample receiver on http://localhost:" + port
                + "/webhooks/{stripe,github,twilio,pagerduty,shopify}");
        boolean anyDevelopment = false;
        for (String provider : PROVIDERS) {
            boolean development = secrets.get(provider).equals(developmentSecret(provider));
            anyDevelopment |= development;
            out.printf(
                    "  %-9s secret from %s%s%n",
                    provider,
                    SECRET_VARIABLES.get(provider),
                    development ? " (NOT SET: using the DEVELOPMENT secret " + secrets.get(provider) + ")" : " (set)");
        }
        if (!anyDevelopment) {
            out.println("All secrets come from the environment; no test commands printed.");
            return;
        }
        Path dir = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "webhooks4j-sample"));
        out.println();
        out.println("Send a signed test delivery (Stripe's is valid for 5 minutes: restart for fresh ones):");
        for (String provider : PROVIDERS) {
            if (!secrets.get(provider).equals(developmentSecret(provider))) {
                continue;
            }
            String url = base + "/webhooks/" + provider;
            WebhookRequest delivery = TestDeliveries.provider(provider)
                    .secrets(secrets.get(provider))
                    .url(url)
                    .fixture(DEMO_FIXTURES.get(provider))
                    .build();
            out.println(curl(delivery, url, dir.resolve(provider + ".body")));
        }
        out.println();
    }

    /** A curl command sending {@code delivery} byte for byte (body written to {@code bodyFile}). */
    static String curl(WebhookRequest delivery, String url, Path bodyFile) throws IOException {
        Files.write(bodyFile, delivery.body().toByteArray());
        StringBuilder command =
                new StringBuilder("curl -sS -i -X POST '").append(url).append('\'');
        delivery.headers()
                .asMap()
                .forEach((name, values) -> values.forEach(v -> command.append(" -H '")
                        .append(name)
                        .append(": ")
                        .append(v.replace("'", "'\\''"))
                        .append('\'')));
        command.append(" --data-binary @").append(bodyFile);
        return command.toString();
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
