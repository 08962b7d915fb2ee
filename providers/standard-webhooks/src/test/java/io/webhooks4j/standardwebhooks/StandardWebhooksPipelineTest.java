package io.webhooks4j.standardwebhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.EventType;
import io.webhooks4j.InMemoryDeliveryLedger;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.standardwebhooks.event.AnthropicResource;
import io.webhooks4j.standardwebhooks.event.OpenAiIncomingCall;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Several Standard Webhooks senders side by side through {@link Webhooks#handle}, each with its own id and keys. */
class StandardWebhooksPipelineTest {
    /** A user's own payload record for Clerk's {@code user.created}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ClerkUser(String id, @JsonProperty("first_name") String firstName) {}

    /** A user's own key, checked by the compiler like the built-in ones. */
    static final EventType<StandardWebhookEvent<ClerkUser>> CLERK_USER_CREATED =
            StandardWebhookEvents.of("clerk", "user.created", ClerkUser.class);

    private static final String CLERK_SECRET = Fixtures.OTHER_SECRET;
    private static final String CLERK_NEW_SECRET = "whsec_" + Fixtures.base64(Fixtures.bytes(32, 23));

    private final List<String> seen = new ArrayList<>();
    private final StandardWebhooksProvider openAi = StandardWebhooksProvider.builder()
            .id("openai")
            .keys(Fixtures.SECRET)
            .clock(Fixtures.CLOCK)
            .build();
    private final StandardWebhooksProvider clerk = Fixtures.providerWithId("clerk", CLERK_NEW_SECRET, CLERK_SECRET);
    private final StandardWebhooksProvider anthropic = Fixtures.providerWithId("anthropic", Fixtures.SIGNING_KEY);
    private final Webhooks webhooks = Webhooks.builder()
            .provider(openAi)
            .provider(clerk)
            .provider(anthropic)
            .ledger(InMemoryDeliveryLedger.create())
            .on(
                    OpenAiEvents.RESPONSE_COMPLETED,
                    e -> seen.add("response " + e.data().id()))
            .on(OpenAiEvents.REALTIME_CALL_INCOMING, e -> {
                OpenAiIncomingCall call = e.data();
                seen.add("call " + call.callId() + " " + call.sipHeaders().size());
            })
            .on(
                    CLERK_USER_CREATED,
                    e -> seen.add("clerk " + e.data().id() + " " + e.data().firstName()))
            .on(AnthropicEvents.SESSION_STATUS_IDLED, e -> {
                AnthropicResource session = e.data();
                seen.add("anthropic " + session.type() + " " + session.id());
            })
            .on(StandardWebhookEvents.any("clerk"), e -> seen.add("any clerk " + e.type()))
            .build();

    private static WebhookRequest signed(StandardWebhooksProvider provider, String fixture) {
        return provider.sign(Fixtures.unsigned(Fixtures.body(fixture)));
    }

    @Test
    void routesEachSendersTypedEvents() {
        assertThat(webhooks.handle("openai", signed(openAi, "openai.response.completed.json"))
                        .status())
                .isEqualTo(200);
        assertThat(webhooks.handle(
                                "openai",
                                openAi.sign(
                                        Fixtures.unsigned(Fixtures.body("openai.realtime.call.incoming.json"))
                                                .toBuilder()
                                                .setHeader("webhook-id", "msg_call")
                                                .build()))
                        .status())
                .isEqualTo(200);
        assertThat(webhooks.handle("clerk", signed(clerk, "clerk.user.created.json"))
                        .status())
                .isEqualTo(200);
        assertThat(webhooks.handle("anthropic", signed(anthropic, "anthropic.session.status_idled.json"))
                        .status())
                .isEqualTo(200);
        assertThat(seen)
                .containsExactly(
                        "response resp_abc123",
                        "call rtc_479a275623b54bdb9b6fbae2f7cbd408 4",
                        "clerk user_29w83sxmDNGwOuEthce5gg56FcC Émilie",
                        "any clerk user.created",
                        "anthropic session.status_idled sesn_01HYZ8A9X2Q7M4V0T3K6P1N8WD");
    }

    @Test
    void aSendersDeliveryDoesNotVerifyUnderAnotherSendersId() {
        WebhookResponse response = webhooks.handle("openai", signed(clerk, "clerk.user.created.json"));
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.reason()).contains(Reason.NO_MATCHING_SIGNATURE);
        assertThat(response.bodyAsString()).doesNotContain(CLERK_SECRET).doesNotContain(Fixtures.SECRET);
        assertThat(seen).isEmpty();
    }

    private static StandardWebhooksProvider signerAt(String instant, String... keys) {
        return StandardWebhooksProvider.builder()
                .id("clerk")
                .keys(keys)
                .clock(java.time.Clock.fixed(Instant.parse(instant), java.time.ZoneOffset.UTC))
                .build();
    }

    @Test
    void aRetryOfTheSameMessageRunsItsHandlersOnceEvenAcrossASecretRotation() {
        // first attempt before the sender rotated its secret: signed with the old one only
        WebhookRequest first = signerAt("2026-11-27T11:59:00Z", CLERK_SECRET)
                .sign(Fixtures.unsigned(Fixtures.body("clerk.user.created.json")));
        WebhookResponse handled = webhooks.handle("clerk", first);
        assertThat(handled.outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
        // the retry a minute later, after the rotation: same message id and body, new timestamp, new key only
        WebhookRequest retry = signerAt("2026-11-27T12:00:00Z", CLERK_NEW_SECRET)
                .sign(Fixtures.unsigned(Fixtures.body("clerk.user.created.json")));
        assertThat(retry.header("webhook-signature")).isNotEqualTo(first.header("webhook-signature"));
        WebhookResponse again = webhooks.handle("clerk", retry);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.outcome()).isEqualTo(DeliveryOutcome.Kind.DUPLICATE);
        assertThat(seen).containsExactly("clerk user_29w83sxmDNGwOuEthce5gg56FcC Émilie", "any clerk user.created");
    }

    @Test
    void aCapturedDeliveryCannotBeReplayedUnderAFreshIdOrTime() {
        WebhookRequest captured = signed(clerk, "clerk.user.created.json");
        assertThat(webhooks.handle("clerk", captured).outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
        assertThat(webhooks.handle("clerk", captured).outcome()).isEqualTo(DeliveryOutcome.Kind.DUPLICATE);
        WebhookResponse freshId = webhooks.handle(
                "clerk",
                captured.toBuilder().setHeader("webhook-id", "msg_fresh").build());
        assertThat(freshId.status()).isEqualTo(401);
        WebhookResponse freshTime = webhooks.handle(
                "clerk",
                captured.toBuilder()
                        .setHeader("webhook-timestamp", Long.toString(Fixtures.NOW.getEpochSecond() + 1))
                        .build());
        assertThat(freshTime.status()).isEqualTo(401);
        assertThat(seen).hasSize(2);
    }

    @Test
    void authenticButUnreadableBodiesAre400s() {
        for (String body : List.of(
                "",
                "[1,2,3]",
                "not json",
                "{\"data\":{\"id\":\"user_1\"}}", // no type
                "{\"type\":\"user.created\",\"data\":\"a string, not a user\"}",
                "{\"type\":\"user.created\",\"data\":{\"id\":[1]}}")) {
            WebhookResponse response = webhooks.handle(
                    "clerk",
                    clerk.sign(Fixtures.unsigned(RawBody.ofUtf8(body)).toBuilder()
                            .setHeader("webhook-id", "msg_" + Integer.toHexString(body.hashCode()))
                            .build()));
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.reason().orElseThrow())
                    .as(body)
                    .isIn(Reason.EMPTY_BODY, Reason.MALFORMED_BODY, Reason.MISSING_EVENT_TYPE);
        }
        assertThat(seen).isEmpty();
    }

    @Test
    void anUnknownTypeIsAcknowledgedAndReachesCatchAlls() {
        WebhookResponse response = webhooks.handle(
                "clerk", clerk.sign(Fixtures.unsigned("{\"type\":\"session.created\",\"data\":{\"id\":\"sess_1\"}}")));
        assertThat(response.status()).isEqualTo(200);
        assertThat(seen).containsExactly("any clerk session.created");
        WebhookResponse openAiUnknown =
                webhooks.handle("openai", openAi.sign(Fixtures.unsigned("{\"type\":\"future.thing\",\"data\":{}}")));
        assertThat(openAiUnknown.outcome()).isEqualTo(DeliveryOutcome.Kind.ACKNOWLEDGED);
    }
}
