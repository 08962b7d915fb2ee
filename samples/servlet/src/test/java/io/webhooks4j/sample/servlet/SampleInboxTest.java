package io.webhooks4j.sample.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.inbox.InboxDelivery;
import io.webhooks4j.inbox.InboxQuery;
import io.webhooks4j.inbox.InboxState;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the sample's README promises of inbox mode, on a real Jetty and a real H2 file in a temporary folder: the
 * printed curl commands are stored, answered and handled by the workers; {@code SAMPLE_FAIL_FIRST=1} shows a retry;
 * a restart on the same file finds what was stored, finishes what was pending and does not run done ones again.
 */
class SampleInboxTest {
    static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    final List<SampleReceiver.Running> started = new ArrayList<>();

    /** A started sample and what it printed. */
    record Sample(SampleReceiver.Running running, ByteArrayOutputStream out) {
        String log() {
            return out.toString(StandardCharsets.UTF_8);
        }

        /** The banner's curl command for {@code provider}. */
        Http.Curl curl(String provider) {
            return log().lines()
                    .filter(l -> l.startsWith("curl ") && l.contains("/webhooks/" + provider + "'"))
                    .findFirst()
                    .map(Http::parseCurl)
                    .orElseThrow(() -> new AssertionError("no curl line for " + provider + " in:\n" + log()));
        }

        String await(String text) throws InterruptedException {
            return Http.await(this::log, l -> l.contains(text), WAIT);
        }

        InboxDelivery stored(String provider) {
            return running.inbox().list(InboxQuery.all().withProvider(provider)).stream()
                    .findFirst()
                    .orElseThrow();
        }
    }

    Sample start(SampleSettings settings) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        SampleReceiver.Running running = SampleReceiver.run(
                settings,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(running).as(err.toString(StandardCharsets.UTF_8)).isNotNull();
        started.add(running);
        return new Sample(running, out);
    }

    @AfterEach
    void stopAll() {
        started.forEach(SampleReceiver.Running::close);
    }

    @Test
    void thePrintedCurlCommandsAreStoredAnsweredAndHandledByTheWorkers() throws Exception {
        Sample sample = start(SampleSettings.forTest(dir));

        for (String provider : SampleReceiver.PROVIDERS) {
            var response = sample.curl(provider).send();
            assertThat(response.statusCode())
                    .as(provider + ": " + response.body())
                    .isEqualTo(200);
        }

        String log = Http.await(
                sample::log,
                l -> l.lines().filter(x -> x.startsWith("received  ")).count() == 5,
                WAIT);
        for (String provider : SampleReceiver.PROVIDERS) {
            assertThat(log).containsPattern("(?m)^received  " + provider + " \\S+ \\(delivery \\S+\\)$");
        }
        // four went through the inbox and are done there; Twilio's incoming message replied inline
        Http.await(() -> sample.running().inbox().counts().get(InboxState.DONE), n -> n == 4L, WAIT);
        assertThat(sample.running().inbox().counts())
                .containsEntry(InboxState.PENDING, 0L)
                .containsEntry(InboxState.DEAD, 0L);
        assertThat(log.indexOf("stored    stripe invoice.paid")).isLessThan(log.indexOf("received  stripe"));
    }

    @Test
    void sampleFailFirstMakesEveryHandlerFailOnceSoTheRetryIsSeen() throws Exception {
        Sample sample = start(SampleSettings.forTest(dir).withFailFirst(1));
        assertThat(sample.log())
                .contains("  failures  SAMPLE_FAIL_FIRST=1: every handler fails each delivery's first 1 attempt on"
                        + " purpose");

        assertThat(sample.curl("stripe").send().statusCode()).isEqualTo(200);
        assertThat(sample.curl("shopify").send().statusCode()).isEqualTo(200);

        String log = sample.await("received  stripe invoice.paid");
        log = Http.await(sample::log, l -> l.contains("received  shopify orders/create"), WAIT);
        String retry = "retrying  stripe invoice.paid (delivery evt_";
        assertThat(log)
                .contains(retry)
                .contains("SAMPLE_FAIL_FIRST=1: attempt 1 of this delivery fails on purpose")
                .containsPattern("stripe    invoice\\.paid \\S+ amount_paid=\\d+ \\w+ \\(attempt 2\\)")
                .contains("retrying  shopify orders/create");
        assertThat(log.indexOf(retry)).isLessThan(log.indexOf("received  stripe invoice.paid"));
        assertThat(log.lines().filter(l -> l.startsWith("received  stripe")).count())
                .isEqualTo(1);
        InboxDelivery stripe = sample.stored("stripe");
        assertThat(stripe.state()).isEqualTo(InboxState.DONE);
        assertThat(stripe.attempts()).isEqualTo(2);
        assertThat(stripe.lastError()).contains("fails on purpose");

        // Twilio's incoming message runs inline (its reply is the answer) and does not fail on purpose
        var twiml = sample.curl("twilio").send();
        assertThat(twiml.statusCode()).isEqualTo(200);
        assertThat(twiml.body()).contains("<Message>Got it: ");
    }

    @Test
    void aRestartOnTheSameFileFindsWhatWasStoredFinishesItAndDoesNotRunDoneOnesAgain() throws Exception {
        // first run: GitHub's delivery fails once and is done on its retry; Stripe's fails and is left pending
        Sample first = start(SampleSettings.forTest(dir).withFailFirst(1).withInitialBackoff(Duration.ofSeconds(3)));
        assertThat(first.curl("github").send().statusCode()).isEqualTo(200);
        first.await("received  github pull_request.opened");
        assertThat(first.curl("stripe").send().statusCode()).isEqualTo(200);
        first.await("retrying  stripe invoice.paid");
        first.running().close();
        assertThat(first.log()).doesNotContain("received  stripe");
        String github = first.stored("github").deduplicationKey();

        // second run on the same H2 file, handlers healthy now
        Sample second = start(SampleSettings.forTest(dir));
        assertThat(second.log()).contains("  stored    2 from before: 1 done, 1 pending, 0 claimed, 0 dead");
        String log = second.await("received  stripe invoice.paid");
        assertThat(log).containsPattern("stripe    invoice\\.paid \\S+ amount_paid=\\d+ \\w+ \\(attempt 2\\)");

        // the done GitHub delivery is not run again, and sent again it is a duplicate of the stored one
        Thread.sleep(2_500); // more than two poll intervals of the workers
        assertThat(second.curl("github").send().statusCode()).isEqualTo(200);
        log = second.await("duplicate github pull_request.opened");
        assertThat(log).doesNotContain("received  github").doesNotContain("github    pull_request");
        assertThat(second.stored("github").deduplicationKey()).isEqualTo(github);
        assertThat(second.running().inbox().counts())
                .containsEntry(InboxState.DONE, 2L)
                .containsEntry(InboxState.PENDING, 0L);
    }
}
