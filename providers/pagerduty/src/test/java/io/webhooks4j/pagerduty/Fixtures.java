package io.webhooks4j.pagerduty;

import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.test.TestResources;

/** Our own fixtures (src/test/resources/io/webhooks4j/pagerduty/<event type>.json) and the go-pagerduty vector. */
final class Fixtures {
    static final String URL = "https://hooks.example.com/webhooks/pagerduty";
    static final String SECRET = "Xk3p9Qv7Lm2Rt8Wz4Yb6Nc1Hd5Jf0Gs+Ua/Ve3Ti9Oq2Pr7Sw4Xy8Zb1Ac6Dg0E";
    static final String OTHER_SECRET = "Fh2Jk8Lm4Np0Qr6St3Uv9Wx1Yz5Ab7Cd+Ef/Gh2Ij8Kl4Mn0Op6Qr3St9Uv1Wx5";
    static final String SUBSCRIPTION = "PSUB7NW";

    /**
     * go-pagerduty's golden vector, copied as facts from PagerDuty/go-pagerduty webhookv3/webhookv3_test.go
     * (TestVerifySignature: {@code secret} and {@code defaultBody}, case "valid"); the same vector is in PagerDuty's
     * developer docs (docs/webhooks/04-Signatures.md points to it). The signature covers exactly these bytes.
     */
    static final String GO_SECRET = "lDQHScfUeXUKaQRNF+8XIiDKZ7XX3itBAYzwU0TARw8lJqRnkKl2iB1anSb0Z+IK";

    static final String GO_SIGNATURE = "v1=0c0b9495b893a39e70d1fea2fe11fbe0a825f88b9f67846f6cc07dd2bc5476cd";
    /** go-pagerduty's "mismatch" case: a well-formed signature that does not match. */
    static final String GO_MISMATCH = "v1=7020c8a7ec668a9b7012bc3dd82e483394b038f4230acc6785efbf2a7d8bcaf5";

    static final String GO_BODY =
            "{\"event\":{\"id\":\"01BWDWL3NYY7LUFPZCC28QUCMK\",\"event_type\":\"incident.priority_updated\","
                    + "\"resource_type\":\"incident\",\"occurred_at\":\"2021-04-26T17:36:27.458Z\",\"agent\":{\"html_url\":"
                    + "\"https://acme.pagerduty.com/users/PLH1HKV\",\"id\":\"PLH1HKV\",\"self\":\"https://api.pagerduty.com/users/"
                    + "PLH1HKV\",\"summary\":\"Tenex Engineer\",\"type\":\"user_reference\"},\"client\":null,\"data\":{\"id\":"
                    + "\"PGR0VU2\",\"type\":\"incident\",\"self\":\"https://api.pagerduty.com/incidents/PGR0VU2\",\"html_url\":"
                    + "\"https://acme.pagerduty.com/incidents/PGR0VU2\",\"number\":2,\"status\":\"triggered\",\"title\":"
                    + "\"A little bump in the road\",\"service\":{\"html_url\":\"https://acme.pagerduty.com/services/PF9KMXH\","
                    + "\"id\":\"PF9KMXH\",\"self\":\"https://api.pagerduty.com/services/PF9KMXH\",\"summary\":\"API Service\","
                    + "\"type\":\"service_reference\"},\"assignees\":[{\"html_url\":\"https://acme.pagerduty.com/users/PTUXL6G\","
                    + "\"id\":\"PTUXL6G\",\"self\":\"https://api.pagerduty.com/users/PTUXL6G\",\"summary\":\"User 123\",\"type\":"
                    + "\"user_reference\"}],\"escalation_policy\":{\"html_url\":\"https://acme.pagerduty.com/escalation_policies/"
                    + "PUS0KTE\",\"id\":\"PUS0KTE\",\"self\":\"https://api.pagerduty.com/escalation_policies/PUS0KTE\",\"summary\":"
                    + "\"Default\",\"type\":\"escalation_policy_reference\"},\"teams\":[{\"html_url\":\"https://acme.pagerduty.com/"
                    + "teams/PFCVPS0\",\"id\":\"PFCVPS0\",\"self\":\"https://api.pagerduty.com/teams/PFCVPS0\",\"summary\":"
                    + "\"Engineering\",\"type\":\"team_reference\"}],\"priority\":{\"html_url\":\"https://acme.pagerduty.com/account/"
                    + "incident_priorities\",\"id\":\"PSO75BM\",\"self\":\"https://api.pagerduty.com/priorities/PSO75BM\",\"summary\":"
                    + "\"P1\",\"type\":\"priority_reference\"},\"urgency\":\"high\",\"conference_bridge\":{\"conference_number\":1000,"
                    + "\"conference_url\":\"https://example.com\"},\"resolve_reason\":null}}}";

    private Fixtures() {}

    /** The exact bytes of fixture {@code eventType}.json. */
    static RawBody body(String eventType) {
        return TestResources.rawBody(Fixtures.class, "/io/webhooks4j/pagerduty/" + eventType + ".json");
    }

    /** A delivery as PagerDuty sends it, without the signature. */
    static WebhookRequest unsigned(RawBody body, String webhookId) {
        return WebhookRequest.builder()
                .url(URL)
                .header("Content-Type", "application/json")
                .header("User-Agent", "PagerDuty-Webhook/V3.0")
                .header("X-Webhook-Id", webhookId)
                .header("X-Webhook-Subscription", SUBSCRIPTION)
                .body(body)
                .build();
    }

    /** Fixture {@code eventType} signed with {@link #SECRET}. */
    static WebhookRequest signed(String eventType) {
        return signed(body(eventType), "wh-" + eventType);
    }

    static WebhookRequest signed(RawBody body, String webhookId) {
        return PagerDutySigner.create(SECRET).sign(unsigned(body, webhookId));
    }

    /** The go-pagerduty vector as a delivery carrying {@code signatureHeader}. */
    static WebhookRequest goVector(String signatureHeader) {
        WebhookRequest.Builder builder =
                unsigned(RawBody.ofUtf8(GO_BODY), "3f2b5e9c-6f1e-4d7a-8a77-2a8c1b7c9e10").toBuilder();
        if (signatureHeader != null) {
            builder.setHeader("X-PagerDuty-Signature", signatureHeader);
        }
        return builder.build();
    }
}
