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
import io.webhooks4j.github.GitHubEvent;
import io.webhooks4j.github.event.PullRequest;
import io.webhooks4j.github.event.PullRequestEvent;
import io.webhooks4j.github.event.PushEvent;
import io.webhooks4j.pagerduty.PagerDutyEvent;
import io.webhooks4j.pagerduty.event.Incident;
import io.webhooks4j.pagerduty.event.IncidentStatus;
import io.webhooks4j.pagerduty.event.Urgency;
import io.webhooks4j.shopify.ShopifyEvent;
import io.webhooks4j.shopify.event.LineItem;
import io.webhooks4j.shopify.event.Order;
import io.webhooks4j.stripe.StripeEvent;
import io.webhooks4j.twilio.TwilioEvent;
import io.webhooks4j.twilio.event.IncomingMessage;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kohsuke.github.GHEventPayload;

/**
 * Keeps the comparisons honest: each benchmark's setup produces a delivery of the stated size that our
 * verifier and the peer (the official SDK, or the hand-written check of {@link HandWrittenChecks}) both accept,
 * that both reject once tampered with, and that both parse to the same content, so no benchmark can silently
 * measure a rejection. No timing here: speed is measured by JMH (run.sh), never asserted in tests.
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
        GHEventPayload.Push verified = b.theirsVerifyAndParse();
        assertThat(verified.getCommits()).hasSize(ours.commits().size());
        assertThat(verified.getHead()).isEqualTo(ours.after());

        WebhookRequest tampered = b.request.toBuilder()
                .body(b.payload.replace("\"forced\":false", "\"forced\":true "))
                .build();
        assertThat(tampered.body().length()).isEqualTo(b.body.length);
        assertThatExceptionOfType(WebhookVerificationException.class).isThrownBy(() -> b.provider.verify(tampered));
        assertThatExceptionOfType(SecurityException.class)
                .isThrownBy(() ->
                        HandWrittenChecks.gitHub(b.theirsMac, tampered.body().toByteArray(), b.signatureHeader));
        assertThatExceptionOfType(SecurityException.class)
                .isThrownBy(() -> HandWrittenChecks.gitHub(b.theirsMac, b.body, "sha256=" + "0".repeat(64)));
    }

    @Test
    void gitHubPullRequestIsAcceptedAndParsedAlikeByOursAndByHmacPlusHub4j() throws Exception {
        GitHubPullRequestBenchmark b = new GitHubPullRequestBenchmark();
        b.prSize = "28KB";
        b.setUp();

        assertThat(b.body.length).isBetween(within10Percent("28KB")[0], within10Percent("28KB")[1]);
        assertThat(b.floor()).hasSize(32);
        assertThat(b.oursVerify().keyId()).isEqualTo("key-1");
        GitHubEvent<?> event = b.oursVerifyAndParse();
        assertThat(event.payload()).isInstanceOf(PullRequestEvent.class);
        PullRequestEvent ours = (PullRequestEvent) event.payload();
        assertThat(b.oursPipeline().status()).isEqualTo(200);

        GHEventPayload.PullRequest theirs = b.theirsVerifyAndParse();
        assertThat(ours.action()).isEqualTo(theirs.getAction()).isEqualTo("opened");
        assertThat(ours.number()).isEqualTo(theirs.getNumber()).isEqualTo(212);
        PullRequest pr = ours.pullRequest();
        assertThat(pr.title()).isEqualTo(theirs.getPullRequest().getTitle());
        assertThat(pr.head().sha()).isEqualTo(theirs.getPullRequest().getHead().getSha());
        assertThat(pr.base().repo().fullName())
                .isEqualTo(theirs.getPullRequest().getBase().getRepository().getFullName());
        assertThat(pr.labels())
                .isNotEmpty()
                .hasSize(theirs.getPullRequest().getLabels().size());
        assertThat(pr.labels().get(0).name())
                .isEqualTo(theirs.getPullRequest().getLabels().iterator().next().getName());
        assertThat(b.theirsParse().getNumber()).isEqualTo(212);

        String tamperedText = b.payload.replace("\"draft\":false", "\"draft\":true ");
        assertThat(tamperedText).isNotEqualTo(b.payload);
        WebhookRequest tampered = b.request.toBuilder().body(tamperedText).build();
        assertThatExceptionOfType(WebhookVerificationException.class).isThrownBy(() -> b.provider.verify(tampered));
        assertThatExceptionOfType(SecurityException.class)
                .isThrownBy(() -> HandWrittenChecks.gitHub(
                        b.theirsMac, tamperedText.getBytes(StandardCharsets.UTF_8), b.signatureHeader));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2KB", "25KB", "500KB"})
    void shopifyOrderIsAcceptedAndParsedAlikeByOursAndByHmacPlusJackson(String size) throws Exception {
        ShopifyBenchmark b = new ShopifyBenchmark();
        b.size = size;
        b.setUp();

        assertThat(b.body.length).isBetween(within10Percent(size)[0], within10Percent(size)[1]);
        assertThat(b.floor()).hasSize(32);
        assertThat(b.oursVerify().keyId()).isEqualTo("key-1");
        ShopifyEvent<?> event = b.oursVerifyAndParse();
        assertThat(event.topic()).isEqualTo("orders/create");
        Order ours = (Order) event.payload();
        assertThat(b.oursPipeline().status()).isEqualTo(200);

        ShopifyBenchmark.OrderSummary theirs = b.theirsVerifyAndParse();
        assertThat(theirs.id()).isEqualTo(ours.id()).isEqualTo(5931844223081L);
        assertThat(theirs.email()).isEqualTo(ours.email()).isNotBlank();
        assertThat(theirs.totalPrice()).isEqualTo(ours.totalPrice()).isPositive();
        assertThat(theirs.currency()).isEqualTo(ours.currency()).isEqualTo("EUR");
        assertThat(ours.lineItems()).isNotEmpty().hasSize(theirs.lineItems().size());
        for (int i = 0; i < theirs.lineItems().size(); i++) {
            LineItem item = ours.lineItems().get(i);
            ShopifyBenchmark.Item summary = theirs.lineItems().get(i);
            assertThat(summary.title()).isEqualTo(item.title());
            assertThat(summary.quantity()).isEqualTo(item.quantity());
            assertThat(summary.price()).isEqualTo(item.price());
        }

        byte[] tampered = new String(b.body, StandardCharsets.UTF_8)
                .replace("\"confirmed\":true", "\"confirmed\":null")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(tampered).isNotEqualTo(b.body);
        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> b.provider.verify(
                        b.request.toBuilder().body(RawBody.of(tampered)).build()));
        assertThatExceptionOfType(SecurityException.class)
                .isThrownBy(() -> HandWrittenChecks.shopify(b.theirsMac, tampered, b.hmacHeader));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2KB", "25KB", "500KB"})
    void pagerDutyIncidentIsAcceptedAndParsedAlikeByOursAndByHmacPlusJackson(String size) throws Exception {
        PagerDutyBenchmark b = new PagerDutyBenchmark();
        b.size = size;
        b.setUp();

        assertThat(b.body.length).isBetween(within10Percent(size)[0], within10Percent(size)[1]);
        assertThat(b.floor()).hasSize(32);
        assertThat(b.oursVerify().keyId()).isEqualTo("key-1");
        PagerDutyEvent<?> event = b.oursVerifyAndParse();
        assertThat(event.type()).isEqualTo("incident.triggered");
        Incident ours = (Incident) event.data();
        assertThat(b.oursPipeline().status()).isEqualTo(200);

        PagerDutyBenchmark.Event theirs = b.theirsVerifyAndParse().event();
        assertThat(theirs.id()).isEqualTo(event.id());
        assertThat(theirs.eventType()).isEqualTo(event.type());
        assertThat(theirs.occurredAt()).isEqualTo(event.occurredAt());
        assertThat(theirs.data().id()).isEqualTo(ours.id());
        assertThat(theirs.data().title()).isEqualTo(ours.title());
        assertThat(ours.status()).isEqualTo(IncidentStatus.TRIGGERED);
        assertThat(theirs.data().status()).isEqualTo("triggered");
        assertThat(ours.urgency()).isEqualTo(Urgency.HIGH);
        assertThat(theirs.data().urgency()).isEqualTo("high");
        assertThat(theirs.data().service().summary()).isEqualTo(ours.service().summary());
        assertThat(ours.assignees()).isNotEmpty();

        byte[] tampered = new String(b.body, StandardCharsets.UTF_8)
                .replace("\"urgency\":\"high\"", "\"urgency\":\"low\" ")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(tampered).isNotEqualTo(b.body);
        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> b.provider.verify(
                        b.request.toBuilder().body(RawBody.of(tampered)).build()));
        assertThatExceptionOfType(SecurityException.class)
                .isThrownBy(() -> HandWrittenChecks.pagerDuty(b.theirsMac, tampered, b.signatureHeader));
        // a rotation header: the matching entry may come second
        HandWrittenChecks.pagerDuty(b.theirsMac, b.body, "v1=" + "0".repeat(64) + "," + b.signatureHeader);
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
        assertThat(b.theirsDecodeAndValidate()).isTrue();
        assertThat(TwilioBenchmark.decodeForm(b.body)).isEqualTo(b.parameters);

        Map<String, String> tampered = new HashMap<>(b.parameters);
        tampered.put("Body", tampered.get("Body") + "!");
        assertThat(b.validator.validate(TwilioBenchmark.URL, tampered, b.signature))
                .isFalse();
        assertThat(b.validator.validate(
                        TwilioBenchmark.URL,
                        TwilioBenchmark.decodeForm(Payloads.formEncode(tampered).getBytes(StandardCharsets.UTF_8)),
                        b.signature))
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

    /** The byte range within 10% of a size such as {@code 2KB}. */
    private static int[] within10Percent(String size) {
        int target = Payloads.bytes(size);
        return new int[] {target * 9 / 10, target * 11 / 10};
    }
}
