package io.webhooks4j.sample.servlet;

import io.webhooks4j.Delivery;
import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.WebhookObserver;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.Webhooks;
import io.webhooks4j.github.GitHubEvents;
import io.webhooks4j.github.GitHubProvider;
import io.webhooks4j.inbox.Inbox;
import io.webhooks4j.inbox.InboxOptions;
import io.webhooks4j.inbox.InboxState;
import io.webhooks4j.inbox.InboxUnavailableException;
import io.webhooks4j.inbox.RetryPolicy;
import io.webhooks4j.jdbc.JdbcInbox;
import io.webhooks4j.pagerduty.PagerDutyEvents;
import io.webhooks4j.pagerduty.PagerDutyProvider;
import io.webhooks4j.servlet.WebhookServlet;
import io.webhooks4j.shopify.ShopifyEvents;
import io.webhooks4j.shopify.ShopifyProvider;
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
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A webhook receiver for all five providers on an embedded Jetty 12: {@code POST /webhooks/<provider>}, in inbox
 * mode. Each delivery is verified, stored in a durable inbox and answered; worker threads then run the typed
 * handlers, which print one line per event, and retry a handler that failed with backoff. Twilio's incoming
 * messages run inline: their TwiML reply is the HTTP answer.
 *
 * <p>The inbox is an H2 file database under the sample's own {@code target/inbox/} (so a restart finds what was
 * stored), or PostgreSQL when {@code WEBHOOKS_INBOX_URL} holds a JDBC URL ({@code WEBHOOKS_INBOX_USER}, {@code
 * WEBHOOKS_INBOX_PASSWORD}); its table is created at start. {@code WEBHOOKS_INBOX_INITIAL_BACKOFF} (default 2 s) is
 * the wait after a first failure; {@code SAMPLE_FAIL_FIRST=N} makes every handler fail each delivery's first N
 * attempts on purpose, to watch retries happen.
 *
 * <p>Also: {@code PORT} (default 8080), {@code HOST} (the interface to listen on, default {@code 127.0.0.1}: loopback
 * only; {@code HOST=0.0.0.0} for every interface), {@code PUBLIC_BASE_URL} (the URL Twilio calls, when behind a
 * proxy or tunnel), and the secrets {@code STRIPE_WEBHOOK_SECRET}, {@code GITHUB_WEBHOOK_SECRET}, {@code
 * TWILIO_AUTH_TOKEN}, {@code PAGERDUTY_WEBHOOK_SECRET}, {@code SHOPIFY_CLIENT_SECRET}. A secret that is not set
 * gets a clearly marked development value, printed at start-up (with a loud warning: anyone who reads this code can
 * sign deliveries with it) together with ready-to-paste commands that send a signed test delivery to each endpoint;
 * their bodies are written under the sample's {@code target/sample-deliveries/}. Everything is read once into
 * {@link SampleSettings}.
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
    static final String DEFAULT_HOST = SampleSettings.DEFAULT_HOST;

    /** The command that runs the CLI from the repository's root (built by {@code mvn -pl cli package}). */
    static final String CLI = "java -jar cli/target/webhooks4j-cli.jar";

    private SampleReceiver() {}

    public static void main(String[] args) throws Exception {
        SampleSettings settings;
        try {
            settings = SampleSettings.from(System::getenv, System::getProperty);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        Running running = run(settings, System.out, System.err);
        if (running == null) {
            System.exit(1);
            return;
        }
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            running.close();
                            System.out.println("Stopped: no more deliveries accepted, the inbox workers are done;"
                                    + " what is stored stays in " + running.where() + ".");
                        },
                        "webhooks4j-sample-shutdown"));
        running.server().join();
    }

    /**
     * A started receiver. {@link #close()} stops Jetty (no new deliveries), then the inbox workers (running handlers
     * get their grace time), then lets go of the database.
     */
    record Running(Server server, Webhooks webhooks, JdbcInbox inbox, SampleSettings settings, Connection keepOpen)
            implements AutoCloseable {
        /** The port Jetty listens on. */
        int port() {
            return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        }

        /** Where the inbox is, as printed. */
        String where() {
            return SampleReceiver.where(settings);
        }

        @Override
        public void close() {
            try {
                server.stop();
            } catch (Exception e) {
                // stopping anyway
            }
            webhooks.close();
            if (keepOpen != null) {
                try {
                    keepOpen.close();
                } catch (SQLException e) {
                    // the database closes with the process
                }
            }
        }
    }

    /**
     * Opens the inbox (creating its table), starts the receiver as {@code settings} say and prints the banner;
     * {@code null} (after a message on {@code err}) when it cannot start because the inbox database cannot be opened
     * or the port is taken.
     */
    static Running run(SampleSettings settings, PrintStream out, PrintStream err) throws Exception {
        DataSource dataSource = dataSource(settings);
        JdbcInbox inbox = JdbcInbox.builder().dataSource(dataSource).build();
        Connection keepOpen = null;
        Map<InboxState, Long> found;
        try {
            if (!settings.jdbcUrl().startsWith("jdbc:postgresql:")) {
                // H2 closes a database with its last connection: keep one open while the sample runs, rather than
                // open the file again for every statement.
                keepOpen = dataSource.getConnection();
            }
            inbox.createSchema();
            found = inbox.counts();
        } catch (SQLException | InboxUnavailableException e) {
            closeQuietly(keepOpen);
            Throwable cause = e.getCause() instanceof SQLException ? e.getCause() : e;
            err.println();
            err.println("Cannot open the inbox database " + settings.shownJdbcUrl() + ": " + firstLine(cause));
            err.println(
                    settings.ownH2File()
                            ? "Is another sample running on the same folder? Stop it, or delete " + settings.inboxDir()
                                    + " to start afresh."
                            : "Is the database running and are " + SampleSettings.INBOX_USER + " and "
                                    + SampleSettings.INBOX_PASSWORD + " right? Unset " + SampleSettings.INBOX_URL
                                    + " to use the sample's own H2 file.");
            return null;
        }
        printInbox(out, settings, found);
        Webhooks webhooks = webhooks(settings, out, inbox);
        Server server;
        try {
            server = start(settings.host(), settings.port(), settings.publicBaseUrl(), webhooks);
        } catch (IOException e) {
            webhooks.close();
            closeQuietly(keepOpen);
            if (!isBindFailure(e)) {
                throw e;
            }
            err.println();
            err.println("Cannot start the sample receiver: port " + settings.port() + " on " + settings.host()
                    + " is already in use (is another receiver still running?).");
            err.println("Choose another port with the PORT variable, for example:");
            err.println("  PORT=8081 mvn -B -q -pl samples/servlet exec:java");
            return null;
        }
        Running running = new Running(server, webhooks, inbox, settings, keepOpen);
        printBanner(out, settings, running.port());
        return running;
    }

    /** The inbox's data source: H2's or PostgreSQL's own (no pool is needed for a demo). */
    static DataSource dataSource(SampleSettings settings) {
        String url = settings.jdbcUrl();
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(url);
            if (settings.inboxUser() != null) {
                pg.setUser(settings.inboxUser());
            }
            if (settings.inboxPassword() != null) {
                pg.setPassword(settings.inboxPassword());
            }
            return pg;
        }
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser(settings.inboxUser() == null ? "" : settings.inboxUser());
        h2.setPassword(settings.inboxPassword() == null ? "" : settings.inboxPassword());
        return h2;
    }

    /** The inbox settings: the defaults, with the configured first backoff (doubling up to an hour, 30 attempts). */
    static InboxOptions inboxOptions(SampleSettings settings) {
        return InboxOptions.DEFAULT.withRetry(RetryPolicy.DEFAULT.withInitialBackoff(settings.initialBackoff()));
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // nothing else to do
            }
        }
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
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

    /** A handler's failure on purpose ({@code SAMPLE_FAIL_FIRST}). */
    static final class FailureOnPurpose extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FailureOnPurpose(String message) {
            super(message, null, false, false);
        }
    }

    /** Throws on the first {@code failFirst} attempts of each delivery. */
    static void failOnPurpose(Delivery delivery, int failFirst) {
        if (delivery.attempt() <= failFirst) {
            throw new FailureOnPurpose(SampleSettings.FAIL_FIRST + "=" + failFirst + ": attempt " + delivery.attempt()
                    + " of this delivery fails on purpose");
        }
    }

    /**
     * The pipeline in inbox mode: every provider, a typed handler per provider that prints one line to {@code log},
     * and the {@code received ...} line for every event; with {@code SAMPLE_FAIL_FIRST=N} every handler the inbox
     * runs fails each delivery's first N attempts. Twilio's incoming messages reply (TwiML), so they run inline and
     * never fail on purpose. An observer prints what the door and the workers did (stored, retrying, dead, ...).
     */
    static Webhooks webhooks(SampleSettings settings, PrintStream log, Inbox inbox) {
        Map<String, String> secrets = settings.secrets();
        int n = settings.failFirst();
        return Webhooks.builder()
                .provider(StripeProvider.create(secrets.get("stripe")))
                .provider(GitHubProvider.create(secrets.get("github")))
                .provider(TwilioProvider.create(secrets.get("twilio")))
                .provider(PagerDutyProvider.create(secrets.get("pagerduty")))
                .provider(ShopifyProvider.create(secrets.get("shopify")))
                .inbox(inbox)
                .inboxOptions(inboxOptions(settings))
                .observer(new WebhookObserver() {
                    @Override
                    public void onOutcome(DeliveryOutcome outcome) {
                        progress(log, outcome);
                    }
                })
                .onDelivery(StripeEvents.INVOICE_PAID, (e, d) -> {
                    failOnPurpose(d, n);
                    log.printf(
                            "stripe    %s %s amount_paid=%d %s (attempt %d)%n",
                            e.type(),
                            e.id(),
                            e.data().object().amountPaid(),
                            e.data().object().currency(),
                            d.attempt());
                })
                .onDelivery(StripeEvents.PAYMENT_INTENT_SUCCEEDED, (e, d) -> {
                    failOnPurpose(d, n);
                    log.printf(
                            "stripe    %s %s amount_received=%d (attempt %d)%n",
                            e.type(), e.id(), e.data().object().amountReceived(), d.attempt());
                })
                .onDelivery(GitHubEvents.PULL_REQUEST_OPENED, (e, d) -> {
                    failOnPurpose(d, n);
                    log.printf(
                            "github    %s %s #%d head=%s (attempt %d)%n",
                            e.type(),
                            e.deliveryId(),
                            e.payload().number(),
                            e.payload().pullRequest().head().sha(),
                            d.attempt());
                })
                .onDelivery(GitHubEvents.PUSH, (e, d) -> {
                    failOnPurpose(d, n);
                    log.printf(
                            "github    %s %s %s commits=%d (attempt %d)%n",
                            e.type(),
                            e.deliveryId(),
                            e.payload().ref(),
                            e.payload().commits().size(),
                            d.attempt());
                })
                .onReply(TwilioEvents.INCOMING_MESSAGE, sms -> {
                    log.printf(
                            "twilio    %s %s from=%s body=%s (inline)%n",
                            sms.type(),
                            sms.payload().messageSid(),
                            sms.payload().from(),
                            sms.payload().body());
                    return TwiML.response()
                            .message("Got it: " + sms.payload().body())
                            .build();
                })
                .onDelivery(PagerDutyEvents.INCIDENT_TRIGGERED, (e, d) -> {
                    failOnPurpose(d, n);
                    log.printf(
                            "pagerduty %s %s #%d %s (attempt %d)%n",
                            e.type(), e.id(), e.data().number(), e.data().title(), d.attempt());
                })
                .onDelivery(ShopifyEvents.ORDERS_CREATE, (w, d) -> {
                    failOnPurpose(d, n);
                    log.printf(
                            "shopify   %s %s %s total=%s %s (attempt %d)%n",
                            w.type(),
                            w.shopDomain(),
                            w.payload().name(),
                            w.payload().totalPrice(),
                            w.payload().currency(),
                            d.attempt());
                })
                // an event type without a handler above fails on purpose too, so every delivery shows retries
                .onUnhandled((e, d) -> failOnPurpose(d, n))
                .onAny(e -> log.printf("received  %s %s (delivery %s)%n", e.provider(), e.type(), e.deliveryId()))
                .build();
    }

    /** One line for what happened at the door or in a worker, beside the handlers' own lines. */
    static void progress(PrintStream log, DeliveryOutcome o) {
        String what = o.provider() + " " + o.eventType() + " (delivery " + o.deliveryId() + ")";
        switch (o.kind()) {
            case STORED -> log.printf("stored    %s: answered %d, a worker runs the handlers%n", what, o.status());
            case DUPLICATE -> log.printf("duplicate %s: stored before, answered %d, not run again%n", what, o.status());
            case RETRYING -> log.printf("retrying  %s: %s%n", what, message(o.error()));
            case DEAD ->
                log.printf("dead      %s: %s; '%s inbox retry --dead' runs it again%n", what, message(o.error()), CLI);
            case REJECTED ->
                log.printf(
                        "rejected  %s: %d %s%n",
                        o.provider(),
                        o.status(),
                        o.reason() == null ? "" : o.reason().code());
            case FAILED -> log.printf("failed    %s: answered %d, %s%n", what, o.status(), message(o.error()));
            default -> {
                // HANDLED and ACKNOWLEDGED: the handlers' own lines say it
            }
        }
    }

    private static String message(Throwable error) {
        if (error == null) {
            return "";
        }
        return error instanceof FailureOnPurpose
                ? error.getMessage()
                : error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
    }

    /** Where the inbox is, as printed. */
    static String where(SampleSettings settings) {
        return settings.ownH2File()
                ? "the H2 file " + settings.h2File() + ".mv.db"
                : (settings.jdbcUrl().startsWith("jdbc:postgresql:") ? "PostgreSQL at " : "H2 at ")
                        + settings.shownJdbcUrl();
    }

    /** The first lines: inbox mode, where the database is, what it held already. */
    static void printInbox(PrintStream out, SampleSettings settings, Map<InboxState, Long> found) {
        RetryPolicy retry = inboxOptions(settings).retry();
        out.println();
        out.println("Inbox mode: each delivery is verified, stored, then answered; "
                + inboxOptions(settings).workers() + " workers run the handlers afterwards.");
        out.println("  inbox     " + where(settings)
                + (settings.ownH2File()
                        ? " (kept across restarts; 'mvn clean' deletes it)"
                        : " (from " + SampleSettings.INBOX_URL + ")"));
        long total = found.values().stream().mapToLong(Long::longValue).sum();
        out.println("  stored    "
                + (total == 0
                        ? "nothing yet"
                        : total + " from before: " + found.getOrDefault(InboxState.DONE, 0L) + " done, "
                                + found.getOrDefault(InboxState.PENDING, 0L) + " pending, "
                                + found.getOrDefault(InboxState.CLAIMED, 0L) + " claimed, "
                                + found.getOrDefault(InboxState.DEAD, 0L) + " dead"));
        out.println("  retries   a failed handler runs again after " + human(retry.initialBackoff())
                + " (" + SampleSettings.INITIAL_BACKOFF + "), doubling up to " + human(retry.maxBackoff()) + "; "
                + retry.maxAttempts() + " attempts, then the delivery is dead");
        if (settings.failFirst() > 0) {
            out.println("  failures  " + SampleSettings.FAIL_FIRST + "=" + settings.failFirst()
                    + ": every handler fails each delivery's first " + settings.failFirst() + " attempt"
                    + (settings.failFirst() == 1 ? "" : "s") + " on purpose"
                    + (settings.failFirst() >= retry.maxAttempts() ? " (so every delivery ends dead)" : ""));
        } else {
            out.println("  failures  none on purpose (" + SampleSettings.FAIL_FIRST + "=1 to watch a retry)");
        }
        out.println("  inline    twilio message.incoming: its TwiML reply is the HTTP answer");
        out.println("  inspect   " + cliCommand(settings, "list"));
        out.println("            (build the CLI once: mvn -B -q package -DskipTests -pl cli -am)");
    }

    /** The CLI command that runs {@code inbox <command>} on this sample's inbox. */
    static String cliCommand(SampleSettings settings, String command) {
        if (settings.ownH2File()) {
            return CLI + " inbox " + command + " --jdbc-url '" + settings.jdbcUrl() + "'";
        }
        // the CLI reads WEBHOOKS_INBOX_URL, _USER and _PASSWORD as this sample does
        return CLI + " inbox " + command;
    }

    private static String human(java.time.Duration d) {
        if (d.toMillis() < 1000) {
            return d.toMillis() + " ms";
        }
        if (d.toSeconds() < 120) {
            return d.toSeconds() + (d.toMillisPart() == 0 ? "" : "." + (d.toMillisPart() / 100)) + " s";
        }
        if (d.toMinutes() < 60 || d.toMinutes() % 60 != 0) {
            return d.toMinutes() + " min";
        }
        return d.toHours() + " h";
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

    static void printBanner(PrintStream out, SampleSettings settings, int port) throws IOException {
        String host = settings.host();
        Map<String, String> secrets = settings.secrets();
        String shown = host.contains(":") ? "[" + host + "]" : host;
        String base = settings.publicBaseUrl() != null ? settings.publicBaseUrl() : "http://" + shown + ":" + port;
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
        Path dir = Files.createDirectories(settings.deliveriesDir());
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
}
