package io.webhooks4j.sample.spring;

import io.webhooks4j.WebhookRequest;
import io.webhooks4j.spring.WebhooksProperties;
import io.webhooks4j.test.TestDeliveries;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * At start-up: a loud warning for every provider still on its public development secret (anyone who read
 * this repository can sign deliveries with it), the secrets, and a ready-to-paste curl command per such
 * provider that sends a correctly signed test delivery (the bodies are written under the sample's {@code
 * target/webhooks4j-sample}).
 */
@Component
class DevelopmentBanner implements ApplicationListener<WebServerInitializedEvent> {
    private static final System.Logger LOG = System.getLogger(DevelopmentBanner.class.getName());

    /** What marks a development default in application.yml. */
    static final String DEVELOPMENT_MARK = "DEVELOPMENT-ONLY";

    static final Map<String, String> SECRET_VARIABLES = new LinkedHashMap<>();

    /** Provider id -> the testkit fixture its command sends (one the sample's listeners handle). */
    static final Map<String, String> FIXTURES = Map.of(
            "stripe", "invoice.paid",
            "github", "pull_request.opened",
            "twilio", "message.incoming",
            "pagerduty", "incident.triggered",
            "shopify", "orders/create");

    static {
        SECRET_VARIABLES.put("stripe", "STRIPE_WEBHOOK_SECRET");
        SECRET_VARIABLES.put("github", "GITHUB_WEBHOOK_SECRET");
        SECRET_VARIABLES.put("twilio", "TWILIO_AUTH_TOKEN");
        SECRET_VARIABLES.put("pagerduty", "PAGERDUTY_WEBHOOK_SECRET");
        SECRET_VARIABLES.put("shopify", "SHOPIFY_CLIENT_SECRET");
    }

    /** One signed test delivery and the command that sends it. */
    record TestDelivery(String provider, WebhookRequest request, String curl) {}

    private final WebhooksProperties properties;
    private final Environment environment;
    private final PrintStream out;
    private volatile List<TestDelivery> deliveries = List.of();

    @org.springframework.beans.factory.annotation.Autowired
    DevelopmentBanner(WebhooksProperties properties, Environment environment) {
        this(properties, environment, null);
    }

    DevelopmentBanner(WebhooksProperties properties, Environment environment, PrintStream out) {
        this.properties = properties;
        this.environment = environment;
        this.out = out;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        PrintStream out = this.out != null ? this.out : System.out;
        if (event.getApplicationContext().getServerNamespace() != null) {
            return; // the management server, when it has a port of its own
        }
        String base = base(event.getWebServer().getPort());
        List<String> development = developmentProviders();
        out.println();
        out.println("webhooks4j Spring Boot sample on " + base + properties.getPath()
                + "/{stripe,github,twilio,pagerduty,shopify}, Actuator at " + base + "/actuator/webhooks");
        if ("inbox".equalsIgnoreCase(environment.getProperty("webhooks.inbox.mode", "inline"))) {
            String url = environment.getProperty("spring.datasource.url", "an embedded database");
            out.println("Inbox mode: each delivery is stored in " + url.replaceAll(";.*$", "")
                    + ", answered, then handled by a worker (retries after "
                    + environment.getProperty("webhooks.inbox.initial-backoff", "10s") + ", doubling;"
                    + " SAMPLE_FAIL_FIRST=N fails each delivery's first N attempts). Stored deliveries: "
                    + base + "/actuator/webhooksinbox");
        }
        if (development.isEmpty()) {
            out.println("All secrets come from the environment; no test commands printed.");
            return;
        }
        LOG.log(
                Level.WARNING,
                "\n" + "!".repeat(100) + "\n!! " + String.join(", ", development)
                        + " accept deliveries signed with the PUBLIC development secret of application.yml:"
                        + "\n!! anyone who has read this repository can forge them. Set "
                        + String.join(
                                ", ",
                                development.stream().map(SECRET_VARIABLES::get).toList())
                        + " before this application\n!! receives real deliveries (it listens on "
                        + environment.getProperty("server.address", "every interface")
                        + " only while SERVER_ADDRESS is unset).\n" + "!".repeat(100));
        Path dir = workDirectory();
        List<TestDelivery> made = new ArrayList<>();
        out.println("Development secrets (public, for local tests only):");
        for (String provider : development) {
            out.printf(
                    "  %-9s %s   (set %s for a real one)%n",
                    provider, secret(provider), SECRET_VARIABLES.get(provider));
        }
        out.println();
        out.println("Send a signed test delivery (Stripe's is valid for 5 minutes: restart for fresh ones):");
        for (String provider : development) {
            String url = publicBase(base) + properties.getPath() + "/" + provider;
            WebhookRequest delivery = TestDeliveries.provider(provider)
                    .secrets(secret(provider))
                    .url(url)
                    .fixture(FIXTURES.get(provider))
                    .build();
            String command =
                    curl(delivery, base + properties.getPath() + "/" + provider, dir.resolve(provider + ".body"));
            made.add(new TestDelivery(provider, delivery, command));
            out.println(command);
        }
        out.println();
        deliveries = List.copyOf(made);
    }

    /** The test deliveries printed at start-up (empty when every secret is real). */
    List<TestDelivery> deliveries() {
        return deliveries;
    }

    /** The providers whose first secret is still the development default. */
    List<String> developmentProviders() {
        List<String> development = new ArrayList<>();
        for (String provider : SECRET_VARIABLES.keySet()) {
            String secret = secret(provider);
            if (secret != null && secret.contains(DEVELOPMENT_MARK)) {
                development.add(provider);
            }
        }
        return development;
    }

    /** The first of {@code webhooks.<provider>.secrets}, bound as the starter binds it. */
    private String secret(String provider) {
        List<String> secrets = Binder.get(environment)
                .bind("webhooks." + provider + ".secrets", Bindable.listOf(String.class))
                .orElse(List.of());
        return secrets.isEmpty() ? null : secrets.get(0);
    }

    private String base(int port) {
        String address = environment.getProperty("server.address", "127.0.0.1");
        String host = address.isBlank() || address.equals("0.0.0.0") || address.equals("::") ? "127.0.0.1" : address;
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /** Where Twilio's signature says the delivery was sent: the public base URL when one is set. */
    private String publicBase(String base) {
        String configured = properties.getPublicBaseUrl();
        return configured == null || configured.isBlank() ? base : configured.replaceAll("/+$", "");
    }

    /** {@code samples/spring-boot/target/webhooks4j-sample}: beside the compiled classes, never elsewhere. */
    static Path workDirectory() {
        try {
            Path classes = Path.of(DevelopmentBanner.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            Path dir = classes.getParent().resolve("webhooks4j-sample");
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A curl command sending {@code delivery} byte for byte to {@code url} (its body written to a file). */
    static String curl(WebhookRequest delivery, String url, Path bodyFile) {
        try {
            Files.write(bodyFile, delivery.body().toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder command =
                new StringBuilder("curl -sS -i -X POST '").append(url).append('\'');
        delivery.headers()
                .asMap()
                .forEach((name, values) -> values.forEach(v -> command.append(" -H '")
                        .append(name)
                        .append(": ")
                        .append(v.replace("'", "'\\''"))
                        .append('\'')));
        command.append(" --data-binary @'").append(bodyFile).append('\'');
        return command.toString();
    }
}
