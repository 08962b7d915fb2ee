package io.webhooks4j.benchmarks;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.Headers;
import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.pagerduty.PagerDutyEvent;
import io.webhooks4j.pagerduty.PagerDutyEvents;
import io.webhooks4j.pagerduty.PagerDutyProvider;
import io.webhooks4j.spi.Verification;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * PagerDuty V3 {@code incident.triggered} ({@link Payloads#pagerDutyIncidentTriggered}): the HMAC-SHA256 floor,
 * ours (verify {@code X-PagerDuty-Signature}; verify + parse to {@code PagerDutyEvent<Incident>}; the whole
 * pipeline) and the peer an application writes without webhooks4j (PagerDuty publishes no Java webhook library):
 * a hand-written check of {@code v1=<hex>} entries ({@link HandWrittenChecks#pagerDuty}) and a Jackson 3 read of
 * the raw bytes into {@link Delivery}, small records of the fields a handler uses, with a plain {@link
 * JsonMapper} that ignores unknown properties. Both sides start from the same raw bytes; the delivery is signed
 * by our {@code PagerDutySigner} at setup and the peer checks it independently.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class PagerDutyBenchmark {
    /** 64 characters, the shape of a PagerDuty webhook signing secret. */
    static final String SECRET = "pd3bench7XkqL2vT9wRzN4mC8sYfH1jG6aB0dE5uPoQiW3eRtYuIoPlKjHgFdSaZx";

    @Param({"2KB", "25KB", "500KB"})
    public String size;

    byte[] body;
    String signatureHeader;
    Mac floorMac;
    Mac theirsMac;
    JsonMapper mapper;
    PagerDutyProvider provider;
    WebhookRequest request;
    Webhooks webhooks;

    /** The envelope, as an application would declare it. */
    public record Delivery(Event event) {}

    /** The event fields a handler typically uses. */
    public record Event(
            String id,
            @JsonProperty("event_type") String eventType,
            @JsonProperty("occurred_at") Instant occurredAt,
            Incident data) {}

    /** The incident fields a handler typically uses. */
    public record Incident(String id, String title, String status, String urgency, Service service) {}

    /** The service reference's summary (its name). */
    public record Service(String summary) {}

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        body = Payloads.pagerDutyIncidentTriggered(Payloads.bytes(size)).getBytes(StandardCharsets.UTF_8);
        provider = PagerDutyProvider.create(SECRET);
        Headers headers =
                Headers.builder().add("X-Webhook-Subscription", "PSUB7QX").build();
        request = provider.sign(
                WebhookRequest.post("https://hooks.example.com/webhooks/pagerduty", headers, RawBody.of(body)));
        signatureHeader = request.header("X-PagerDuty-Signature").orElseThrow();
        webhooks = Webhooks.builder()
                .provider(provider)
                .on(PagerDutyEvents.INCIDENT_TRIGGERED, event -> {})
                .ledger(null) // the same delivery every time: without this, every call after the first is a duplicate
                .build();
        floorMac = Mac.getInstance("HmacSHA256");
        floorMac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        theirsMac = Mac.getInstance("HmacSHA256");
        theirsMac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
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
    public PagerDutyEvent<?> oursVerifyAndParse() {
        return provider.parse(request, provider.verify(request));
    }

    /** {@code Webhooks.handle}: limits, verify, parse, route to a typed handler (no-op), the reply (ledger off). */
    @Benchmark
    public WebhookResponse oursPipeline() {
        return webhooks.handle("pagerduty", request);
    }

    /** Hand-written check of the {@code v1=} entries, then Jackson 3 into the small records. */
    @Benchmark
    public Delivery theirsVerifyAndParse() {
        HandWrittenChecks.pagerDuty(theirsMac, body, signatureHeader);
        return mapper.readValue(body, Delivery.class);
    }
}
