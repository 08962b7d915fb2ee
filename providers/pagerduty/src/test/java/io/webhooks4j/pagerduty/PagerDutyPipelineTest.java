package io.webhooks4j.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.pagerduty.event.Incident;
import io.webhooks4j.pagerduty.event.IncidentStatus;
import io.webhooks4j.pagerduty.event.Urgency;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Deliveries through the whole pipeline ({@link Webhooks#handle}), including the "bad input" list. */
class PagerDutyPipelineTest {
    private final List<String> titles = new ArrayList<>();
    private final List<String> anyTypes = new ArrayList<>();
    private final List<Object> anyData = new ArrayList<>();

    private final Webhooks webhooks = Webhooks.builder()
            .provider(PagerDutyProvider.create(Fixtures.SECRET))
            .on(PagerDutyEvents.INCIDENT_TRIGGERED, e -> titles.add(e.data().title()))
            .on(PagerDutyEvents.ANY, e -> {
                anyTypes.add(e.type());
                anyData.add(e.data());
            })
            .build();

    private WebhookResponse handle(WebhookRequest request) {
        return webhooks.handle("pagerduty", request);
    }

    private static WebhookRequest signedBody(String json) {
        return Fixtures.signed(RawBody.ofUtf8(json), "wh-" + Integer.toHexString(json.hashCode()));
    }

    @Test
    void runsATypedHandlerWithNoCast() {
        WebhookResponse response = handle(Fixtures.signed("incident.triggered"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
        assertThat(titles).containsExactly("Checkout latency p99 above 2s \u2014 caf\u00e9 region \uD83D\uDD25");
        assertThat(anyTypes).containsExactly("incident.triggered");
    }

    @Test
    void typedHandlersSeeTheirPayloadType() {
        List<Urgency> urgencies = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> services = new ArrayList<>();
        Webhooks typed = Webhooks.builder()
                .provider(PagerDutyProvider.create(Fixtures.SECRET))
                .on(
                        PagerDutyEvents.INCIDENT_RESOLVED,
                        e -> urgencies.add(e.data().urgency()))
                .on(PagerDutyEvents.INCIDENT_ANNOTATED, e -> notes.add(e.data().content()))
                .on(PagerDutyEvents.SERVICE_CREATED, e -> services.add(e.data().summary()))
                .build();

        for (String type : List.of("incident.resolved", "incident.annotated", "service.created")) {
            assertThat(typed.handle("pagerduty", Fixtures.signed(type)).status())
                    .isEqualTo(200);
        }
        assertThat(urgencies).containsExactly(Urgency.HIGH);
        assertThat(notes).singleElement().asString().startsWith("Rolled back");
        assertThat(services).containsExactly("Inventory Sync");
    }

    @Test
    void deduplicatesTheRetryOfADelivery() {
        WebhookRequest delivery = Fixtures.signed("incident.triggered");

        assertThat(handle(delivery).outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
        WebhookResponse retry = handle(delivery);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.outcome()).isEqualTo(DeliveryOutcome.Kind.DUPLICATE);
        assertThat(titles).hasSize(1);
        // a fresh X-Webhook-Id, none, or another subscription: see PagerDutyReplayTest
    }

    @Test
    void aDeliveryWithoutXWebhookIdIsStillDeduplicatedOnItsSignedBody() {
        WebhookRequest noId = Fixtures.signed("incident.triggered").toBuilder()
                .removeHeader("X-Webhook-Id")
                .build();
        assertThat(handle(noId).outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
        assertThat(handle(noId).outcome()).isEqualTo(DeliveryOutcome.Kind.DUPLICATE);
        assertThat(titles).hasSize(1);
    }

    @Test
    void acknowledgesEveryFixtureWithNoMatchingTypedHandler() {
        for (var type : PagerDutyEvents.all()) {
            if (type.isAny()) {
                continue;
            }
            WebhookResponse response = handle(Fixtures.signed(type.name()));
            assertThat(response.status()).as(type.name()).isEqualTo(200);
        }
        assertThat(anyTypes).hasSize(PagerDutyEvents.all().size() - 1);
    }

    @Test
    void acknowledgesAnUnknownEventTypeWithItsRawData() {
        String body =
                "{\"event\":{\"id\":\"01NEW\",\"event_type\":\"incident.sla_breached\",\"resource_type\":\"incident\","
                        + "\"occurred_at\":\"2026-11-27T12:00:00Z\",\"agent\":null,\"client\":null,"
                        + "\"data\":{\"type\":\"incident_sla\",\"breached\":true}}}";
        WebhookResponse response = handle(signedBody(body));

        assertThat(response.status()).isEqualTo(200);
        assertThat(anyTypes).containsExactly("incident.sla_breached");
        assertThat(anyData).singleElement().isInstanceOfSatisfying(JsonNode.class, data -> assertThat(
                        data.path("breached").asBoolean())
                .isTrue());
    }

    @Test
    void acknowledgesAnUnknownEventTypeWithoutData() {
        String body = "{\"event\":{\"event_type\":\"account.renamed\"}}";
        assertThat(handle(signedBody(body)).status()).isEqualTo(200);
        assertThat(anyData).singleElement().isInstanceOfSatisfying(JsonNode.class, data -> assertThat(data.isNull())
                .isTrue());
    }

    @Test
    void readsAKnownEventWithAnUnknownDataTypeAsItsDocumentedPayload() {
        // Documented outcome: 200 and the typed handler runs with the fields that match; dataType() and raw() say
        // what was sent. (go-pagerduty's webhookv3.OutboundEventData keeps data as a map plus raw JSON and never reads
        // data.type.)
        String body = "{\"event\":{\"id\":\"01X\",\"event_type\":\"incident.triggered\",\"resource_type\":\"incident\","
                + "\"occurred_at\":\"2026-11-27T12:00:00Z\",\"data\":{\"type\":\"incident_v2\",\"id\":\"Q1\","
                + "\"title\":\"Disk full\",\"status\":\"snoozed\",\"number\":\"12\"}}}";
        List<PagerDutyEvent<Incident>> seen = new ArrayList<>();
        Webhooks typed = Webhooks.builder()
                .provider(PagerDutyProvider.create(Fixtures.SECRET))
                .on(PagerDutyEvents.INCIDENT_TRIGGERED, seen::add)
                .build();

        assertThat(typed.handle("pagerduty", signedBody(body)).status()).isEqualTo(200);
        assertThat(seen).singleElement().satisfies(event -> {
            assertThat(event.dataType()).isEqualTo("incident_v2");
            assertThat(event.data().title()).isEqualTo("Disk full");
            assertThat(event.data().status()).isEqualTo(IncidentStatus.UNKNOWN);
            assertThat(event.data().number()).isEqualTo(12L);
        });
    }

    @Test
    void rejectsAHeaderWithOnlyV2With401() {
        WebhookRequest v2 = Fixtures.signed("incident.triggered");
        String header = v2.header("X-PagerDuty-Signature").orElseThrow().replace("v1=", "v2=");
        assertRejected(v2.toBuilder().setHeader("X-PagerDuty-Signature", header).build(), 401, Reason.MALFORMED_HEADER);
    }

    @Test
    void rejectsSpacesAfterTheCommaWith401LikeGoPagerDuty() {
        // go-pagerduty does not trim entries, so " v1=<right>" is ignored; we do the same (PagerDuty sends no spaces)
        WebhookRequest signed = Fixtures.signed("incident.triggered");
        String right = signed.header("X-PagerDuty-Signature").orElseThrow();
        WebhookRequest spaced = signed.toBuilder()
                .setHeader("X-PagerDuty-Signature", "v1=" + "0".repeat(64) + ", " + right)
                .build();
        assertRejected(spaced, 401, Reason.NO_MATCHING_SIGNATURE);
        assertThat(titles).isEmpty();
    }

    @Test
    void acceptsUpperCaseHexLikeGoPagerDuty() {
        WebhookRequest signed = Fixtures.signed("incident.triggered");
        String upper = "v1="
                + signed.header("X-PagerDuty-Signature")
                        .orElseThrow()
                        .substring(3)
                        .toUpperCase(Locale.ROOT);
        assertThat(handle(signed.toBuilder()
                                .setHeader("X-PagerDuty-Signature", upper)
                                .build())
                        .status())
                .isEqualTo(200);
        assertThat(titles).hasSize(1);
    }

    @Test
    void acceptsTheGoPagerDutyVectorWithTwoSignatures() {
        Webhooks golden = Webhooks.builder()
                .provider(PagerDutyProvider.create(Fixtures.GO_SECRET))
                .build();
        String rotating =
                PagerDutySigner.create(Fixtures.OTHER_SECRET).signatureHeader(RawBody.ofUtf8(Fixtures.GO_BODY)) + ","
                        + Fixtures.GO_SIGNATURE;
        WebhookResponse response = golden.handle("pagerduty", Fixtures.goVector(rotating));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.outcome()).isEqualTo(DeliveryOutcome.Kind.ACKNOWLEDGED);
    }

    @Test
    void rejectsABodyWithoutEventWith400() {
        // go-pagerduty's WebhookPayload decoding accepts a missing or null event (Go leaves absent fields empty): an
        // event
        // with no type. An authentic delivery that says nothing is a 400 here (PagerDuty drops it without retrying).
        assertRejected(signedBody("{\"messages\":[{\"event\":\"incident.trigger\"}]}"), 400, Reason.MALFORMED_BODY);
        assertRejected(signedBody("{\"event\":null}"), 400, Reason.MALFORMED_BODY);
        assertRejected(signedBody("{\"event\":\"incident.triggered\"}"), 400, Reason.MALFORMED_BODY);
    }

    @Test
    void rejectsAnEventWithoutEventTypeWith400() {
        assertRejected(signedBody("{\"event\":{\"id\":\"01X\",\"data\":{}}}"), 400, Reason.MISSING_EVENT_TYPE);
        assertRejected(signedBody("{\"event\":{\"event_type\":42}}"), 400, Reason.MISSING_EVENT_TYPE);
        assertRejected(signedBody("{\"event\":{\"event_type\":\"  \"}}"), 400, Reason.MISSING_EVENT_TYPE);
    }

    @Test
    void rejectsAKnownEventWhoseDataDoesNotFitWith400() {
        assertRejected(signedBody("{\"event\":{\"event_type\":\"incident.triggered\"}}"), 400, Reason.MALFORMED_BODY);
        assertRejected(
                signedBody("{\"event\":{\"event_type\":\"incident.triggered\",\"data\":[1,2]}}"),
                400,
                Reason.MALFORMED_BODY);
        assertRejected(
                signedBody("{\"event\":{\"event_type\":\"incident.triggered\",\"data\":{\"number\":\"twelve\"}}}"),
                400,
                Reason.MALFORMED_BODY);
        assertRejected(
                signedBody(
                        "{\"event\":{\"event_type\":\"incident.triggered\",\"occurred_at\":\"yesterday\",\"data\":{}}}"),
                400,
                Reason.MALFORMED_BODY);
    }

    @Test
    void rejectsBodiesThatAreNotAJsonObjectWith400() {
        for (String body : List.of("not json", "[]", "null", "\"event\"", "{\"event\":{}} trailing", "{")) {
            assertRejected(signedBody(body), 400, Reason.MALFORMED_BODY);
        }
    }

    @Test
    void rejectsAnEmptyBodyWith400() {
        WebhookRequest empty = Fixtures.signed("incident.triggered").toBuilder()
                .body(RawBody.empty())
                .build();
        assertRejected(empty, 400, Reason.EMPTY_BODY);
    }

    @Test
    void rejectsAMissingSignatureWith401() {
        WebhookRequest unsigned = Fixtures.unsigned(Fixtures.body("incident.triggered"), "wh-1");
        assertRejected(unsigned, 401, Reason.MISSING_HEADER);
    }

    @Test
    void rejectsABodyOverTheLimitWith413() {
        Webhooks small = Webhooks.builder()
                .provider(PagerDutyProvider.builder()
                        .secrets(Fixtures.SECRET)
                        .maxBodyBytes(1024)
                        .build())
                .build();
        WebhookResponse response = small.handle("pagerduty", Fixtures.signed("incident.triggered"));
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.reason()).contains(Reason.BODY_TOO_LARGE);
    }

    @Test
    void rejectsGetWith405() {
        WebhookRequest get =
                Fixtures.signed("incident.triggered").toBuilder().method("GET").build();
        assertThat(handle(get).status()).isEqualTo(405);
    }

    @Test
    void answers500WhenAHandlerThrowsSoPagerDutyRetries() {
        Webhooks failing = Webhooks.builder()
                .provider(PagerDutyProvider.create(Fixtures.SECRET))
                .on(PagerDutyEvents.INCIDENT_TRIGGERED, e -> {
                    throw new IllegalStateException("database down");
                })
                .build();
        assertThat(failing.handle("pagerduty", Fixtures.signed("incident.triggered"))
                        .status())
                .isEqualTo(500);
    }

    private void assertRejected(WebhookRequest request, int status, Reason reason) {
        WebhookResponse response = handle(request);
        assertThat(response.status()).as("status of %s", request).isEqualTo(status);
        assertThat(response.reason()).contains(reason);
        assertThat(response.bodyAsString()).doesNotContain(Fixtures.SECRET);
    }
}
