package io.webhooks4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.spi.Reception;
import io.webhooks4j.spi.RequestHead;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one door: every status an adapter may need comes from {@link Reception}. */
class ReceptionTest {
    final TestProvider provider = new TestProvider(Keyring.of(WebhooksPipelineTest.SECRET), WebhooksPipelineTest.CLOCK);
    final List<String> handled = new ArrayList<>();
    final List<DeliveryOutcome> outcomes = new ArrayList<>();
    final Webhooks webhooks = Webhooks.builder()
            .provider(provider)
            .on(TestProvider.ORDER_PAID, e -> handled.add(e.deliveryId()))
            .observer(new WebhookObserver() {
                @Override
                public void onOutcome(DeliveryOutcome outcome) {
                    outcomes.add(outcome);
                }
            })
            .build();

    WebhookRequest signed(String deliveryId, String json) {
        return provider.sign(
                WebhooksPipelineTest.delivery("order.paid", deliveryId, json).build());
    }

    static RequestHead head(WebhookRequest request, String method, long contentLength) {
        return new RequestHead(method, request.url(), request.headers(), contentLength);
    }

    static WebhookResponse readAll(Reception reception, InputStream in) throws IOException {
        while (reception.readFrom(in) >= 0) {
            // to the end
        }
        return reception.finish();
    }

    @Test
    void aValidDeliveryIsHandledThroughOneDoorAndItsBytesAreGivenBack() throws Exception {
        WebhookRequest request = signed("d-1", "{\"order\":1}");
        try (Reception reception =
                webhooks.receive("test", head(request, "POST", request.body().length()))) {
            assertThat(reception.answer()).isEmpty();
            WebhookResponse response = readAll(reception, request.body().inputStream());
            assertThat(response.status()).isEqualTo(200);
        }
        assertThat(handled).containsExactly("d-1");
        assertThat(webhooks.bodyBytesInFlight()).isZero();
    }

    @Test
    void answersDueBeforeTheBodyAreThereAtOnceAndNoByteIsRead() throws Exception {
        WebhookRequest request = signed("d-2", "{}");
        InputStream untouchable = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the body must not be read");
            }
        };
        assertThat(answerWithoutReading(webhooks.receive("nope", head(request, "POST", 2)), untouchable))
                .isEqualTo(404);
        assertThat(answerWithoutReading(webhooks.receive("test", head(request, "GET", 2)), untouchable))
                .isEqualTo(405);
        assertThat(answerWithoutReading(webhooks.receive("test", head(request, "post", 2)), untouchable))
                .isEqualTo(405);
        assertThat(answerWithoutReading(
                        webhooks.receive("test", head(request, "POST", provider.maxBodyBytes() + 1)), untouchable))
                .isEqualTo(413);
        assertThat(outcomes).extracting(DeliveryOutcome::status).containsExactly(404, 405, 405, 413);
        assertThat(outcomes.get(0).provider()).isEqualTo(Webhooks.UNKNOWN_PROVIDER);
    }

    static int answerWithoutReading(Reception reception, InputStream in) throws IOException {
        try (reception) {
            assertThat(reception.answer()).isPresent();
            assertThat(reception.readFrom(in)).isEqualTo(-1);
            return reception.finish().status();
        }
    }

    @Test
    void aFullBudgetIsA503BeforeReading() throws Exception {
        Webhooks small = Webhooks.builder()
                .provider(provider)
                .maxBodyBytesInFlight(provider.maxBodyBytes())
                .build();
        WebhookRequest request = signed("d-3", "{}");
        try (Reception first = small.receive("test", head(request, "POST", provider.maxBodyBytes()))) {
            InputStream full = new ByteArrayInputStream(new byte[(int) provider.maxBodyBytes()]);
            for (int i = 0; i < 3; i++) {
                first.readFrom(full); // the first chunk, then the whole declared length is reserved
            }
            try (Reception second = small.receive("test", head(request, "POST", 100))) {
                assertThat(second.answer()).hasValueSatisfying(r -> {
                    assertThat(r.status()).isEqualTo(503);
                    assertThat(r.headers()).containsKey("Retry-After");
                });
            }
        }
    }

    @Test
    void aChunkedBodyOverTheLimitStopsReadingAndAnswers413() throws Exception {
        WebhookRequest request = signed("d-4", "{}");
        try (Reception reception = webhooks.receive("test", head(request, "POST", -1))) {
            assertThat(readAll(reception, new ByteArrayInputStream(new byte[(int) provider.maxBodyBytes() + 10]))
                            .status())
                    .isEqualTo(413);
        }
    }

    @Test
    void shortUnreadableAndLateBodiesGetTheirOwnAnswers() throws Exception {
        WebhookRequest request = signed("d-5", "{\"order\":5}");
        try (Reception shortBody =
                webhooks.receive("test", head(request, "POST", request.body().length() + 5))) {
            WebhookResponse response = readAll(shortBody, request.body().inputStream());
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.bodyAsString()).contains("body_incomplete");
        }
        try (Reception broken = webhooks.receive("test", head(request, "POST", -1))) {
            assertThat(broken.failed(new IOException("reset")).bodyAsString()).contains("unreadable_body");
        }
        try (Reception late = webhooks.receive("test", head(request, "POST", 100))) {
            assertThat(late.timedOut().status()).isEqualTo(408);
            assertThat(late.finish().status()).as("the answer stays").isEqualTo(408);
        }
        assertThat(handled).isEmpty();
        assertThat(webhooks.bodyBytesInFlight()).isZero();
    }

    @Test
    void verifyHandsBackTheVerifiedDeliveryWithoutRunningHandlers() throws Exception {
        WebhookRequest request = signed("d-6", "{\"order\":6}");
        try (Reception reception =
                webhooks.receive("test", head(request, "POST", request.body().length()))) {
            InputStream in = request.body().inputStream();
            while (reception.readFrom(in) >= 0) {
                // read
            }
            Reception.Verified verified = reception.verify();
            assertThat(verified.isVerified()).isTrue();
            assertThat(verified.event().type()).isEqualTo("order.paid");
            assertThat(verified.request().body().utf8()).isEqualTo("{\"order\":6}");
        }
        WebhookRequest forged = request.toBuilder().body("{\"order\":7}").build();
        try (Reception reception =
                webhooks.receive("test", head(forged, "POST", forged.body().length()))) {
            InputStream in = forged.body().inputStream();
            while (reception.readFrom(in) >= 0) {
                // read
            }
            Reception.Verified refused = reception.verify();
            assertThat(refused.isVerified()).isFalse();
            assertThat(refused.refusal().status()).isEqualTo(401);
        }
        assertThat(handled).isEmpty();
    }

    @Test
    void blockingAdaptersReceiveInOneCall() {
        WebhookRequest request = signed("d-8", "{\"order\":8}");
        byte[] bytes = request.body().toByteArray();
        assertThat(webhooks.receive("test", head(request, "POST", bytes.length), new ByteArrayInputStream(bytes))
                        .status())
                .isEqualTo(200);
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("client went away");
            }
        };
        assertThat(webhooks.receive("test", head(request, "POST", bytes.length), failing)
                        .bodyAsString())
                .contains("unreadable_body");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("8");
        assertThat(handled).containsExactly("d-8");
    }
}
