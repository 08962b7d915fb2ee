package io.webhooks4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.WebhookResponse;
import java.util.Set;

/**
 * Checks that a response is one the pipeline documents, for property-based tests that throw random input at
 * a provider: only the documented statuses, never a 500 for anything a sender can send, and no secret in the
 * body.
 */
public final class DocumentedOutcomes {
    /** Statuses a delivery can get without a handler failing. */
    public static final Set<Integer> STATUSES = Set.of(200, 400, 401, 404, 405, 408, 413, 503);

    private DocumentedOutcomes() {}

    /** Asserts {@code response} is documented and its body holds none of {@code secrets}. */
    public static void assertDocumented(WebhookResponse response, String... secrets) {
        assertThat(response.status()).as("status of %s", response).isIn(STATUSES);
        assertThat(response.outcome()).isNotEqualTo(DeliveryOutcome.Kind.FAILED);
        String body = response.bodyAsString();
        for (String secret : secrets) {
            assertThat(body).doesNotContain(secret);
        }
    }
}
