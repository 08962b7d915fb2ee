package io.webhooks4j.twilio;

import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.WebhookVerificationException;
import io.webhooks4j.Webhooks;
import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * Not a test: measures what one forged 1 MiB Twilio form costs before it is rejected (issue #15.4), as CPU time
 * and bytes allocated on the calling thread, median of several runs after a warm-up. Run with
 *
 * <pre>{@code
 * java -cp <test class path> io.webhooks4j.twilio.ForgedRequestCost
 * }</pre>
 *
 * Uses public API only, so the same class measures an older build of the module too.
 */
public final class ForgedRequestCost {
    private static final String URL = "https://hooks.example.com/twilio/sms?tenant=acme";

    private ForgedRequestCost() {}

    public static void main(String[] args) {
        RawBody body = forgedBody(1024 * 1024);
        int parameters =
                WebhookRequest.builder().body(body).build().formParameters().size();
        Webhooks webhooks = Webhooks.builder()
                .provider(TwilioProvider.create("9f2c4b7a1e3d5f60718293a4b5c6d7e8"))
                .on(TwilioEvents.ANY, e -> {})
                .build();
        TwilioProvider provider = TwilioProvider.create("9f2c4b7a1e3d5f60718293a4b5c6d7e8");
        System.out.printf("forged form: %,d bytes, %,d parameters%n", body.length(), parameters);
        measure("pipeline rejects it (401, no diagnosis: DEBUG off)", () -> {
            WebhookResponse response = webhooks.handle("twilio", forged(body));
            if (response.status() != 401) {
                throw new AssertionError("expected 401, got " + response.status());
            }
        });
        measure("pipeline, with Authorization: Basic and X-Forwarded-* (4 URL variants, forwarded-URL hint)", () -> {
            WebhookRequest request = forged(body).toBuilder()
                    .header("Authorization", "Basic dHdpbGlvOnMzY3JldA==")
                    .header("X-Forwarded-Proto", "https")
                    .header("X-Forwarded-Host", "public.example.com")
                    .build();
            if (webhooks.handle("twilio", request).status() != 401) {
                throw new AssertionError("expected 401");
            }
        });
        measure("verify() and then diagnosis().explain() (what DEBUG or --explain costs)", () -> {
            try {
                provider.verify(forged(body));
                throw new AssertionError("verified a forged request");
            } catch (WebhookVerificationException e) {
                if (e.diagnosis().explain().isEmpty()) {
                    throw new AssertionError("no diagnosis");
                }
            }
        });
    }

    /** A form of about {@code size} bytes with parameters of about 8 bytes each, names in no order. */
    static RawBody forgedBody(int size) {
        StringBuilder form = new StringBuilder(size + 16);
        for (int i = 0; form.length() < size - 8; i++) {
            if (i > 0) {
                form.append('&');
            }
            form.append('p').append(Integer.toString((i * 7919) % 46_649, 36)).append("=v");
        }
        while (form.length() < size) {
            form.append('x');
        }
        return RawBody.ofUtf8(form.toString());
    }

    static WebhookRequest forged(RawBody body) {
        return WebhookRequest.builder()
                .url(URL)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", "AAAAAAAAAAAAAAAAAAAAAAAAAAA=")
                .body(body)
                .build();
    }

    private static void measure(String what, Runnable run) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().getId();
        for (int i = 0; i < 15; i++) {
            run.run(); // warm-up
        }
        int runs = 21;
        long[] cpu = new long[runs];
        long[] bytes = new long[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = threads.getThreadCpuTime(self);
            long b0 = threads.getThreadAllocatedBytes(self);
            run.run();
            cpu[i] = threads.getThreadCpuTime(self) - c0;
            bytes[i] = threads.getThreadAllocatedBytes(self) - b0;
        }
        Arrays.sort(cpu);
        Arrays.sort(bytes);
        System.out.printf(
                "%s: median %.1f ms CPU (min %.1f, max %.1f), median %.1f MiB allocated (min %.1f, max %.1f)%n",
                what,
                cpu[runs / 2] / 1e6,
                cpu[0] / 1e6,
                cpu[runs - 1] / 1e6,
                bytes[runs / 2] / 1048576.0,
                bytes[0] / 1048576.0,
                bytes[runs - 1] / 1048576.0);
    }
}
