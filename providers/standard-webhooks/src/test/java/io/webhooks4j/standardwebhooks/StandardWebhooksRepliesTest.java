package io.webhooks4j.standardwebhooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import org.junit.jupiter.api.Test;

/** Svix's delivery control: a handler can stop a sender's retries, or ask it to disable the endpoint. */
class StandardWebhooksRepliesTest {
    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Test
    void aHandlerCanStopTheSendersRetriesOfThisMessage() {
        // an id of its own: keys are declared once per JVM, and StandardWebhooksPipelineTest declares clerk's
        // user.created with a record (the same id here failed that class's initialisation, depending on the order)
        StandardWebhooksProvider clerk = StandardWebhooksProvider.builder("clerk-staging")
                .secrets(SECRET)
                .build();
        Webhooks webhooks = Webhooks.builder()
                .provider(clerk)
                .onReply(
                        StandardWebhookEvents.of("clerk-staging", "user.created"),
                        event -> StandardWebhooksProvider.abortMessageReply())
                .build();
        String body = "{\"type\":\"user.created\",\"timestamp\":\"2026-12-01T10:00:00Z\",\"data\":{\"id\":\"user_1\"}}";

        WebhookResponse response =
                webhooks.handle("clerk-staging", clerk.sign(Fixtures.unsigned(RawBody.ofUtf8(body))));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.headers())
                .containsEntry(StandardWebhooksHeaders.DELIVERY, StandardWebhooksHeaders.ABORT_MESSAGE);
        assertThat(response.outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
    }

    @Test
    void disablingTheEndpointIs410WithTheDisableInstruction() {
        assertThat(StandardWebhooksProvider.disableEndpointReply().status()).isEqualTo(410);
        assertThat(StandardWebhooksProvider.disableEndpointReply().headers())
                .containsEntry(StandardWebhooksHeaders.DELIVERY, StandardWebhooksHeaders.DISABLE);
    }
}
