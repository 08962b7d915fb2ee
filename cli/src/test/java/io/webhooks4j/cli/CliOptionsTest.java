package io.webhooks4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.webhooks4j.Headers;
import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.github.GitHubEvents;
import io.webhooks4j.github.GitHubProvider;
import io.webhooks4j.test.Fixture;
import io.webhooks4j.test.Fixtures;
import io.webhooks4j.twilio.TwilioProvider;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Secrets from the environment or a file, --help, exit codes, fixture bodies, event headers (#15.12, #16.13-15). */
class CliOptionsTest {
    static final String SECRET = "whsec_cli_options_0123456789";

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
        String firstErrLine() {
            return err.lines().findFirst().orElse("");
        }
    }

    static Result run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), env);
        return new Result(code, out.toString(), err.toString());
    }

    static Result run(String... args) {
        return run(Map.of(), args);
    }

    Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    // ---- secrets (#15.12)

    @Test
    void secretFromAnEnvironmentVariableSignsExactlyAsTheSameSecretOnTheCommandLine() {
        Result flag = run(
                "sign",
                "--provider",
                "stripe",
                "--secret",
                SECRET,
                "--timestamp",
                "1700000000",
                "--fixture",
                "invoice.paid");
        Result env = run(
                Map.of("STRIPE_WEBHOOK_SECRET", SECRET),
                "sign",
                "--provider",
                "stripe",
                "--secret-env",
                "STRIPE_WEBHOOK_SECRET",
                "--timestamp",
                "1700000000",
                "--fixture",
                "invoice.paid");
        assertThat(flag.code()).isZero();
        assertThat(env.code()).as(env.err()).isZero();
        assertThat(env.out()).isEqualTo(flag.out()).containsPattern("Stripe-Signature: t=1700000000,v1=[0-9a-f]{64}");
    }

    @Test
    void secretFileHoldsOneSecretPerLineAndIgnoresBlankLinesAndComments() throws Exception {
        Path secrets = write(
                "secrets",
                "# rotation in progress\n\n  whsec_old_one_0123456789  \r\n   \n# the new one:\n" + SECRET + "\n");
        Result signed = run("sign", "--provider", "github", "--secret", SECRET, "--fixture", "push");
        Path body = write("push.json", Fixtures.get("github", "push").body().utf8());
        List<String> args = new ArrayList<>(List.of(
                "verify", "--provider", "github", "--secret-file", secrets.toString(), "--body-file", body.toString()));
        signed.out().lines().forEach(line -> {
            args.add("--header");
            args.add(line);
        });

        Result verified = run(args.toArray(String[]::new));

        assertThat(verified.code()).as(verified.err()).isZero();
        assertThat(verified.out()).contains("verified with key key-2");
    }

    @Test
    void secretsFromSeveralSourcesAreKeyedInOrderFlagsThenVariablesThenFiles() throws Exception {
        Path file = write("secrets", SECRET + "\n");
        Path body = write("push.json", Fixtures.get("github", "push").body().utf8());
        Result signed = run("sign", "--provider", "github", "--secret", SECRET, "--fixture", "push");
        List<String> args = new ArrayList<>(List.of(
                "verify",
                "--provider",
                "github",
                "--secret-file",
                file.toString(),
                "--secret-env",
                "OLD",
                "--secret",
                "whsec_first_0123456789",
                "--body-file",
                body.toString()));
        signed.out().lines().forEach(line -> {
            args.add("--header");
            args.add(line);
        });
        Result verified = run(Map.of("OLD", "whsec_second_0123456789"), args.toArray(String[]::new));
        assertThat(verified.out()).as(verified.err()).contains("verified with key key-3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sign", "verify", "send"})
    void missingVariableOrFileIsAUsageErrorNamingItAndNeverPrintingASecret(String command) throws Exception {
        Path body = write("body.json", "{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"invoice.paid\"}");
        Path onlyComments = write("comments", "# nothing here yet\n\n");
        List<String> common = List.of(
                command, "--provider", "stripe", "--body-file", body.toString(), "--to", "http://127.0.0.1:9/x");
        String present = "whsec_present_secret_0123456789";
        Map<String, String> env = Map.of("PRESENT", present, "EMPTY", "  ");

        Map<List<String>, String> cases = Map.of(
                List.of("--secret-env", "PRESENT", "--secret-env", "NOT_SET_ANYWHERE"),
                "Environment variable NOT_SET_ANYWHERE (--secret-env) is not set",
                List.of("--secret-env", "EMPTY"),
                "Environment variable EMPTY (--secret-env) is empty",
                List.of(
                        "--secret-env",
                        "PRESENT",
                        "--secret-file",
                        dir.resolve("missing").toString()),
                "--secret-file " + dir.resolve("missing") + " does not exist",
                List.of("--secret-file", onlyComments.toString()),
                "--secret-file " + onlyComments + " holds no secret",
                List.of("--secret-file", dir.toString()),
                "--secret-file " + dir + " cannot be read",
                List.of(),
                "A signing secret is required: --secret-env NAME, --secret-file PATH or --secret VALUE");
        for (Map.Entry<List<String>, String> c : cases.entrySet()) {
            List<String> args = new ArrayList<>(command.equals("send") ? common : common.subList(0, 5));
            if (command.equals("verify")) {
                args.addAll(List.of("--header", "Stripe-Signature: t=1,v1=00"));
            }
            args.addAll(c.getKey());
            Result result = run(env, args.toArray(String[]::new));
            assertThat(result.code())
                    .as("%s %s: %s", command, c.getKey(), result.err())
                    .isEqualTo(Main.USAGE);
            assertThat(result.firstErrLine()).as(c.getKey().toString()).startsWith(c.getValue());
            assertThat(result.err() + result.out()).doesNotContain(present);
        }
    }

    @Test
    void secretFileContentNeverReachesTheOutputWhenVerificationFails() throws Exception {
        String secret = "whsec_from_a_file_do_not_print_0123";
        Path file = write("secret", secret + "\n");
        Path body = write("body.json", "{\"id\":\"evt_1\"}");
        Result result = run(
                "verify",
                "--provider",
                "stripe",
                "--secret-file",
                file.toString(),
                "--body-file",
                body.toString(),
                "--header",
                "Stripe-Signature: t=1700000000,v1=" + "0".repeat(64),
                "--explain");
        assertThat(result.code()).isEqualTo(Main.INVALID);
        assertThat(result.err() + result.out()).doesNotContain(secret).contains("keys tried: key-1");
    }

    @Test
    void mistypedSecretOptionIsAUsageErrorThatDoesNotEchoItsValue() {
        for (String[] args : List.of(
                new String[] {"sign", "--provider", "stripe", "--secrt", "whsec_typo_0123456789", "--fixture", "x"},
                new String[] {"verify", "--provider", "stripe", "--secrets=whsec_typo_0123456789"})) {
            Result result = run(args);
            assertThat(result.code()).isEqualTo(Main.USAGE);
            assertThat(result.firstErrLine()).startsWith("Unknown option or argument: --secr");
            assertThat(result.err()).doesNotContain("whsec_typo_0123456789");
        }
    }

    // ---- --help and exit codes (#16.14, #16.15)

    @ParameterizedTest
    @ValueSource(strings = {"sign", "verify", "send", "parse", "fixtures"})
    void helpOfEveryCommandPrintsItsUsageAndExits0(String command) {
        for (String[] args : List.of(
                new String[] {command, "--help"}, new String[] {command, "-h"}, new String[] {"help", command})) {
            Result result = run(args);
            assertThat(result.code())
                    .as(String.join(" ", args) + ": " + result.err())
                    .isZero();
            assertThat(result.out()).contains("Usage: webhooks4j " + command).contains("Exit codes:");
            assertThat(result.err()).doesNotContain("Missing required");
        }
        if (!command.equals("parse") && !command.equals("fixtures")) {
            assertThat(run(command, "--help").out())
                    .contains("--secret-env=NAME")
                    .contains("--secret-file=PATH")
                    .contains("process list");
        }
    }

    @Test
    void topLevelHelpDocumentsEveryExitCode() {
        Result result = run("--help");
        assertThat(result.code()).isZero();
        assertThat(result.out())
                .contains("Exit codes:")
                .contains("  0  success")
                .contains("  1  verify: not authentic; send: a non-2xx answer")
                .contains("  2  usage error")
                .contains("  3  verify: authentic, but not an event it parses")
                .contains("--secret-env NAME or --secret-file PATH");
    }

    /**
     * GitHub's documented test vector (docs.github.com, "Validating webhook deliveries", section "Testing the
     * webhook payload validation"): secret "It's a Secret to Everybody", body "Hello, World!", signature below.
     * It is authentic, and not an event: exit 3, not the exit 1 of a forged delivery.
     */
    @Test
    void authenticButUnparseableDeliveryExits3AndAForgedOneExits1() throws Exception {
        Path body = write("hello.txt", "Hello, World!");
        String signature = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";
        List<String> args = List.of(
                "verify",
                "--provider",
                "github",
                "--secret-env",
                "GITHUB_SECRET",
                "--body-file",
                body.toString(),
                "--header",
                "X-GitHub-Event: ping",
                "--header",
                "X-GitHub-Delivery: 72d3162e-cc78-11e3-81ab-4c9367dc0958");
        Map<String, String> env = Map.of("GITHUB_SECRET", "It's a Secret to Everybody");

        List<String> authentic = new ArrayList<>(args);
        authentic.addAll(List.of("--header", "X-Hub-Signature-256: " + signature));
        Result unparseable = run(env, authentic.toArray(String[]::new));
        assertThat(unparseable.code())
                .as(unparseable.err())
                .isEqualTo(Main.UNPARSEABLE)
                .isEqualTo(3);
        assertThat(unparseable.out()).contains("verified with key key-1");
        assertThat(unparseable.err()).contains("authentic, but cannot be parsed");

        List<String> forged = new ArrayList<>(args);
        forged.addAll(List.of("--header", "X-Hub-Signature-256: " + signature.replace("757107", "757108")));
        Result rejected = run(env, forged.toArray(String[]::new));
        assertThat(rejected.code()).isEqualTo(Main.INVALID).isEqualTo(1);
        assertThat(rejected.firstErrLine()).isEqualTo("no_matching_signature");
        assertThat(rejected.out()).isEmpty();
    }

    @Test
    void parseOfABodyThatIsNotAnEventExits3() throws Exception {
        Path body = write("hello.txt", "Hello, World!");
        Result result = run("parse", "--provider", "github", "--event", "ping", "--body-file", body.toString());
        assertThat(result.code()).as(result.err()).isEqualTo(Main.UNPARSEABLE);
    }

    // ---- fixtures --show (#16.15)

    @Test
    void fixturesShowPrintsEveryFixturesBodyExactly() {
        for (Fixture fixture : Fixtures.all()) {
            Result result = run("fixtures", "--provider", fixture.provider(), "--show", fixture.name());
            assertThat(result.code()).as(fixture.name()).isZero();
            assertThat(result.out()).as(fixture.name()).isEqualTo(fixture.body().utf8());
        }
        assertThat(run("fixtures", "--show", "push").code()).isEqualTo(Main.USAGE);
        Result unknown = run("fixtures", "--provider", "github", "--show", "nope");
        assertThat(unknown.code()).isEqualTo(Main.USAGE);
        assertThat(unknown.err()).contains("pull_request.opened");
    }

    @Test
    void twilioFixturesAreNamedLikeTwilioEventsAndTheOldNamesStillWork() {
        Result list = run("fixtures", "--provider", "twilio");
        assertThat(list.out())
                .contains("twilio\tmessage.incoming\t")
                .contains("twilio\tmessage.status\t")
                .contains("twilio\tcall.incoming\t")
                .contains("twilio\tcall.status\t")
                .contains("twilio\tcall.gather\t")
                .contains("twilio\trecording.status\t")
                .contains("(also: incoming-message)")
                .doesNotContain("twilio\tincoming-message");
        Result old = run("fixtures", "--provider", "twilio", "--show", "incoming-message");
        assertThat(old.out())
                .isEqualTo(Fixtures.get("twilio", "message.incoming").body().utf8());
        Result signed = run(
                "sign",
                "--provider",
                "twilio",
                "--secret",
                SECRET,
                "--url",
                "https://hooks.example.com/twilio",
                "--fixture",
                "incoming-message");
        assertThat(signed.code()).as(signed.err()).isZero();
    }

    // ---- Twilio form bodies (#16.13)

    @Test
    void twilioSignOfAFormBodyFileIsFormEncodedAndSignedOverTheParametersAsTwilioDoes() throws Exception {
        String url = "https://hooks.example.com/twilio/sms?tenant=7";
        String form = "MessageSid=SM0123456789abcdef0123456789abcdef&AccountSid=AC0123456789abcdef0123456789abcdef"
                + "&From=%2B14155550199&To=%2B14155550100&Body=Caf%C3%A9+at+7%3F&NumMedia=0";
        Path body = write("form.txt", form);

        Result result =
                run("sign", "--provider", "twilio", "--secret", SECRET, "--url", url, "--body-file", body.toString());

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("Content-Type: application/x-www-form-urlencoded");
        assertThat(result.err()).doesNotContain("bodySHA256");
        Headers headers = headers(result.out());
        // Twilio's documented algorithm, computed independently: HMAC-SHA1 over the URL followed by each
        // parameter's name and value, sorted by name, Base64 (twilio.com/docs/usage/webhooks/webhooks-security).
        assertThat(headers.first("X-Twilio-Signature")).contains(twilioSignature(SECRET, url, form));
        WebhookRequest request = WebhookRequest.post(url, headers, RawBody.of(Files.readAllBytes(body)));
        assertThat(TwilioProvider.create(SECRET).verify(request).keyId()).isEqualTo("key-1");

        // Told it is JSON, it is signed in Twilio's bodySHA256 mode, and the URL to send it to is printed.
        Result json = run(
                "sign",
                "--provider",
                "twilio",
                "--secret",
                SECRET,
                "--url",
                url,
                "--body-file",
                body.toString(),
                "--content-type",
                "application/json");
        assertThat(json.out()).contains("Content-Type: application/json");
        assertThat(json.err()).contains("signed URL").contains("bodySHA256=");
    }

    static String twilioSignature(String token, String url, String form) throws Exception {
        List<String[]> params = new ArrayList<>();
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            params.add(new String[] {
                URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8)
            });
        }
        params.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
        StringBuilder data = new StringBuilder(url);
        params.forEach(p -> data.append(p[0]).append(p[1]));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    }

    static Headers headers(String lines) {
        Headers.Builder headers = Headers.builder();
        lines.lines()
                .forEach(line -> headers.add(
                        line.substring(0, line.indexOf(':')),
                        line.substring(line.indexOf(':') + 1).trim()));
        return headers.build();
    }

    // ---- event headers for bodies from files (#16.15)

    @Test
    void sendOfAGitHubBodyFileTakesTheEventFromEventOrRefusesWithoutIt() throws Exception {
        Path body = write("push.json", Fixtures.get("github", "push").body().utf8());
        AtomicInteger pushes = new AtomicInteger();
        Map<String, String> received = new ConcurrentHashMap<>();
        Webhooks webhooks = Webhooks.builder()
                .provider(GitHubProvider.create(SECRET))
                .on(GitHubEvents.PUSH, e -> pushes.incrementAndGet())
                .build();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/webhooks/github", exchange -> {
            byte[] bytes = exchange.getRequestBody().readAllBytes();
            received.put("event", String.valueOf(exchange.getRequestHeaders().getFirst("X-GitHub-Event")));
            WebhookRequest request = WebhookRequest.builder()
                    .method(exchange.getRequestMethod())
                    .url("http://127.0.0.1" + exchange.getRequestURI())
                    .headers(Headers.ofMulti(exchange.getRequestHeaders()))
                    .body(bytes)
                    .build();
            WebhookResponse response = webhooks.handle("github", request);
            byte[] answer = response.body();
            exchange.sendResponseHeaders(response.status(), answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                exchange.getResponseBody().write(answer);
            }
            exchange.close();
        });
        server.start();
        try {
            String to = "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks/github";
            Result without =
                    run("send", "--provider", "github", "--secret", SECRET, "--body-file", body.toString(), "--to", to);
            assertThat(without.code()).isEqualTo(Main.USAGE);
            assertThat(without.firstErrLine())
                    .contains("X-GitHub-Event is missing")
                    .contains("--event");
            assertThat(received).isEmpty();

            Result sent = run(
                    Map.of("GH", SECRET),
                    "send",
                    "--provider",
                    "github",
                    "--secret-env",
                    "GH",
                    "--body-file",
                    body.toString(),
                    "--event",
                    "push",
                    "--to",
                    to);
            assertThat(sent.code()).as(sent.out() + sent.err()).isZero();
            assertThat(sent.out()).startsWith("200");
            assertThat(received).containsEntry("event", "push");

            // The fixture carries its own X-GitHub-Event. Same signed body and event: GitHub's de-duplication
            // key (the signed content) makes it a duplicate, acknowledged without running the handler again.
            received.clear();
            Result fixture = run("send", "--provider", "github", "--secret", SECRET, "--fixture", "push", "--to", to);
            assertThat(fixture.code()).as(fixture.out()).isZero();
            assertThat(received).containsEntry("event", "push");
            assertThat(pushes).hasValue(1);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void signOfABodyFileSetsTheEventHeaderFromEvent() throws Exception {
        Path body = write(
                "order.json", Fixtures.get("shopify", "orders/create").body().utf8());
        Result shopify = run(
                "sign",
                "--provider",
                "shopify",
                "--secret",
                SECRET,
                "--body-file",
                body.toString(),
                "--event",
                "orders/create");
        assertThat(shopify.out()).as(shopify.err()).contains("X-Shopify-Topic: orders/create");
        Result github = run("sign", "--provider", "github", "--secret", SECRET, "--body-file", body.toString());
        assertThat(github.code()).isEqualTo(Main.USAGE);
        Result stripe =
                run("sign", "--provider", "stripe", "--secret", SECRET, "--body-file", body.toString(), "--event", "x");
        assertThat(stripe.code()).isEqualTo(Main.USAGE);
        assertThat(stripe.err()).contains("carries the event type in the body");
    }
}
