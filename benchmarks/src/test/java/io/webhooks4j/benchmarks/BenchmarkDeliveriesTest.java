package io.webhooks4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Invoice;
import com.stripe.net.Webhook;
import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookVerificationException;
import io.webhooks4j.github.event.PushEvent;
import io.webhooks4j.stripe.StripeEvent;
import io.webhooks4j.twilio.TwilioEvent;
import io.webhooks4j.twilio.event.IncomingMessage;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kohsuke.github.GHEventPayload;

/**
 * Keeps the comparisons honest: each benchmark's setup produces a delivery of the stated size that our
 * verifier and the official SDK both accept, that both reject once tampered with, and that both parse to the
 * same content. No timing here: speed is measured by JMH (run.sh), never asserted in tests.
 */
class BenchmarkDeliveriesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2KB", "25KB", "500KB"})
    void stripeDeliveryIsAcceptedByOursAndByStripeJava(String size) throws Exception {
        StripeBenchmark b = new StripeBenchmark();
        b.size = size;
        b.setUp();

        assertThat(b.body).hasSize(Payloads.bytes(size));
        assertThat(b.floor()).hasSize(32);
        assertThat(b.oursVerify().keyId()).isEqualTo("key-1");
        StripeEvent<?> ours = b.oursVerifyAndParse();
        assertThat(ours.type()).isEqualTo("invoice.paid");
        io.webhooks4j.stripe.event.Invoice invoice =
                (io.webhooks4j.stripe.event.Invoice) ours.data().object();
        assertThat(b.oursPipeline().status()).isEqualTo(200);

        assertThat(b.theirsVerify()).isTrue();
        Invoice theirs = (Invoice) b.theirsVerifyAndParse();
        assertThat(theirs.getId()).isEqualTo(invoice.id());
        assertThat(theirs.getAmountPaid()).isEqualTo(invoice.amountPaid());
        assertThat(theirs.getLines().getData()).hasSize(invoice.lines().data().size());
        assertThat(invoice.lines().data()).isNotEmpty();

        String tampered = b.payload.replace("\"amount_remaining\": 0", "\"amount_remaining\": 1");
        assertThat(tampered).isNotEqualTo(b.payload);
        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> b.provider.verify(
                        b.request.toBuilder().body(RawBody.ofUtf8(tampered)).build()));
        assertThatExceptionOfType(SignatureVerificationException.class)
                .isThrownBy(() -> Webhook.constructEvent(
                        tampered,
                        b.signatureHeader,
                        StripeBenchmark.SECRET,
                        StripeBenchmark.TOLERANCE_SECONDS,
                        b.clock));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2KB", "25KB", "500KB"})
    void gitHubDeliveryIsAcceptedByOursAndParsedAlikeByHub4j(String size) throws Exception {
        GitHubBenchmark b = new GitHubBenchmark();
        b.size = size;
        b.setUp();

        assertThat(b.body).hasSize(Payloads.bytes(size));
        assertThat(b.floor()).hasSize(32);
        assertThat(b.oursVerify().keyId()).isEqualTo("key-1");
        PushEvent ours = (PushEvent) b.oursVerifyAndParse().payload();
        assertThat(b.oursPipeline().status()).isEqualTo(200);

        GHEventPayload.Push theirs = b.theirsParse();
        assertThat(ours.commits()).isNotEmpty().hasSize(theirs.getCommits().size());
        assertThat(ours.after()).isEqualTo(theirs.getHead());
        assertThat(ours.headCommit().id()).isEqualTo(theirs.getHeadCommit().getSha());

        WebhookRequest tampered = b.request.toBuilder()
                .body(b.payload.replace("\"forced\":false", "\"forced\":true "))
                .build();
        assertThat(tampered.body().length()).isEqualTo(b.body.length);
        assertThatExceptionOfType(WebhookVerificationException.class).isThrownBy(() -> b.provider.verify(tampered));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2KB", "25KB", "500KB"})
    void twilioDeliveryIsAcceptedByOursAndByTwilioJava(String size) throws Exception {
        TwilioBenchmark b = new TwilioBenchmark();
        b.size = size;
        b.setUp();

        assertThat(b.body).hasSize(Payloads.bytes(size));
        assertThat(b.floor()).hasSize(20);
        assertThat(b.oursVerify().keyId()).isEqualTo("key-1");
        TwilioEvent<?> event = b.oursVerifyAndParse();
        IncomingMessage ours = (IncomingMessage) event.payload();
        assertThat(ours.messageSid()).isEqualTo(b.parameters.get("MessageSid"));
        assertThat(event.parameters().first("AddOns")).contains(b.parameters.get("AddOns"));
        assertThat(b.oursPipeline().status()).isEqualTo(200);
        assertThat(b.theirsValidate()).isTrue();

        Map<String, String> tampered = new HashMap<>(b.parameters);
        tampered.put("Body", tampered.get("Body") + "!");
        assertThat(b.validator.validate(TwilioBenchmark.URL, tampered, b.signature))
                .isFalse();
        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> b.provider.verify(b.request().toBuilder()
                        .body(Payloads.formEncode(tampered))
                        .build()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2KB", "25KB", "500KB"})
    void standardWebhooksDeliveryVerifies(String size) throws Exception {
        StandardWebhooksBenchmark b = new StandardWebhooksBenchmark();
        b.size = size;
        b.setUp();

        assertThat(b.body.length).isBetween(Payloads.bytes(size), Payloads.bytes(size) + 100);
        assertThat(b.theirsVerify()).isTrue();
        assertThat(b.oursVerify().keyId()).isEqualTo("key-1");
        assertThat(b.oursVerifyAndParse().type()).isEqualTo("invoice.paid");
        String tampered = new String(b.body, StandardCharsets.UTF_8).replace("\"paid\"", "\"void\"");
        assertThatThrownBy(() -> b.webhook.verify(tampered, b.headers))
                .isInstanceOf(com.standardwebhooks.exceptions.WebhookVerificationException.class);
        WebhookRequest forged = b.request.toBuilder().body(tampered).build();
        assertThatThrownBy(() -> b.provider.verify(forged)).isInstanceOf(WebhookVerificationException.class);
    }
}
