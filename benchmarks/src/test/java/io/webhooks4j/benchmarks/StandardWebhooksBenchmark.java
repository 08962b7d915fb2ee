package io.webhooks4j.benchmarks;

import com.standardwebhooks.Webhook;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.spi.Verification;
import io.webhooks4j.standardwebhooks.StandardWebhookEvent;
import io.webhooks4j.standardwebhooks.StandardWebhooksProvider;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
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

/**
 * Standard Webhooks (the sixth provider): our {@code StandardWebhooksProvider} beside the reference library's
 * {@code Webhook.verify} (HMAC-SHA256 of {@code id.timestamp.body}, base64) on the same bytes (a Stripe event
 * wrapped in the Standard Webhooks envelope), next to the HMAC floor. Both timestamp checks read the system
 * clock, so the delivery is signed at setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class StandardWebhooksBenchmark {
    static final byte[] KEY = "standard-webhooks-bench-key-0001".getBytes(StandardCharsets.UTF_8);

    @Param({"2KB", "25KB", "500KB"})
    public String size;

    byte[] body;
    String payload;
    Map<String, List<String>> headers;
    Webhook webhook;
    Mac floorMac;
    StandardWebhooksProvider provider;
    WebhookRequest request;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        payload = "{\"type\":\"invoice.paid\",\"timestamp\":\"2026-11-27T10:00:00Z\",\"data\":"
                + Payloads.stripeInvoicePaid(
                        "evt_1QbX4LJm2eZvKYlo2C0q7bd0", 1_764_235_800L, "2026-07-29.dahlia", Payloads.bytes(size))
                + "}";
        body = payload.getBytes(StandardCharsets.UTF_8);
        webhook = new Webhook("whsec_" + Base64.getEncoder().encodeToString(KEY));
        String id = "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W";
        long timestamp = Instant.now().getEpochSecond();
        headers = Map.of(
                "webhook-id", List.of(id),
                "webhook-timestamp", List.of(Long.toString(timestamp)),
                "webhook-signature", List.of(webhook.sign(id, timestamp, payload)));
        provider =
                StandardWebhooksProvider.create("whsec_" + Base64.getEncoder().encodeToString(KEY));
        WebhookRequest.Builder b = WebhookRequest.builder()
                .url("https://example.com/webhooks/standard-webhooks")
                .header("Content-Type", "application/json")
                .body(body);
        headers.forEach((name, values) -> b.header(name, values.get(0)));
        request = b.build();
        floorMac = Mac.getInstance("HmacSHA256");
        floorMac.init(new SecretKeySpec(KEY, "HmacSHA256"));
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
    public StandardWebhookEvent<?> oursVerifyAndParse() {
        return provider.parse(request, provider.verify(request));
    }

    @Benchmark
    public boolean theirsVerify() throws Exception {
        webhook.verify(payload, headers);
        return true;
    }
}
