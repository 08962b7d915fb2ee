package io.webhooks4j.sample.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.WebhookRequest;
import io.webhooks4j.Webhooks;
import io.webhooks4j.test.TestDeliveries;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample over real HTTP: each provider's demo delivery is handled and logged; forgeries are refused. */
class SampleReceiverTest {
    static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    final ByteArrayOutputStream log = new ByteArrayOutputStream();
    final Map<String, String> secrets = SampleReceiver.secrets(name -> null);
    Server server;
    int port;
    final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        Webhooks webhooks = SampleReceiver.webhooks(secrets, new PrintStream(log, true, StandardCharsets.UTF_8));
        server = SampleReceiver.start(0, null, webhooks);
        port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    HttpResponse<String> post(WebhookRequest delivery, String url) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body().toByteArray()));
        delivery.headers().asMap().forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                values.forEach(v -> request.header(name, v));
            }
        });
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    WebhookRequest demo(String provider, String secret, String url) {
        return TestDeliveries.provider(provider)
                .secrets(secret)
                .url(url)
                .fixture(SampleReceiver.DEMO_FIXTURES.get(provider))
                .build();
    }

    @Test
    void everyProvidersDemoDeliveryIsHandledAndLogged() throws Exception {
        for (String provider : SampleReceiver.PROVIDERS) {
            String url = "http://127.0.0.1:" + port + "/webhooks/" + provider;
            HttpResponse<String> response = post(demo(provider, secrets.get(provider), url), url);
            assertThat(response.statusCode())
                    .as(provider + ": " + response.body())
                    .isEqualTo(200);
        }
        String lines = log.toString(StandardCharsets.UTF_8);
        assertThat(lines)
                .contains("stripe    invoice.paid")
                .contains("github    pull_request.opened")
                .contains("twilio    message.incoming")
                .contains("pagerduty incident.triggered")
                .contains("shopify   orders/create");
    }

    @Test
    void twilioGetsTwimlBack() throws Exception {
        String url = "http://127.0.0.1:" + port + "/webhooks/twilio";
        HttpResponse<String> response = post(demo("twilio", secrets.get("twilio"), url), url);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/xml"));
        assertThat(response.body()).startsWith("<?xml").contains("<Response><Message>Got it: ");
    }

    @Test
    void deliveriesSignedWithAnotherSecretAre401() throws Exception {
        for (String provider : SampleReceiver.PROVIDERS) {
            String url = "http://127.0.0.1:" + port + "/webhooks/" + provider;
            String other = provider.equals("stripe") ? "whsec_someone_else" : "someone-else";
            assertThat(post(demo(provider, other, url), url).statusCode())
                    .as(provider)
                    .isEqualTo(401);
        }
    }

    @Test
    void printedCurlCommandCarriesTheExactBytesAndHeaders() throws Exception {
        String url = "http://127.0.0.1:" + port + "/webhooks/github";
        WebhookRequest delivery = demo("github", secrets.get("github"), url);
        String command = SampleReceiver.curl(delivery, url, dir.resolve("github.body"));
        assertThat(command)
                .startsWith("curl ")
                .contains("-H 'X-Hub-Signature-256: sha256=")
                .contains("--data-binary @");
        assertThat(Files.readAllBytes(dir.resolve("github.body")))
                .isEqualTo(delivery.body().toByteArray());
    }

    @Test
    void developmentSecretsAreMarkedAndEnvironmentSecretsWin() {
        assertThat(secrets.get("shopify")).startsWith("DEVELOPMENT-ONLY-");
        assertThat(secrets.get("stripe")).startsWith("whsec_DEVELOPMENT-ONLY-");
        Map<String, String> fromEnv =
                SampleReceiver.secrets(name -> name.equals("GITHUB_WEBHOOK_SECRET") ? "real" : null);
        assertThat(fromEnv.get("github")).isEqualTo("real");
    }

    @Test
    void listensOnLoopbackByDefault() {
        assertThat(((ServerConnector) server.getConnectors()[0]).getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void startsWithALoudWarningAboutDevelopmentSecretsAndKeepsItsFilesInTheGivenFolder() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setProperty(SampleReceiver.DELIVERIES_DIR_PROPERTY, dir.toString());
        Server started = null;
        try {
            started = SampleReceiver.run(
                    name -> name.equals("PORT") ? "0" : null,
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(started).isNotNull();
            assertThat(((ServerConnector) started.getConnectors()[0]).getHost()).isEqualTo("127.0.0.1");
        } finally {
            System.clearProperty(SampleReceiver.DELIVERIES_DIR_PROPERTY);
            if (started != null) {
                started.stop();
            }
        }
        String banner = out.toString(StandardCharsets.UTF_8);
        assertThat(banner)
                .contains("WARNING: DEVELOPMENT SECRETS IN USE")
                .contains("ACCEPTS deliveries signed with the public development secrets")
                .contains("http://127.0.0.1:")
                .contains("--data-binary @" + dir.resolve("github.body"))
                .doesNotContain(System.getProperty("java.io.tmpdir") + "/webhooks4j-sample");
        assertThat(dir.resolve("stripe.body")).exists();
    }

    @Test
    void aBusyPortIsReportedWithTheWayToChooseAnother() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int busy = taken.getLocalPort();
            ByteArrayOutputStream err = new ByteArrayOutputStream();

            Server started = SampleReceiver.run(
                    name -> name.equals("PORT") ? String.valueOf(busy) : null,
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));

            assertThat(started).isNull();
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .contains("port " + busy + " on 127.0.0.1 is already in use")
                    .contains("PORT=8081 mvn -B -q -pl samples/servlet exec:java");
        }
    }

    @Test
    void aPortThatIsNotANumberIsReported() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        Server started = SampleReceiver.run(
                name -> name.equals("PORT") ? "80800" : null,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(started).isNull();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("PORT=80800 is not a port number");
    }
}
