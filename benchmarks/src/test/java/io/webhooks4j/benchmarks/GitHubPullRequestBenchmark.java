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
 * GitHub {@code pull_request} ({@code opened}), about 28 KB as GitHub sends it ({@link
 * Payloads#githubPullRequestOpened}): the same comparison as {@link GitHubBenchmark}, on a payload that is
 * mostly nested objects (the pull request, its head and base with their repositories, users, labels) rather
 * than a list. Ours binds {@code GitHubEvent<PullRequestEvent>}; the peer checks the HMAC by hand and binds
 * hub4j's {@code GHEventPayload.PullRequest}. One size only: a pull_request delivery does not come in 2 KB or
 * 500 KB.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class GitHubPullRequestBenchmark {
    static final String SECRET = GitHubBenchmark.SECRET;

    /**
     * The body size. Not called {@code size}, so that {@code run.sh -p size=2KB} (one size for the other classes)
     * leaves this one at its only size: a pull_request delivery is not 2 KB.
     */
    @Param({"28KB"})
    public String prSize;

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
        payload = Payloads.githubPullRequestOpened(Payloads.bytes(prSize));
        body = payload.getBytes(StandardCharsets.UTF_8);
        provider = GitHubProvider.create(SECRET);
        Headers headers = Headers.builder()
                .add("X-GitHub-Event", "pull_request")
                .add("X-GitHub-Delivery", "9a1c77e0-cc79-11f0-8e2b-3f1d2c4b5a69")
                .add("X-GitHub-Hook-ID", "292430182")
                .add("X-GitHub-Hook-Installation-Target-Type", "repository")
                .add("Content-Type", "application/json")
                .build();
        request = provider.sign(
                WebhookRequest.post("https://hooks.example.com/webhooks/github", headers, RawBody.of(body)));
        signatureHeader = request.header("X-Hub-Signature-256").orElseThrow();
        webhooks = Webhooks.builder()
                .provider(provider)
                .on(GitHubEvents.PULL_REQUEST_OPENED, event -> {})
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

    /** {@code Webhooks.handle}: limits, verify, parse, route to a typed handler (no-op), the reply (ledger off). */
    @Benchmark
    public WebhookResponse oursPipeline() {
        return webhooks.handle("github", request);
    }

    /** Hand-written HMAC-SHA256 check of the raw bytes, then hub4j's parse of the body decoded to a String. */
    @Benchmark
    public GHEventPayload.PullRequest theirsVerifyAndParse() throws Exception {
        HandWrittenChecks.gitHub(theirsMac, body, signatureHeader);
        return hub4j.parseEventPayload(
                new StringReader(new String(body, StandardCharsets.UTF_8)), GHEventPayload.PullRequest.class);
    }

    /** hub4j's parse alone, from a {@code String} decoded at setup (no verification, no decoding): a reference. */
    @Benchmark
    public GHEventPayload.PullRequest theirsParse() throws Exception {
        return hub4j.parseEventPayload(new StringReader(payload), GHEventPayload.PullRequest.class);
    }
}
