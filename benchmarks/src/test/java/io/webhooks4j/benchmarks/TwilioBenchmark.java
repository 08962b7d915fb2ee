package io.webhooks4j.benchmarks;

import com.twilio.security.RequestValidator;
import io.webhooks4j.Headers;
import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.spi.Verification;
import io.webhooks4j.twilio.TwilioEvent;
import io.webhooks4j.twilio.TwilioEvents;
import io.webhooks4j.twilio.TwilioProvider;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
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
 * Twilio incoming message (a form post): the HMAC-SHA1 floor over the body, ours (verify {@code
 * X-Twilio-Signature}; verify + parse to {@code IncomingMessage}; the whole pipeline) and twilio-java's
 * {@code RequestValidator.validate(url, params, signature)}.
 *
 * <p>Ours starts from the raw body and decodes the form itself (Twilio signs the decoded, sorted
 * parameters), building a fresh {@link WebhookRequest} per call since a request caches its decoded form.
 * twilio-java is measured twice: {@code theirsDecodeAndValidate} starts from the same raw body and decodes the
 * form inside the measured method ({@link #decodeForm}, {@code URLDecoder} into a map, what an application
 * does with the raw body or a servlet container does before {@code getParameterMap()}), the like-for-like peer;
 * {@code theirsValidate} is handed the parameter map decoded at setup, so its figure leaves out the form
 * decoding ours includes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class TwilioBenchmark {
    static final String AUTH_TOKEN = "12345678901234567890123456789012";
    static final String URL = "https://hooks.example.com/webhooks/twilio?tenant=acme";

    @Param({"2KB", "25KB", "500KB"})
    public String size;

    byte[] body;
    Map<String, String> parameters;
    String signature;
    Mac floorMac;
    TwilioProvider provider;
    Headers headers;
    RawBody rawBody;
    Webhooks webhooks;
    RequestValidator validator;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        parameters = Payloads.twilioIncomingMessage("SM3f2a9c51b0d84e6fa7c1e2d3b4a5f6e7", Payloads.bytes(size));
        body = Payloads.formEncode(parameters).getBytes(StandardCharsets.UTF_8);
        rawBody = RawBody.of(body);
        provider = TwilioProvider.create(AUTH_TOKEN);
        WebhookRequest signed = provider.sign(WebhookRequest.post(
                URL,
                Headers.builder()
                        .add("Content-Type", "application/x-www-form-urlencoded")
                        .build(),
                rawBody));
        headers = signed.headers();
        signature = signed.header("X-Twilio-Signature").orElseThrow();
        webhooks = Webhooks.builder()
                .provider(provider)
                .on(TwilioEvents.INCOMING_MESSAGE, message -> {})
                .ledger(null) // the same delivery every time: without this, every call after the first is a duplicate
                .build();
        floorMac = Mac.getInstance("HmacSHA1");
        floorMac.init(new SecretKeySpec(AUTH_TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        validator = new RequestValidator(AUTH_TOKEN);
    }

    /** A delivery as an adapter builds it: a request caches its decoded form, so each call gets a new one. */
    WebhookRequest request() {
        return WebhookRequest.post(URL, headers, rawBody);
    }

    /** JCA HMAC-SHA1 over the body: the cost of the cryptography alone. */
    @Benchmark
    public byte[] floor() {
        return floorMac.doFinal(body);
    }

    @Benchmark
    public Verification oursVerify() {
        return provider.verify(request());
    }

    @Benchmark
    public TwilioEvent<?> oursVerifyAndParse() {
        WebhookRequest request = request();
        return provider.parse(request, provider.verify(request));
    }

    /** {@code Webhooks.handle}: limits, verify, parse, route, a no-op handler, the TwiML reply (ledger off). */
    @Benchmark
    public WebhookResponse oursPipeline() {
        return webhooks.handle("twilio", request());
    }

    /** twilio-java handed the parameters decoded at setup: leaves out the form decoding. */
    @Benchmark
    public boolean theirsValidate() {
        return validator.validate(URL, parameters, signature);
    }

    /** The form decoded from the raw body ({@link #decodeForm}), then twilio-java's {@code validate}. */
    @Benchmark
    public boolean theirsDecodeAndValidate() {
        return validator.validate(URL, decodeForm(body), signature);
    }

    /**
     * {@code application/x-www-form-urlencoded} bytes to the parameter map twilio-java takes: split on {@code &}
     * and the first {@code =}, {@code URLDecoder} (UTF-8) for names and values; Twilio sends each name once.
     */
    static Map<String, String> decodeForm(byte[] body) {
        String form = new String(body, StandardCharsets.UTF_8);
        Map<String, String> parameters = new HashMap<>();
        int start = 0;
        while (start < form.length()) {
            int end = form.indexOf('&', start);
            if (end < 0) {
                end = form.length();
            }
            int eq = form.indexOf('=', start);
            if (eq < 0 || eq > end) {
                eq = end;
            }
            String name = URLDecoder.decode(form.substring(start, eq), StandardCharsets.UTF_8);
            String value = eq < end ? URLDecoder.decode(form.substring(eq + 1, end), StandardCharsets.UTF_8) : "";
            parameters.put(name, value);
            start = end + 1;
        }
        return parameters;
    }
}
