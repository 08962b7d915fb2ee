package io.webhooks4j.sample.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.WebhookRequest;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/** What the sample prints and where it listens, with its development defaults (#15.10, #16.11). */
@ExtendWith(OutputCaptureExtension.class)
// a context of its own (not SampleApplicationTests'), so each counts only its own deliveries
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=start-up-test")
class SampleStartUpTests {
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect", "upgrade");

    @LocalServerPort
    int port;

    @Autowired
    DevelopmentBanner banner;

    @Autowired
    ServletWebServerApplicationContext context;

    @Autowired
    Received received;

    @Test
    void listensOnLoopbackOnly() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        Object address = server.getTomcat().getConnector().getProperty("address");
        assertThat(address).isInstanceOf(InetAddress.class);
        assertThat(((InetAddress) address).isLoopbackAddress()).isTrue();
    }

    @Test
    void warnsLoudlyAboutTheDevelopmentSecretsAndPrintsThem(CapturedOutput output) {
        assertThat(output)
                .contains("PUBLIC development secret")
                .contains("stripe, github, twilio, pagerduty, shopify")
                .contains("STRIPE_WEBHOOK_SECRET, GITHUB_WEBHOOK_SECRET, TWILIO_AUTH_TOKEN")
                .contains("whsec_DEVELOPMENT-ONLY-stripe-secret-do-not-use-in-production")
                .contains("http://127.0.0.1:" + port + "/webhooks/");
    }

    @Test
    void printsOneReadyToPasteSignedDeliveryPerProviderThatTheSampleAccepts(CapturedOutput output) throws Exception {
        assertThat(banner.deliveries())
                .extracting(DevelopmentBanner.TestDelivery::provider)
                .containsExactly("stripe", "github", "twilio", "pagerduty", "shopify");
        HttpClient http = HttpClient.newHttpClient();
        for (DevelopmentBanner.TestDelivery delivery : banner.deliveries()) {
            assertThat(output).contains(delivery.curl());
            assertThat(delivery.curl())
                    .startsWith("curl -sS -i -X POST 'http://127.0.0.1:" + port + "/webhooks/" + delivery.provider());
            Path body = Path.of(delivery.curl().replaceAll(".*--data-binary @'([^']+)'$", "$1"));
            assertThat(body.toAbsolutePath().normalize().toString())
                    .contains("samples/spring-boot/target/webhooks4j-sample/".replace('/', java.io.File.separatorChar));
            assertThat(Files.readAllBytes(body))
                    .isEqualTo(delivery.request().body().toByteArray());

            HttpResponse<String> answer = http.send(request(delivery.request()), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode())
                    .as("%s: %s", delivery.provider(), answer.body())
                    .isEqualTo(200);
        }
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (received.lines().size() < 5 && System.nanoTime() < deadline) {
            Thread.sleep(20); // inbox mode: the workers run the listeners after the answer
        }
        assertThat(received.lines()).hasSizeGreaterThanOrEqualTo(5);
    }

    private HttpRequest request(WebhookRequest delivery) {
        // the command's URL, the delivery's headers and bytes, as curl sends them
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(delivery.url()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body().toByteArray()));
        for (String name : delivery.headers().names()) {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                delivery.headers().all(name).forEach(value -> request.header(name, value));
            }
        }
        return request.build();
    }
}
