package io.webhooks4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.webhooks4j.Headers;
import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.stripe.StripeEvents;
import io.webhooks4j.stripe.StripeProvider;
import io.webhooks4j.test.TestDeliveries;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CliTest {
    static final String SECRET = "whsec_cli_secret_0123456789";

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
        String firstErrLine() {
            return err.lines().findFirst().orElse("");
        }
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    /** Writes a captured delivery: body file, and the header arguments the CLI takes. */
    List<String> capture(WebhookRequest request, List<String> args) throws Exception {
        Path body = dir.resolve("body-" + System.nanoTime());
        Files.write(body, request.body().toByteArray());
        List<String> all = new ArrayList<>(args);
        all.add("--body-file");
        all.add(body.toString());
        request.headers()
                .asMap()
                .forEach((name, values) -> values.forEach(v -> {
                    all.add("--header");
                    all.add(name + ": " + v);
                }));
        return all;
    }

    @Test
    void fixturesListsEveryProviderAndFiltersByProvider() {
        Result all = run("fixtures");
        assertThat(all.code()).isZero();
        assertThat(all.out())
                .contains(
                        "stripe\tinvoice.paid",
                        "github\tpull_request.opened",
                        "twilio\tmessage.incoming",
                        "pagerduty\tincident.triggered",
                        "shopify\torders/create");
        Result stripe = run("fixtures", "--provider", "stripe");
        assertThat(stripe.out()).contains("invoice.paid").doesNotContain("github");
        assertThat(run("fixtures", "--provider", "paypal").code()).isEqualTo(Main.USAGE);
    }

    @Test
    void signPrintsTheHeadersStripeSends() {
        Result result = run(
                "sign",
                "--provider",
                "stripe",
                "--secret",
                SECRET,
                "--timestamp",
                "1700000000",
                "--fixture",
                "invoice.paid");
        assertThat(result.code()).isZero();
        assertThat(result.out())
                .contains("Content-Type: application/json")
                .containsPattern("Stripe-Signature: t=1700000000,v1=[0-9a-f]{64}");
    }

    @Test
    void signedHeadersVerifyWithTheLibrary() throws Exception {
        Path body = dir.resolve("event.json");
        Files.writeString(
                body,
                "{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"invoice.paid\",\"data\":{\"object\":{\"id\":\"in_1\",\"object\":\"invoice\",\"amount_paid\":500}}}");
        Result signed = run("sign", "--provider", "stripe", "--secret", SECRET, "--body-file", body.toString());
        Headers.Builder headers = Headers.builder();
        signed.out()
                .lines()
                .forEach(line -> headers.add(
                        line.substring(0, line.indexOf(':')),
                        line.substring(line.indexOf(':') + 1).trim()));
        WebhookRequest request = WebhookRequest.post(
                "https://example.com/webhooks/stripe", headers.build(), RawBody.of(Files.readAllBytes(body)));
        AtomicInteger paid = new AtomicInteger();
        Webhooks webhooks = Webhooks.builder()
                .provider(StripeProvider.create(SECRET))
                .on(
                        StripeEvents.INVOICE_PAID,
                        e -> paid.addAndGet(e.data().object().amountPaid().intValue()))
                .build();
        assertThat(webhooks.handle("stripe", request).status()).isEqualTo(200);
        assertThat(paid).hasValue(500);
    }

    @ParameterizedTest
    @CsvSource({
        "stripe,invoice.paid",
        "github,pull_request.opened",
        "twilio,message.incoming",
        "pagerduty,incident.triggered",
        "shopify,orders/create"
    })
    void verifyAcceptsACapturedDeliveryOfEveryProvider(String provider, String fixture) throws Exception {
        String url = "https://hooks.example.com/webhooks/" + provider;
        WebhookRequest captured = TestDeliveries.provider(provider)
                .secrets(SECRET)
                .url(url)
                .fixture(fixture)
                .build();

        Result result = run(capture(
                        captured,
                        List.of(
                                "verify",
                                "--provider",
                                provider,
                                "--secret",
                                "whsec_other_key",
                                "--secret",
                                SECRET,
                                "--url",
                                url))
                .toArray(String[]::new));

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("verified with key key-2").contains("event type: ");
    }

    @Test
    void verifyOfAWrongSecretPrintsTheReasonCodeFirstAndExits1() throws Exception {
        WebhookRequest captured = TestDeliveries.provider("github")
                .secrets(SECRET)
                .fixture("push")
                .build();

        Result result = run(capture(captured, List.of("verify", "--provider", "github", "--secret", "not-the-secret"))
                .toArray(String[]::new));

        assertThat(result.code()).isEqualTo(Main.INVALID);
        assertThat(result.firstErrLine()).isEqualTo("no_matching_signature");
        assertThat(result.err()).contains("--explain").doesNotContain(SECRET).doesNotContain("not-the-secret");
    }

    @Test
    void explainNamesAnApiKeyGivenInsteadOfAWebhookSecret() throws Exception {
        WebhookRequest captured = TestDeliveries.provider("stripe")
                .secrets(SECRET)
                .fixture("invoice.paid")
                .build();

        // The Stripe provider refuses an API key as a webhook secret up front: a usage error naming the mistake.
        Result refused = run(
                capture(captured, List.of("verify", "--provider", "stripe", "--secret", "sk_test_51abcdefghijklmnop"))
                        .toArray(String[]::new));
        assertThat(refused.code()).as(refused.err()).isEqualTo(Main.USAGE);
        assertThat(refused.err()).contains("API key").doesNotContain("sk_test_51abcdefghijklmnop");

        // Told that it really is the secret, verification fails and --explain names the likely cause.
        Result result = run(capture(
                        captured,
                        List.of(
                                "verify",
                                "--provider",
                                "stripe",
                                "--secret",
                                "sk_test_51abcdefghijklmnop",
                                "--option",
                                "allow-api-key-shaped-secrets=true",
                                "--explain"))
                .toArray(String[]::new));

        assertThat(result.code()).as(result.err()).isEqualTo(Main.INVALID);
        assertThat(result.firstErrLine()).isEqualTo("no_matching_signature");
        assertThat(result.err())
                .contains("keys tried: key-1")
                .contains("API key")
                .doesNotContain("sk_test_51abcdefghijklmnop");
    }

    @Test
    void explainNamesACrlfReencodedBody() throws Exception {
        WebhookRequest signed = TestDeliveries.provider("stripe")
                .secrets(SECRET)
                .fixture("invoice.paid")
                .build();
        byte[] crlf = signed.body().utf8().replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        WebhookRequest altered = signed.toBuilder().body(crlf).build();

        Result result = run(capture(altered, List.of("verify", "--provider", "stripe", "--secret", SECRET, "--explain"))
                .toArray(String[]::new));

        assertThat(result.code()).isEqualTo(Main.INVALID);
        assertThat(result.err()).contains("CRLF");
    }

    @Test
    void explainNamesAProxyAlteredTwilioUrl() throws Exception {
        WebhookRequest signed = TestDeliveries.provider("twilio")
                .secrets(SECRET)
                .url("https://public.example.com/webhooks/twilio")
                .fixture("incoming-message")
                .build();
        WebhookRequest behindProxy = signed.toBuilder()
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "public.example.com")
                .build();

        Result result = run(capture(
                        behindProxy,
                        List.of(
                                "verify",
                                "--provider",
                                "twilio",
                                "--secret",
                                SECRET,
                                "--url",
                                "http://10.0.0.7:8080/webhooks/twilio",
                                "--explain"))
                .toArray(String[]::new));

        assertThat(result.code()).isEqualTo(Main.INVALID);
        assertThat(result.firstErrLine()).isEqualTo("no_matching_signature");
        assertThat(result.err()).contains("public base URL").contains("http://10.0.0.7:8080/webhooks/twilio");
    }

    @Test
    void parsePrintsTheTypedEventAndSaysItIsNotVerified() throws Exception {
        Path body = dir.resolve("push.json");
        Files.write(
                body, io.webhooks4j.test.Fixtures.get("github", "push").body().toByteArray());

        Result result = run(
                "parse",
                "--provider",
                "github",
                "--header",
                "X-GitHub-Event: push",
                "--header",
                "X-GitHub-Delivery: abc",
                "--body-file",
                body.toString());

        assertThat(result.code()).isZero();
        assertThat(result.err()).contains("NOT VERIFIED");
        assertThat(result.out())
                .contains("\"verified\" : false")
                .contains("\"eventType\" : \"push\"")
                .contains("\"javaType\" : \"io.webhooks4j.github.GitHubEvent\"");
    }

    @Test
    void sendPostsASignedDeliveryAndReportsTheAnswer() throws Exception {
        AtomicInteger handled = new AtomicInteger();
        Webhooks webhooks = Webhooks.builder()
                .provider(StripeProvider.create(SECRET))
                .on(StripeEvents.INVOICE_PAID, e -> handled.incrementAndGet())
                .build();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/webhooks/stripe", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            WebhookRequest request = WebhookRequest.builder()
                    .method(exchange.getRequestMethod())
                    .url("http://127.0.0.1" + exchange.getRequestURI())
                    .headers(Headers.ofMulti(exchange.getRequestHeaders()))
                    .body(body)
                    .build();
            WebhookResponse response = webhooks.handle("stripe", request);
            byte[] answer = response.body();
            exchange.sendResponseHeaders(response.status(), answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                exchange.getResponseBody().write(answer);
            }
            exchange.close();
        });
        server.start();
        try {
            String to = "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks/stripe";
            Result ok =
                    run("send", "--provider", "stripe", "--secret", SECRET, "--fixture", "invoice.paid", "--to", to);
            assertThat(ok.code()).as(ok.err()).isZero();
            assertThat(ok.out()).startsWith("200");
            assertThat(handled).hasValue(1);

            Result rejected = run(
                    "send", "--provider", "stripe", "--secret", "whsec_wrong", "--fixture", "invoice.paid", "--to", to);
            assertThat(rejected.code()).isEqualTo(Main.INVALID);
            assertThat(rejected.out()).startsWith("401").contains("no_matching_signature");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void usageErrorsExitWith2() {
        assertThat(run().code()).isEqualTo(Main.USAGE);
        assertThat(run("sign", "--provider", "stripe", "--fixture", "invoice.paid")
                        .code())
                .isEqualTo(Main.USAGE);
        assertThat(run("sign", "--provider", "paypal", "--secret", "x", "--fixture", "a")
                        .code())
                .isEqualTo(Main.USAGE);
        assertThat(run("sign", "--provider", "twilio", "--secret", "x", "--fixture", "incoming-message")
                        .code())
                .isEqualTo(Main.USAGE);
        assertThat(run("sign", "--provider", "stripe", "--secret", "x", "--fixture", "invoice.paid", "--body-file", "x")
                        .code())
                .isEqualTo(Main.USAGE);
        assertThat(run(
                                "verify",
                                "--provider",
                                "stripe",
                                "--secret",
                                "x",
                                "--body-file",
                                dir.resolve("missing").toString())
                        .code())
                .isEqualTo(Main.USAGE);
        assertThat(run(
                                "sign",
                                "--provider",
                                "stripe",
                                "--secret",
                                "x",
                                "--fixture",
                                "invoice.paid",
                                "--header",
                                "no colon")
                        .code())
                .isEqualTo(Main.USAGE);
        assertThat(run("frobnicate").code()).isEqualTo(Main.USAGE);
    }
}
