package io.webhooks4j.sample.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.webhooks4j.WebhookRequest;
import io.webhooks4j.test.TestDeliveries;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample over real HTTP, in inbox mode on an H2 file in a temporary folder: each provider's demo delivery is
 * stored, answered and handled by a worker; forgeries are refused; the settings come from the environment without
 * the test's own leaking in.
 */
class SampleReceiverTest {
    final ByteArrayOutputStream log = new ByteArrayOutputStream();
    final ByteArrayOutputStream errors = new ByteArrayOutputStream();
    SampleSettings settings;
    SampleReceiver.Running running;
    int port;

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        settings = SampleSettings.forTest(dir);
        running = SampleReceiver.run(
                settings,
                new PrintStream(log, true, StandardCharsets.UTF_8),
                new PrintStream(errors, true, StandardCharsets.UTF_8));
        assertThat(running).as(errors.toString(StandardCharsets.UTF_8)).isNotNull();
        port = running.port();
    }

    @AfterEach
    void stop() {
        if (running != null) {
            running.close();
        }
    }

    String log() {
        return log.toString(StandardCharsets.UTF_8);
    }

    WebhookRequest demo(String provider, String secret, String url) {
        return TestDeliveries.provider(provider)
                .secrets(secret)
                .url(url)
                .fixture(SampleReceiver.DEMO_FIXTURES.get(provider))
                .build();
    }

    @Test
    void everyProvidersDemoDeliveryIsStoredAnsweredAndHandledByAWorker() throws Exception {
        for (String provider : SampleReceiver.PROVIDERS) {
            String url = "http://127.0.0.1:" + port + "/webhooks/" + provider;
            var response = Http.post(demo(provider, settings.secrets().get(provider), url), url);
            assertThat(response.statusCode())
                    .as(provider + ": " + response.body())
                    .isEqualTo(200);
        }
        Http.await(
                () -> log(),
                lines -> lines.contains("stripe    invoice.paid")
                        && lines.contains("github    pull_request.opened")
                        && lines.contains("twilio    message.incoming")
                        && lines.contains("pagerduty incident.triggered")
                        && lines.contains("shopify   orders/create")
                        && lines.lines().filter(l -> l.startsWith("received  ")).count() == 5,
                Duration.ofSeconds(20));
        assertThat(log())
                .contains("stored    stripe invoice.paid")
                .contains("received  stripe invoice.paid (delivery evt_")
                .contains("received  twilio message.incoming (delivery ")
                .doesNotContain("stored    twilio"); // Twilio's incoming message replies, so it runs inline
    }

    @Test
    void twilioGetsTwimlBack() throws Exception {
        String url = "http://127.0.0.1:" + port + "/webhooks/twilio";
        var response = Http.post(demo("twilio", settings.secrets().get("twilio"), url), url);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/xml"));
        assertThat(response.body()).startsWith("<?xml").contains("<Response><Message>Got it: ");
    }

    @Test
    void deliveriesSignedWithAnotherSecretAre401AndNotStored() throws Exception {
        for (String provider : SampleReceiver.PROVIDERS) {
            String url = "http://127.0.0.1:" + port + "/webhooks/" + provider;
            String other = provider.equals("stripe") ? "whsec_someone_else" : "someone-else";
            assertThat(Http.post(demo(provider, other, url), url).statusCode())
                    .as(provider)
                    .isEqualTo(401);
        }
        assertThat(running.inbox().counts().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isZero();
        assertThat(log()).contains("rejected  github: 401 no_matching_signature");
    }

    @Test
    void printedCurlCommandCarriesTheExactBytesAndHeaders() throws Exception {
        String url = "http://127.0.0.1:" + port + "/webhooks/github";
        WebhookRequest delivery = demo("github", settings.secrets().get("github"), url);
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
        Map<String, String> secrets = SampleReceiver.secrets(name -> null);
        assertThat(secrets.get("shopify")).startsWith("DEVELOPMENT-ONLY-");
        assertThat(secrets.get("stripe")).startsWith("whsec_DEVELOPMENT-ONLY-");
        Map<String, String> fromEnv =
                SampleReceiver.secrets(name -> name.equals("GITHUB_WEBHOOK_SECRET") ? "real" : null);
        assertThat(fromEnv.get("github")).isEqualTo("real");
    }

    @Test
    void listensOnLoopbackByDefault() {
        assertThat(((ServerConnector) running.server().getConnectors()[0]).getHost())
                .isEqualTo("127.0.0.1");
        assertThat(SampleSettings.from(name -> null, name -> null).host()).isEqualTo("127.0.0.1");
    }

    @Test
    void startsWithALoudWarningAboutDevelopmentSecretsAndKeepsItsFilesInTheGivenFolders() {
        String banner = log();
        assertThat(banner)
                .contains("WARNING: DEVELOPMENT SECRETS IN USE")
                .contains("ACCEPTS deliveries signed with the public development secrets")
                .contains("http://127.0.0.1:" + port)
                .contains("--data-binary @" + dir.resolve("sample-deliveries").resolve("github.body"))
                .doesNotContain(System.getProperty("java.io.tmpdir") + "/webhooks4j-sample");
        assertThat(dir.resolve("sample-deliveries").resolve("stripe.body")).exists();
        assertThat(Path.of(dir.resolve("inbox").resolve("webhooks4j") + ".mv.db"))
                .exists();
    }

    @Test
    void saysAtStartThatItIsInInboxModeAndWhereTheDatabaseIs() {
        String h2 = "jdbc:h2:file:" + dir.resolve("inbox").resolve("webhooks4j") + ";AUTO_SERVER=TRUE";
        assertThat(log())
                .contains("Inbox mode: each delivery is verified, stored, then answered; 4 workers run the handlers")
                .contains("  inbox     the H2 file " + dir.resolve("inbox").resolve("webhooks4j")
                        + ".mv.db (kept across" + " restarts")
                .contains("  stored    nothing yet")
                .contains("  retries   a failed handler runs again after 500 ms (WEBHOOKS_INBOX_INITIAL_BACKOFF)")
                .contains("  inspect   java -jar cli/target/webhooks4j-cli.jar inbox list --jdbc-url '" + h2 + "'");
        assertThat(log().indexOf("Inbox mode")).isLessThan(log().indexOf("webhooks4j sample receiver on"));
    }

    @Test
    void aBusyPortIsReportedWithTheWayToChooseAnother() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int busy = taken.getLocalPort();
            ByteArrayOutputStream err = new ByteArrayOutputStream();

            SampleReceiver.Running started = SampleReceiver.run(
                    SampleSettings.forTest(dir.resolve("second")).withPort(busy),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));

            assertThat(started).isNull();
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .contains("port " + busy + " on 127.0.0.1 is already in use")
                    .contains("PORT=8081 mvn -B -q -pl samples/servlet exec:java");
        }
    }

    @Test
    void settingsComeFromTheEnvironmentAndBadValuesAreReported() {
        SampleSettings read = SampleSettings.from(
                Map.of(
                        "PORT", "9090",
                        "WEBHOOKS_INBOX_INITIAL_BACKOFF", "1s",
                        "SAMPLE_FAIL_FIRST", "2",
                        "WEBHOOKS_INBOX_URL", "jdbc:postgresql://db:5432/app",
                        "WEBHOOKS_INBOX_USER", "app",
                        "WEBHOOKS_INBOX_PASSWORD", "pw-not-printed")::get,
                Map.of("webhooks4j.sample.inbox.dir", dir.toString())::get);
        assertThat(read.port()).isEqualTo(9090);
        assertThat(read.initialBackoff()).isEqualTo(Duration.ofSeconds(1));
        assertThat(read.failFirst()).isEqualTo(2);
        assertThat(read.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/app");
        assertThat(read.inboxDir()).isEqualTo(dir.toAbsolutePath());
        assertThat(read.toString()).doesNotContain("pw-not-printed").doesNotContain("DEVELOPMENT-ONLY");

        SampleSettings defaults = SampleSettings.from(name -> null, name -> null);
        assertThat(defaults.initialBackoff()).isEqualTo(Duration.ofSeconds(2));
        assertThat(defaults.failFirst()).isZero();
        assertThat(defaults.ownH2File()).isTrue();
        assertThat(defaults.inboxDir()).isEqualTo(Path.of("target", "inbox").toAbsolutePath());

        assertThat(SampleSettings.parseDuration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(SampleSettings.parseDuration("1m30s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(SampleSettings.parseDuration("PT3S")).isEqualTo(Duration.ofSeconds(3));
        assertThat(SampleSettings.parseDuration("3")).isEqualTo(Duration.ofSeconds(3));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> SampleSettings.from(Map.of("PORT", "80800")::get, name -> null))
                .withMessageContaining("PORT=80800 is not a port number");
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> SampleSettings.from(Map.of("WEBHOOKS_INBOX_INITIAL_BACKOFF", "soon")::get, name -> null))
                .withMessageContaining("WEBHOOKS_INBOX_INITIAL_BACKOFF=soon is not a positive duration")
                .withMessageContaining("WEBHOOKS_INBOX_INITIAL_BACKOFF=1s");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SampleSettings.from(Map.of("WEBHOOKS_INBOX_INITIAL_BACKOFF", "0s")::get, n -> null))
                .withMessageContaining("not a positive duration");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SampleSettings.from(Map.of("SAMPLE_FAIL_FIRST", "-1")::get, name -> null))
                .withMessageContaining("SAMPLE_FAIL_FIRST=-1 is not a number of attempts");
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        SampleSettings.from(Map.of("WEBHOOKS_INBOX_URL", "mysql://localhost/app")::get, name -> null))
                .withMessageContaining("WEBHOOKS_INBOX_URL must be a PostgreSQL or H2 JDBC URL");
    }

    @Test
    void anUnreachableInboxDatabaseIsReportedWithoutItsPassword() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        SampleReceiver.Running started = SampleReceiver.run(
                SampleSettings.forTest(dir.resolve("pg"))
                        .withInbox("jdbc:postgresql://127.0.0.1:1/app", "app", "pw-do-not-print"),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(started).isNull();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Cannot open the inbox database jdbc:postgresql://127.0.0.1:1/app: ")
                .contains("Unset WEBHOOKS_INBOX_URL to use the sample's own H2 file")
                .doesNotContain("pw-do-not-print")
                .doesNotContain("\tat ");
    }
}
