package io.webhooks4j.benchmarks;

import com.stripe.Stripe;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import io.webhooks4j.Headers;
import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.spi.Verification;
import io.webhooks4j.stripe.StripeEvent;
import io.webhooks4j.stripe.StripeEvents;
import io.webhooks4j.stripe.StripeProvider;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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
 * Stripe {@code invoice.paid}: the HMAC-SHA256 floor, ours (verify; verify + parse to {@code
 * StripeEvent<Invoice>}; the whole pipeline) and stripe-java ({@code Webhook.Signature.verifyHeader};
 * {@code Webhook.constructEvent} + {@code deserializeUnsafe}), on the same bytes, signed with the same secret
 * at the same instant, both checked against the same fixed clock.
 *
 * <p>Each side starts from its own input as an application has it: ours a {@link WebhookRequest} (raw bytes
 * and headers), stripe-java the body as a {@code String} (decoded at setup, not measured).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class StripeBenchmark {
    static final String SECRET = "whsec_bench_4eC39HqLyjWDarjtT1zdp7dc";
    static final Instant SIGNED_AT = Instant.parse("2026-11-27T09:30:00Z");
    static final long TOLERANCE_SECONDS = 300;

    @Param({"2KB", "25KB", "500KB"})
    public String size;

    byte[] body;
    String payload;
    String signatureHeader;
    Clock clock;
    Mac floorMac;
    StripeProvider provider;
    WebhookRequest request;
    Webhooks webhooks;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        clock = Clock.fixed(SIGNED_AT.plusSeconds(2), ZoneOffset.UTC);
        payload = Payloads.stripeInvoicePaid(
                "evt_1QbX4LJm2eZvKYlo2C0q7bd0",
                SIGNED_AT.getEpochSecond() - 1,
                Stripe.API_VERSION,
                Payloads.bytes(size));
        body = payload.getBytes(StandardCharsets.UTF_8);
        provider = StripeProvider.builder().secrets(SECRET).clock(clock).build();
        request = provider.signer()
                .sign(
                        WebhookRequest.post(
                                "https://hooks.example.com/webhooks/stripe", Headers.empty(), RawBody.of(body)),
                        SIGNED_AT);
        signatureHeader = request.header("Stripe-Signature").orElseThrow();
        webhooks = Webhooks.builder()
                .provider(provider)
                .on(StripeEvents.INVOICE_PAID, event -> {})
                .ledger(null) // the same delivery every time: without this, every call after the first is a duplicate
                .build();
        floorMac = Mac.getInstance("HmacSHA256");
        floorMac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
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
    public StripeEvent<?> oursVerifyAndParse() {
        return provider.parse(request, provider.verify(request));
    }

    /** {@code Webhooks.handle}: limits, verify, parse, route, a no-op handler, the reply (ledger off). */
    @Benchmark
    public WebhookResponse oursPipeline() {
        return webhooks.handle("stripe", request);
    }

    @Benchmark
    public boolean theirsVerify() throws Exception {
        return Webhook.Signature.verifyHeader(payload, signatureHeader, SECRET, TOLERANCE_SECONDS, clock);
    }

    /** stripe-java's documented path: {@code constructEvent} (verify + Gson parse) and the typed object. */
    @Benchmark
    public Object theirsVerifyAndParse() throws Exception {
        Event event = Webhook.constructEvent(payload, signatureHeader, SECRET, TOLERANCE_SECONDS, clock);
        return event.getDataObjectDeserializer().deserializeUnsafe();
    }
}
