package io.webhooks4j.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.WebhookVerificationException;
import io.webhooks4j.Webhooks;
import io.webhooks4j.spi.Diagnosis;
import io.webhooks4j.test.Fixture;
import io.webhooks4j.test.TestDeliveries;
import io.webhooks4j.test.kit.WebhookProviderCompatibilityKit;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The provider compatibility kit, for Stripe, and what only Stripe answers. */
class StripeCompatibilityTest extends WebhookProviderCompatibilityKit {
    private static final String HEX = "5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd";

    /** Values of the signature header that are present but cannot be read. */
    static final List<String> MALFORMED = List.of(
            "i'm not even a real signature header",
            "v1=" + HEX,
            "t=1795780800",
            "t=1795780800,v0=" + HEX,
            "t=1795780800,v2=" + HEX,
            "t=not_a_number,v1=" + HEX,
            "t=,v1=" + HEX,
            "t=-1795780800,v1=" + HEX,
            "t=+1795780800,v1=" + HEX,
            "t=99999999999999999999999,v1=" + HEX,
            "t=1795780800,t=1795780801,v1=" + HEX);

    StripeCompatibilityTest() {
        super(new StripeProviderFactory(), Fixtures.SECRET, Fixtures.OTHER_SECRET, StripeHeaders.SIGNATURE, MALFORMED);
    }

    /** A pretty-printed fixture with emoji and non-ASCII text. */
    @Override
    protected Fixture sampleFixture() {
        return io.webhooks4j.test.Fixtures.get("stripe", "payment_intent.succeeded");
    }

    /** Stripe signs the body (with the event id in it) and a timestamp; nothing else it sends is signed. */
    @Override
    protected List<String> unsignedHeaders() {
        return List.of("User-Agent", "Idempotency-Key", "X-Request-Id");
    }

    @Override
    protected Set<String> templateExtras() {
        return Set.of("StripeThinEvent");
    }

    /** Envelope and payload fields the records read. */
    @Override
    protected List<String> hostileFieldNames() {
        return List.of(
                "created",
                "pending_webhooks",
                "livemode",
                "api_version",
                "account",
                "request",
                "object",
                "id",
                "amount",
                "amount_paid",
                "amount_due",
                "amount_total",
                "unit_amount",
                "unit_amount_decimal",
                "quantity",
                "period_start",
                "period_end",
                "current_period_end",
                "expires_at",
                "arrival_date",
                "due_by",
                "status",
                "mode",
                "payment_status",
                "type",
                "interval",
                "locale",
                "customer",
                "customer_creation",
                "payment_method_types",
                "total_details",
                "collected_information",
                "auto_advance",
                "account_name",
                "metadata",
                "lines",
                "items",
                "recurring",
                "pricing",
                "status_transitions",
                "refunds",
                "exp_month",
                "related_object",
                "previous_attributes");
    }

    private WebhookResponse handle(String body) {
        WebhookResponse response = Webhooks.builder()
                .provider(provider())
                .onAny(e -> {})
                .build()
                .handle("stripe", provider().sign(unsignedRequest(RawBody.ofUtf8(body))));
        assertThat(response.bodyAsString()).doesNotContain(Fixtures.SECRET);
        return response;
    }

    @Test
    void createdBeyondTheRangeOfATimeIsA400NotA500() {
        for (String created : List.of(
                "-9223372036854775808", "9223372036854775807", "-100000000000001", "\"+1000000000-01-01T00:00:00Z\"")) {
            WebhookResponse response = handle("{\"id\":\"evt_m\",\"object\":\"event\",\"type\":\"invoice.paid\","
                    + "\"created\":" + created + ",\"data\":{\"object\":{\"id\":\"in_1\"}}}");
            assertThat(response.status()).as(created).isEqualTo(400);
        }
    }

    @Test
    void payloadTimesAndAmountsBeyondTheirRangeAre400() {
        for (String field : List.of(
                "\"created\":-9223372036854775808",
                "\"period_end\":9223372036854775807",
                "\"amount_paid\":9223372036854775808",
                "\"amount_paid\":1e999999999")) {
            WebhookResponse response = handle("{\"id\":\"evt_p\",\"object\":\"event\",\"type\":\"invoice.paid\","
                    + "\"data\":{\"object\":{\"id\":\"in_1\"," + field + "}}}");
            assertThat(response.status()).as(field).isEqualTo(400);
            assertThat(response.outcome()).isEqualTo(DeliveryOutcome.Kind.REJECTED);
        }
    }

    @Test
    void hugeDecimalExponentsNeverReachAHandler() {
        for (String value : List.of("1e999999999", "\"1e999999999\"", "-1E-999999999", "\"1e1001\"")) {
            WebhookResponse response = handle("{\"id\":\"evt_d\",\"object\":\"event\",\"type\":\"price.updated\","
                    + "\"data\":{\"object\":{\"id\":\"price_1\",\"unit_amount_decimal\":" + value + "}}}");
            assertThat(response.status()).as(value).isEqualTo(400);
        }
    }

    @Test
    void aForgedDeliverysDiagnosisDescribesTheSignedContent() throws Exception {
        WebhookRequest forged = signed(List.of(otherSecret()), clockAt(NOW), RawBody.ofUtf8("{\"id\":\"evt_f\"}"));
        WebhookVerificationException e = catchThrowableOfType(
                WebhookVerificationException.class, () -> provider(List.of(secret(), otherSecret() + "x"), clockAt(NOW))
                        .verify(forged));
        assertThat(diagnosisBuilt(e)).isFalse();
        Diagnosis diagnosis = e.diagnosis();
        assertThat(diagnosis.keysTried()).containsExactly("key-1", "key-2");
        assertThat(diagnosis.clockSkew()).contains(Duration.ZERO);
        String t = String.valueOf(NOW.getEpochSecond());
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update((t + ".").getBytes(StandardCharsets.US_ASCII));
        sha256.update(forged.body().toByteArray());
        assertThat(diagnosis.signedContents()).singleElement().satisfies(content -> {
            assertThat(content.description()).isEqualTo("t.body");
            assertThat(content.length())
                    .isEqualTo(t.length() + 1 + forged.body().length());
            assertThat(content.sha256Hex()).isEqualTo(HexFormat.of().formatHex(sha256.digest()));
        });
    }

    @Test
    void anOldTimestampsDiagnosisExplainsTheAge() {
        WebhookRequest old = signed(List.of(secret()), clockAt(NOW.minusSeconds(3600)), RawBody.ofUtf8("{}"));
        WebhookVerificationException e =
                catchThrowableOfType(WebhookVerificationException.class, () -> verify(List.of(secret()), old));
        assertThat(e.reason()).isEqualTo(Reason.TIMESTAMP_TOO_OLD);
        assertThat(e.diagnosis().clockSkew()).contains(Duration.ofSeconds(3600));
        assertThat(e.diagnosis().likelyCauses()).anySatisfy(c -> assertThat(c).contains("3600 s old"));
    }

    /** The test kit's stale-signature override, against Stripe's real tolerance. */
    @Test
    void aStaleTestDeliveryIsRejected() {
        WebhookRequest old = TestDeliveries.provider("stripe")
                .secrets(Fixtures.SECRET)
                .fixture("invoice.paid")
                .signedAt(Instant.now().minusSeconds(3600))
                .build();
        assertThat(Webhooks.builder()
                        .provider(StripeProvider.create(Fixtures.SECRET))
                        .build()
                        .handle("stripe", old)
                        .status())
                .isEqualTo(401);
    }
}
