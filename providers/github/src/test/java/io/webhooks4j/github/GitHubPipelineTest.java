package io.webhooks4j.github;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.github.event.Label;
import io.webhooks4j.test.kit.DocumentedOutcomes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deliveries through the whole pipeline ({@link Webhooks#handle}). */
class GitHubPipelineTest {
    private final List<String> seen = new ArrayList<>();

    private Webhooks.Builder webhooks(GitHubProvider provider) {
        return Webhooks.builder().provider(provider);
    }

    private static WebhookResponse handle(Webhooks webhooks, WebhookRequest request) {
        WebhookResponse response = webhooks.handle("github", request);
        DocumentedOutcomes.assertDocumented(response, Fixtures.SECRET);
        return response;
    }

    @Test
    void typedHandlerReadsThePullRequestHeadShaWithoutACast() {
        Webhooks webhooks = webhooks(GitHubProvider.create(Fixtures.SECRET))
                .on(
                        GitHubEvents.PULL_REQUEST_OPENED,
                        e -> seen.add(e.payload().pullRequest().head().sha()))
                .build();
        WebhookResponse response = handle(webhooks, Fixtures.signed("pull_request.opened"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
        assertThat(seen).containsExactly("8f3c2a91d04be7751c6a0e9b3d2f41c7a55e9b10");
    }

    @Test
    void eventKeyReceivesEveryActionAndActionKeyOnlyItsOwn() {
        Webhooks webhooks = webhooks(GitHubProvider.create(Fixtures.SECRET))
                .on(GitHubEvents.ISSUES, e -> seen.add("issues:" + e.payload().action()))
                .on(
                        GitHubEvents.ISSUES_CLOSED,
                        e -> seen.add("closed:" + e.payload().issue().number()))
                .on(
                        GitHubEvents.ISSUES_LABELED,
                        e -> seen.add("labeled:"
                                + e.payload().issue().labels().stream()
                                        .map(Label::name)
                                        .toList()))
                .on(GitHubEvents.ANY, e -> seen.add("any:" + e.type()))
                .build();
        handle(webhooks, Fixtures.signed("issues.opened", "0b2f6a10-cb9f-11f0-9a3e-5c1d2f0e7a01"));
        handle(webhooks, Fixtures.signed("issues.closed", "0b2f6a10-cb9f-11f0-9a3e-5c1d2f0e7a02"));
        handle(webhooks, Fixtures.signed("issues.labeled", "0b2f6a10-cb9f-11f0-9a3e-5c1d2f0e7a03"));
        assertThat(seen)
                .containsExactly(
                        "issues:opened",
                        "any:issues.opened",
                        "closed:208",
                        "issues:closed",
                        "any:issues.closed",
                        "labeled:[bug, area: motor]",
                        "issues:labeled",
                        "any:issues.labeled");
    }

    @Test
    void pushWithoutActionReachesThePushKey() {
        Webhooks webhooks = webhooks(GitHubProvider.create(Fixtures.SECRET))
                .on(
                        GitHubEvents.PUSH,
                        e -> seen.add(e.payload().commits().size() + " commits to "
                                + e.payload().ref()))
                .build();
        handle(webhooks, Fixtures.signed("push"));
        assertThat(seen).containsExactly("2 commits to refs/heads/main");
    }

    @Test
    void formEncodedPushReachesThePushKey() {
        Webhooks webhooks = webhooks(GitHubProvider.create(Fixtures.SECRET))
                .on(GitHubEvents.PUSH, e -> seen.add(e.payload().headCommit().id()))
                .build();
        WebhookRequest request = GitHubSigner.create(Fixtures.SECRET)
                .sign(Fixtures.unsignedForm("push", Fixtures.formEncoded(Fixtures.body("push"))));
        assertThat(handle(webhooks, request).status()).isEqualTo(200);
        assertThat(seen).containsExactly("8f3c2a91d04be7751c6a0e9b3d2f41c7a55e9b10");
    }

    @Test
    void redeliveryIsADuplicateAndTheHandlerSeesGitHubsDeliveryId() {
        // another hook with its own secret is a separate delivery: see GitHubReplayTest
        Webhooks webhooks = webhooks(GitHubProvider.create(Fixtures.SECRET))
                .on(GitHubEvents.PUSH, e -> seen.add(e.deliveryId()))
                .build();
        WebhookRequest first = Fixtures.signed("push");
        handle(webhooks, first);
        WebhookResponse again = handle(webhooks, first);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.outcome()).isEqualTo(DeliveryOutcome.Kind.DUPLICATE);
        assertThat(seen).containsExactly(Fixtures.GUID + ":" + Fixtures.HOOK_ID);
    }

    @Test
    void unknownEventIsAcknowledgedAndReachesTheCatchAll() {
        Webhooks webhooks = webhooks(GitHubProvider.create(Fixtures.SECRET))
                .on(GitHubEvents.PUSH, e -> seen.add("push"))
                .on(
                        GitHubEvents.ANY,
                        e -> seen.add(
                                "any:" + e.type() + ":" + e.raw().path("volts").asString()))
                .build();
        WebhookRequest request = GitHubSigner.create(Fixtures.SECRET)
                .sign(Fixtures.unsigned("rover_telemetry", RawBody.ofUtf8("{\"volts\":\"11.1\"}")));
        WebhookResponse response = handle(webhooks, request);
        assertThat(response.status()).isEqualTo(200);
        assertThat(seen).containsExactly("any:rover_telemetry:11.1");
    }

    @Test
    void unknownEventWithoutHandlersIsAcknowledged() {
        WebhookResponse response =
                signedToNoHandlers(Fixtures.unsigned("rover_telemetry", RawBody.ofUtf8("{\"action\":\"beamed\"}")));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.outcome()).isEqualTo(DeliveryOutcome.Kind.ACKNOWLEDGED);
    }

    @Test
    void formBodyWithoutPayloadIsA400() {
        WebhookResponse response =
                signedToNoHandlers(Fixtures.unsignedForm("push", RawBody.ofUtf8("zen=Keep+it+logically+awesome.")));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.reason()).contains(Reason.MALFORMED_BODY);
    }

    @Test
    void payloadThatIsNotJsonIsA400() {
        for (String body : List.of("payload=%7Bnot-json", "payload=%ZZ", "payload=")) {
            WebhookResponse response = signedToNoHandlers(Fixtures.unsignedForm("push", RawBody.ofUtf8(body)));
            assertThat(response.status()).as(body).isEqualTo(400);
        }
    }

    /** {@code unsigned} signed with the secret and handled by a pipeline with no handlers. */
    private WebhookResponse signedToNoHandlers(WebhookRequest unsigned) {
        Webhooks webhooks = webhooks(GitHubProvider.create(Fixtures.SECRET)).build();
        return handle(webhooks, GitHubSigner.create(Fixtures.SECRET).sign(unsigned));
    }

    @Test
    void pushOf25MegabytesOverASmallerConfiguredLimitIsA413() {
        GitHubProvider provider = GitHubProvider.builder()
                .secrets(Fixtures.SECRET)
                .maxBodyBytes(5L * 1024 * 1024)
                .build();
        Webhooks webhooks =
                webhooks(provider).on(GitHubEvents.PUSH, e -> seen.add("push")).build();
        byte[] big = new byte[25 * 1024 * 1024];
        Arrays.fill(big, (byte) ' ');
        byte[] head = "{\"ref\":\"refs/heads/main\",\"commits\":[],\"pad\":\""
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        System.arraycopy(head, 0, big, 0, head.length);
        big[big.length - 2] = '"';
        big[big.length - 1] = '}';
        WebhookRequest request = provider.sign(Fixtures.unsigned("push", RawBody.of(big)));
        WebhookResponse response = handle(webhooks, request);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.reason()).contains(Reason.BODY_TOO_LARGE);
        assertThat(seen).isEmpty();
    }

    @Test
    void defaultLimitIsGitHubsOwn25Megabytes() {
        assertThat(GitHubProvider.create(Fixtures.SECRET).maxBodyBytes()).isEqualTo(25L * 1024 * 1024);
    }

    @Test
    void missingEventHeaderIsA400AndABadSignatureA401() {
        Webhooks webhooks = webhooks(GitHubProvider.create(Fixtures.SECRET)).build();
        WebhookRequest noEvent = GitHubSigner.create(Fixtures.SECRET)
                .sign(Fixtures.unsigned("push", Fixtures.body("push")).toBuilder()
                        .removeHeader(GitHubHeaders.EVENT)
                        .build());
        WebhookResponse response = handle(webhooks, noEvent);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.reason()).contains(Reason.MISSING_EVENT_TYPE);
        WebhookRequest wrongSecret =
                GitHubSigner.create(Fixtures.OTHER_SECRET).sign(Fixtures.unsigned("push", Fixtures.body("push")));
        WebhookResponse rejected = handle(webhooks, wrongSecret);
        assertThat(rejected.status()).isEqualTo(401);
        assertThat(rejected.bodyAsString())
                .doesNotContain(wrongSecret
                        .header(GitHubHeaders.SIGNATURE_256)
                        .orElseThrow()
                        .substring(7));
    }

    @Test
    void handlerFailureIsA500AndTheRetryRunsAgain() {
        List<Integer> attempts = new ArrayList<>();
        Webhooks webhooks = webhooks(GitHubProvider.create(Fixtures.SECRET))
                .on(GitHubEvents.PUSH, e -> {
                    attempts.add(attempts.size() + 1);
                    if (attempts.size() == 1) {
                        throw new IllegalStateException("build queue down");
                    }
                })
                .build();
        assertThat(webhooks.handle("github", Fixtures.signed("push")).status()).isEqualTo(500);
        assertThat(webhooks.handle("github", Fixtures.signed("push")).status()).isEqualTo(200);
        assertThat(attempts).containsExactly(1, 2);
    }
}
