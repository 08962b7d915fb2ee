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
import java.net.BindException;
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
 * <p>Configuration by environment variables: {@code PORT} (default 8080), {@code HOST} (the interface to listen
 * on, default {@code 127.0.0.1}: loopback only; {@code HOST=0.0.0.0} for every interface), {@code
 * PUBLIC_BASE_URL} (the URL Twilio calls, when behind a proxy or tunnel), and the secrets {@code
 * STRIPE_WEBHOOK_SECRET}, {@code GITHUB_WEBHOOK_SECRET}, {@code TWILIO_AUTH_TOKEN}, {@code
 * PAGERDUTY_WEBHOOK_SECRET}, {@code SHOPIFY_CLIENT_SECRET}. A secret that is not set gets a clearly marked
 * development value, printed at start-up (with a loud warning: anyone who reads this code can sign deliveries
 * with it) together with ready-to-paste commands that send a signed test delivery to each endpoint; their
 * bodies are written under the sample's {@code target/sample-deliveries/}.
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
            "twilio", "message.incoming",
            "pagerduty", "incident.triggered",
            "shopify", "orders/create");

    static final List<String> PROVIDERS = List.of("stripe", "github", "twilio", "pagerduty", "shopify");

    /** The interface listened on unless {@code HOST} says otherwise: loopback only. */
    static final String DEFAULT_HOST = "127.0.0.1";

    /** Where the test deliveries' bodies go unless the build says otherwise (exec:java sets the module's). */
    static final String DELIVERIES_DIR_PROPERTY = "webhooks4j.sample.dir";

    private SampleReceiver() {}

    public static void main(String[] args) throws Exception {
        Server server = run(System::getenv, System.out, System.err);
        if (server == null) {
            System.exit(1);
        }
        server.join();
    }

    /**
     * Starts the receiver as {@code env} configures it and prints the banner; {@code null} (after a message on
     * {@code err}) when it cannot start because the port is taken or {@code PORT} is not a port.
     */
    static Server run(Function<String, String> env, PrintStream out, PrintStream err) throws Exception {
        String portText = orDefault(env.apply("PORT"), "8080");
        int port;
        try {
            port = Integer.parseInt(portText.strip());
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 0 || port > 65535) {
            err.println("PORT=" + portText + " is not a port number (0-65535); for example: PORT=8081");
            return null;
        }
        String host = orDefault(env.apply("HOST"), DEFAULT_HOST);
        Map<String, String> secrets = secrets(env);
        Server server;
        try {
            server = start(host, port, env.apply("PUBLIC_BASE_URL"), webhooks(secrets, out));
        } catch (IOException e) {
            if (!isBindFailure(e)) {
                throw e;
            }
            err.println();
            err.println("Cannot start the sample receiver: port " + port + " on " + host
                    + " is already in use (is another receiver still running?).");
            err.println("Choose another port with the PORT variable, for example:");
            err.println("  PORT=8081 mvn -B -q -pl samples/servlet exec:java");
            return null;
        }
        int actual = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        printBanner(out, host, actual, secrets, env);
        return server;
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
        }
        return false;
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

    /** Starts Jetty on loopback with the webhook servlet at {@code /webhooks/*}; port 0 picks a free one. */
    static Server start(int port, String publicBaseUrl, Webhooks webhooks) throws Exception {
        return start(DEFAULT_HOST, port, publicBaseUrl, webhooks);
    }

    /**
     * Starts Jetty on {@code host} with the webhook servlet at {@code /webhooks/*}; port 0 picks a free one.
     *
     * @throws IOException (caused by a {@link BindException}) when the port is taken; nothing keeps running then
     */
    static Server start(String host, int port, String publicBaseUrl, Webhooks webhooks) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(host);
        connector.setPort(port);
        // Closes connections that send nothing for 15 s. A body that keeps trickling in is cut off by the
        // servlet's own body deadline (WebhookServlet.Options.bodyTimeout, 15 s by default), which reads
        // without holding a thread; the idle timeout does not bound that.
        connector.setIdleTimeout(15_000);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        WebhookServlet.Options.Builder options = WebhookServlet.Options.builder();
        if (publicBaseUrl != null && !publicBaseUrl.isBlank()) {
            options.publicBaseUrl(publicBaseUrl);
        }
        context.addServlet(new ServletHolder("webhooks", new WebhookServlet(webhooks, options.build())), "/webhooks/*");
        server.setHandler(context);
        try {
            server.start();
        } catch (Exception e) {
            server.stop();
            throw e;
        }
        return server;
    }

    static void printBanner(
            PrintStream out, String host, int port, Map<String, String> secrets, Function<String, String> env)
            throws IOException {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        String base = orDefault(env.apply("PUBLIC_BASE_URL"), "http://" + shown + ":" + port);
        out.println();
        out.println("webhooks4j sample receiver on http://" + shown + ":" + port
                + "/webhooks/{stripe,github,twilio,pagerduty,shopify}"
                + (host.equals(DEFAULT_HOST) ? " (loopback only; HOST=0.0.0.0 to listen on every interface)" : ""));
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
        out.println();
        out.println("!!! WARNING: DEVELOPMENT SECRETS IN USE !!!");
        out.println("!!! This receiver ACCEPTS deliveries signed with the public development secrets above:");
        out.println("!!! anyone who has read this sample can forge them. Never expose it to a network you do not");
        out.println(
                "!!! control" + (host.equals(DEFAULT_HOST) ? "" : " (it listens on " + host + ", not only loopback!)")
                        + "; set the *_SECRET / *_TOKEN variables for real use.");
        Path dir = Files.createDirectories(deliveriesDir());
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

    /**
     * The folder for the test deliveries' bodies: the sample's {@code target/sample-deliveries} (exec:java
     * passes its absolute path; run otherwise, {@code target/sample-deliveries} of the working directory).
     */
    static Path deliveriesDir() {
        String configured = System.getProperty(DELIVERIES_DIR_PROPERTY);
        return configured == null || configured.isBlank()
                ? Path.of("target", "sample-deliveries").toAbsolutePath()
                : Path.of(configured);
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
