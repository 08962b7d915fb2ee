package io.webhooks4j.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookVerificationException;
import io.webhooks4j.pagerduty.event.Incident;
import io.webhooks4j.pagerduty.event.IncidentStatus;
import org.junit.jupiter.api.Test;

/**
 * PagerDuty's own go-pagerduty vector (webhookv3/webhookv3_test.go, TestVerifySignature; see {@link Fixtures#GO_BODY}):
 * its four cases, and the signer reproducing its signature.
 */
class PagerDutyGoldenVectorTest {
    private final PagerDutyWebhookVerifier verifier = PagerDutyWebhookVerifier.create(Fixtures.GO_SECRET);

    @Test
    void acceptsGoPagerDutyValidCase() {
        assertThat(verifier.verify(Fixtures.goVector(Fixtures.GO_SIGNATURE)).keyId())
                .isEqualTo("key-1");
    }

    @Test
    void signerReproducesGoPagerDutySignature() {
        assertThat(PagerDutySigner.create(Fixtures.GO_SECRET).signatureHeader(RawBody.ofUtf8(Fixtures.GO_BODY)))
                .isEqualTo(Fixtures.GO_SIGNATURE);
    }

    @Test
    void rejectsGoPagerDutyMismatchCase() {
        // go-pagerduty: ErrNoValidSignatures
        assertRejected(Fixtures.goVector(Fixtures.GO_MISMATCH), Reason.NO_MATCHING_SIGNATURE);
    }

    @Test
    void rejectsGoPagerDutyMissingHeaderCase() {
        // go-pagerduty: ErrMalformedHeader (it recommends 400; we answer 401 like every missing signature)
        assertRejected(Fixtures.goVector(null), Reason.MISSING_HEADER);
    }

    @Test
    void rejectsGoPagerDutyEmptyBodyCase() {
        // go-pagerduty: ErrMalformedBody
        WebhookRequest empty = Fixtures.goVector(Fixtures.GO_SIGNATURE).toBuilder()
                .body(RawBody.empty())
                .build();
        assertRejected(empty, Reason.EMPTY_BODY);
    }

    @Test
    void readsTheGoldenBodyWithItsNumericConferenceNumber() {
        WebhookRequest request = Fixtures.goVector(Fixtures.GO_SIGNATURE);
        PagerDutyProvider provider = PagerDutyProvider.create(Fixtures.GO_SECRET);
        PagerDutyEvent<?> event = provider.parse(request, provider.verify(request));

        assertThat(event.type()).isEqualTo("incident.priority_updated");
        assertThat(event.data()).isInstanceOfSatisfying(Incident.class, incident -> {
            assertThat(incident.status()).isEqualTo(IncidentStatus.TRIGGERED);
            assertThat(incident.priority().summary()).isEqualTo("P1");
            assertThat(incident.conferenceBridge().conferenceNumber()).isEqualTo("1000");
            assertThat(incident.resolveReason()).isNull();
        });
        assertThat(event.client()).isNull();
    }

    private void assertRejected(WebhookRequest request, Reason reason) {
        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> verifier.verify(request))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(reason))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(Fixtures.GO_SECRET));
    }
}
