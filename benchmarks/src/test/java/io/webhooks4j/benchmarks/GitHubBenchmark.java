package io.webhooks4j.benchmarks;

import io.webhooks4j.Headers;
import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.github.GitHubEvent;
import io.webhooks4j.github.GitHubEvents;
import io.webhooks4j.github.GitHubProvider;
import io.webhooks4j.spi.Verification;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.kohsuke.github.GHEventPayload;
import org.kohsuke.github.GitHub;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * GitHub {@code push}: the HMAC-SHA256 floor, ours (verify {@code X-Hub-Signature-256}; verify + parse to
 * {@code GitHubEvent<PushEvent>}; the whole pipeline with a typed handler) and the peer an application without
 * webhooks4j writes: a hand-written HMAC-SHA256 check of {@code X-Hub-Signature-256} ({@link HandWrittenChecks})
 * followed by hub4j github-api's {@code parseEventPayload} into {@code GHEventPayload.Push} (hub4j has no
 * signature check). Both sides start from the raw bytes: the peer decodes them to a {@code String} for hub4j's
 * {@code Reader} inside the measured method. {@code theirsParse} is hub4j's parse alone from a {@code String}
 * decoded at setup, for reference. {@link GitHubPullRequestBenchmark} does the same for {@code pull_request}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class GitHubBenchmark {
    static final String SECRET = "It's a Secret to Everybody: bench";

    @Param({"2KB", "25KB", "500KB"})
    public String size;

    byte[] body;
    String payload;
    String signatureHeader;
    Mac floorMac;
    Mac theirsMac;
    GitHubProvider provider;
    WebhookRequest request;
    Webhooks webhooks;
    GitHub hub4j;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        payload = Payloads.githubPush("bench", Payloads.bytes(size));
        body = payload.getBytes(StandardCharsets.UTF_8);
        provider = GitHubProvider.create(SECRET);
        Headers headers = Headers.builder()
                .add("X-GitHub-Event", "push")
                .add("X-GitHub-Delivery", "72d3162e-cc78-11e3-81ab-4c9367dc0958")
                .add("X-GitHub-Hook-ID", "292430182")
                .add("Content-Type", "application/json")
                .build();
        request = provider.sign(
                WebhookRequest.post("https://hooks.example.com/webhooks/github", headers, RawBody.of(body)));
        signatureHeader = request.header("X-Hub-Signature-256").orElseThrow();
        webhooks = Webhooks.builder()
                .provider(provider)
                .on(GitHubEvents.PUSH, event -> {})
                .ledger(null) // the same delivery every time: without this, every call after the first is a duplicate
                .build();
        floorMac = Mac.getInstance("HmacSHA256");
        floorMac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        theirsMac = Mac.getInstance("HmacSHA256");
        theirsMac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        hub4j = GitHub.offline();
    }

    /** JCA HMAC-SHA256 over the body: the cost of the cryptography alone. */
    @Benchmark
    public byte[] floor() {
        return floorMac.doFinal(body);
    }

    @Benchmark
    public Verification oursVerify() {
        return provider.verify(request);
    }

    @Benchmark
    public GitHubEvent<?> oursVerifyAndParse() {
        return provider.parse(request, provider.verify(request));
    }

    /** {@code Webhooks.handle}: limits, verify, parse, route, a no-op handler, the reply (ledger off). */
    @Benchmark
    public WebhookResponse oursPipeline() {
        return webhooks.handle("github", request);
    }

    /**
     * The peer of ours verify + parse and of the pipeline: a hand-written HMAC-SHA256 check of the raw bytes
     * (hex decode, constant-time compare), then hub4j's {@code parseEventPayload} of the body decoded to a
     * {@code String}.
     */
    @Benchmark
    public GHEventPayload.Push theirsVerifyAndParse() throws Exception {
        HandWrittenChecks.gitHub(theirsMac, body, signatureHeader);
        return hub4j.parseEventPayload(
                new StringReader(new String(body, StandardCharsets.UTF_8)), GHEventPayload.Push.class);
    }

    /** hub4j's parse alone, from a {@code String} decoded at setup (no verification, no decoding): a reference. */
    @Benchmark
    public GHEventPayload.Push theirsParse() throws Exception {
        return hub4j.parseEventPayload(new StringReader(payload), GHEventPayload.Push.class);
    }
}
