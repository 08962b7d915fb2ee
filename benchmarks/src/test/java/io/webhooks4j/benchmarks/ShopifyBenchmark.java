package io.webhooks4j.benchmarks;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.Headers;
import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.shopify.ShopifyEvent;
import io.webhooks4j.shopify.ShopifyEvents;
import io.webhooks4j.shopify.ShopifyProvider;
import io.webhooks4j.spi.Verification;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
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
 * Shopify {@code orders/create} ({@link Payloads#shopifyOrderCreate}): the HMAC-SHA256 floor, ours (verify
 * {@code X-Shopify-Hmac-Sha256}; verify + parse to {@code ShopifyEvent<Order>}, the full typed order; the whole
 * pipeline) and the peer an application writes without webhooks4j (Shopify publishes no Java library): a
 * hand-written base64 HMAC-SHA256 check ({@link HandWrittenChecks#shopify}) and a Jackson 3 read of the raw bytes
 * into {@link OrderSummary}, a small record of the fields a handler uses, with a plain {@link JsonMapper} that
 * ignores unknown properties. Both sides start from the same raw bytes; the delivery is signed by our {@code
 * ShopifySigner} at setup and the peer checks it independently.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class ShopifyBenchmark {
    static final String SECRET = "shpss_bench_5f3c9a7e1d2b4c6a8e0f1a3b5c7d9e1f";
    static final Instant SIGNED_AT = Instant.parse("2026-11-27T12:41:09Z");

    @Param({"2KB", "25KB", "500KB"})
    public String size;

    byte[] body;
    String hmacHeader;
    Mac floorMac;
    Mac theirsMac;
    JsonMapper mapper;
    ShopifyProvider provider;
    WebhookRequest request;
    Webhooks webhooks;

    /** The fields of an order a handler typically uses, as an application would declare them. */
    public record OrderSummary(
            long id,
            String email,
            @JsonProperty("total_price") BigDecimal totalPrice,
            String currency,
            @JsonProperty("line_items") List<Item> lineItems) {}

    /** A line item, as little of it as a handler uses. */
    public record Item(String title, int quantity, BigDecimal price) {}

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        body = Payloads.shopifyOrderCreate(Payloads.bytes(size)).getBytes(StandardCharsets.UTF_8);
        provider = ShopifyProvider.builder()
                .secrets(SECRET)
                .clock(Clock.fixed(SIGNED_AT, ZoneOffset.UTC))
                .build();
        Headers headers = Headers.builder()
                .add("X-Shopify-Topic", "orders/create")
                .add("X-Shopify-Shop-Domain", "maple-and-moss.myshopify.com")
                .build();
        request = provider.sign(
                WebhookRequest.post("https://hooks.example.com/webhooks/shopify", headers, RawBody.of(body)));
        hmacHeader = request.header("X-Shopify-Hmac-Sha256").orElseThrow();
        webhooks = Webhooks.builder()
                .provider(provider)
                .on(ShopifyEvents.ORDERS_CREATE, event -> {})
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
    public ShopifyEvent<?> oursVerifyAndParse() {
        return provider.parse(request, provider.verify(request));
    }

    /** {@code Webhooks.handle}: limits, verify, parse, route to a typed handler (no-op), the reply (ledger off). */
    @Benchmark
    public WebhookResponse oursPipeline() {
        return webhooks.handle("shopify", request);
    }

    /** Hand-written base64 HMAC-SHA256 check, then Jackson 3 into the small record. */
    @Benchmark
    public OrderSummary theirsVerifyAndParse() {
        HandWrittenChecks.shopify(theirsMac, body, hmacHeader);
        return mapper.readValue(body, OrderSummary.class);
    }
}
