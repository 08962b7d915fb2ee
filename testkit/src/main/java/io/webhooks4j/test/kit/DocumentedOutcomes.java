package io.webhooks4j.test.kit;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.WebhookResponse;
import java.util.Set;

/**
 * Checks that a response is one the pipeline documents, for tests that throw random or hostile input at a
 * provider: only the documented statuses, never a 500 for anything a sender can send, and no secret in the
 * body.
 */
public final class DocumentedOutcomes {
    /** Statuses a delivery can get without a handler failing. */
    public static final Set<Integer> STATUSES = Set.of(200, 400, 401, 404, 405, 408, 413, 503);

    /** Statuses a correctly signed delivery can get: handled, authentic but unreadable, too large. */
    public static final Set<Integer> SIGNED_STATUSES = Set.of(200, 400, 413);

    private DocumentedOutcomes() {}

    /** Asserts {@code response} is documented and its body holds none of {@code secrets}. */
    public static void assertDocumented(WebhookResponse response, String... secrets) {
        assertThat(response.status()).as("status of %s", response).isIn(STATUSES);
        assertThat(response.outcome()).as("outcome of %s", response).isNotEqualTo(DeliveryOutcome.Kind.FAILED);
        String body = response.bodyAsString();
        for (String secret : secrets) {
            assertThat(body).as("response body").doesNotContain(secret);
        }
    }
}
