package io.webhooks4j.pagerduty;

import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.Webhooks;
import io.webhooks4j.testkit.DocumentedOutcomes;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random bodies and headers never get an undocumented answer, a 500 or a secret back. */
class PagerDutyPropertyTest {
    private static final Webhooks WEBHOOKS = Webhooks.builder()
            .provider(PagerDutyProvider.create(Fixtures.SECRET))
            .on(PagerDutyEvents.INCIDENT_TRIGGERED, e -> e.data().title())
            .on(PagerDutyEvents.ANY, e -> e.data())
            .build();
    private static final PagerDutySigner SIGNER = PagerDutySigner.create(Fixtures.SECRET);

    @Property(tries = 300)
    void randomDeliveriesGetDocumentedOutcomes(
            @ForAll("bodies") String body, @ForAll("signatures") String signature, @ForAll boolean signIt) {
        WebhookRequest request = Fixtures.unsigned(RawBody.ofUtf8(body), "wh-prop");
        if (signIt) {
            // an authentic delivery: exercises the parser with whatever the body holds
            request = SIGNER.sign(request);
        } else if (!signature.isEmpty()) {
            request = request.toBuilder()
                    .setHeader("X-PagerDuty-Signature", signature)
                    .build();
        }
        DocumentedOutcomes.assertDocumented(WEBHOOKS.handle("pagerduty", request), Fixtures.SECRET);
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> eventType = Arbitraries.oneOf(
                Arbitraries.of(PagerDutyEvents.all()).map(t -> t.name()),
                Arbitraries.strings().ofMaxLength(12));
        Arbitrary<String> json = Arbitraries.oneOf(
                Arbitraries.of(
                        "{}",
                        "null",
                        "[]",
                        "1",
                        "\"x\"",
                        "{\"id\":\"P1\"}",
                        "{\"type\":\"incident\",\"number\":\"x\"}",
                        "{\"status\":5,\"assignees\":{}}",
                        "{\"assignees\":[null,1,\"a\"]}",
                        "{\"resolve_reason\":\"manual\"}",
                        "{\"conference_numbers\":\"+1\"}",
                        "{\"custom_fields\":[{\"value\":{\"a\":[1]}}]}",
                        "{\"teams\":[{\"id\":[]}]}"),
                Arbitraries.strings()
                        .ofMaxLength(20)
                        .map(s -> "\"" + s.replace("\\", "").replace("\"", "") + "\""));
        Arbitrary<String> envelope = Combinators.combine(eventType, json, json)
                .as((type, data, agent) -> "{\"event\":{\"id\":\"01X\",\"event_type\":\""
                        + type.replace("\\", "").replace("\"", "")
                        + "\",\"occurred_at\":\"2026-11-27T12:00:00Z\",\"agent\":" + agent + ",\"data\":" + data
                        + "}}");
        return Arbitraries.oneOf(
                envelope,
                Arbitraries.of("", "{", "{\"event\":[]}", "{\"event\":{}}", "\uFEFF{\"event\":{}}", Fixtures.GO_BODY),
                Arbitraries.strings().ofMaxLength(64));
    }

    @Provide
    Arbitrary<String> signatures() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "",
                        "v1=",
                        ",",
                        ",,,",
                        "v2=abc",
                        Fixtures.GO_SIGNATURE,
                        Fixtures.GO_SIGNATURE + ", " + Fixtures.GO_SIGNATURE,
                        "v1=" + "g".repeat(64)),
                Arbitraries.strings().ofMaxLength(80),
                Arbitraries.strings().withChars("v1=0123456789abcdefABCDEF, ").ofMaxLength(140));
    }
}
