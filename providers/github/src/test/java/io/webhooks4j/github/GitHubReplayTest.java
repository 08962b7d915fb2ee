package io.webhooks4j.github;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.test.kit.DocumentedOutcomes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #15.2: GitHub signs the body only; {@code X-GitHub-Delivery} and {@code X-GitHub-Hook-ID} are unsigned. A
 * captured delivery re-sent under a fresh id (or none) must not run its handlers again: the compatibility kit's
 * {@code aRedeliveryWithChangedUnsignedHeadersIsADuplicate} checks fresh and missing id headers, and the
 * same body signed with two keys of the keyring (two senders, each its own secret); these tests the rest.
 */
class GitHubReplayTest {
    private final List<String> pushes = new ArrayList<>();

    private Webhooks webhooks(GitHubProvider provider) {
        return Webhooks.builder()
                .provider(provider)
                .on(GitHubEvents.PUSH, e -> pushes.add(e.payload().after()))
                .build();
    }

    private static WebhookResponse handle(Webhooks webhooks, WebhookRequest request) {
        WebhookResponse response = webhooks.handle("github", request);
        DocumentedOutcomes.assertDocumented(response, Fixtures.SECRET, Fixtures.OTHER_SECRET);
        return response;
    }

    @Test
    void twoDifferentLegitimateDeliveriesBothRun() {
        Webhooks webhooks = webhooks(GitHubProvider.create(Fixtures.SECRET));
        String second =
                Fixtures.body("push").utf8().replace("8f3c2a91d04be7751c6a0e9b3d2f41c7a55e9b10", "1".repeat(40));
        assertThat(second).isNotEqualTo(Fixtures.body("push").utf8());
        handle(webhooks, Fixtures.signed("push"));
        WebhookRequest other = GitHubSigner.create(Fixtures.SECRET)
                .sign(Fixtures.unsigned("push", io.webhooks4j.RawBody.ofUtf8(second)).toBuilder()
                        .setHeader(GitHubHeaders.DELIVERY, "7a0d9e61-cb9e-11f0-8a1d-2b7e4c9f0d32")
                        .build());
        assertThat(handle(webhooks, other).outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
        assertThat(pushes).hasSize(2);
    }

    @Test
    void twoHooksWithTheSameSecretCountAsOneDelivery() {
        // documented: the hook id is unsigned, so it cannot tell two hooks sharing a secret apart
        Webhooks webhooks = webhooks(GitHubProvider.create(Fixtures.SECRET));
        handle(webhooks, Fixtures.signed("push"));
        WebhookRequest otherHook = Fixtures.signed("push").toBuilder()
                .setHeader(GitHubHeaders.HOOK_ID, "511820777")
                .build();
        assertThat(handle(webhooks, otherHook).outcome()).isEqualTo(DeliveryOutcome.Kind.DUPLICATE);
        assertThat(pushes).hasSize(1);
    }

    @Test
    void theKeyComesFromSignedContentAndTheEventHeader() {
        GitHubProvider provider = GitHubProvider.create(Fixtures.SECRET);
        WebhookRequest push = Fixtures.signed("push");
        GitHubEvent<?> event = provider.parse(push, provider.verify(push));
        String key = provider.deduplicationKey(event, push, provider.verify(push));
        assertThat(key).startsWith("sc1:").hasSize(68);
        WebhookRequest fresh = push.toBuilder()
                .setHeader(GitHubHeaders.DELIVERY, "another")
                .removeHeader(GitHubHeaders.HOOK_ID)
                .build();
        assertThat(provider.deduplicationKey(
                        provider.parse(fresh, provider.verify(fresh)), fresh, provider.verify(fresh)))
                .isEqualTo(key);
        WebhookRequest asCreate =
                push.toBuilder().setHeader(GitHubHeaders.EVENT, "create").build();
        assertThat(provider.deduplicationKey(
                        provider.parse(asCreate, provider.verify(asCreate)), asCreate, provider.verify(asCreate)))
                .isNotEqualTo(key);
        // the provider's own id stays what users and observers see
        assertThat(event.deliveryId()).isEqualTo(Fixtures.GUID + ":" + Fixtures.HOOK_ID);
    }
}
