package io.webhooks4j.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.pagerduty.event.IncidentResponder;
import io.webhooks4j.pagerduty.event.ResponderState;
import io.webhooks4j.spi.ProviderBuilder;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import io.webhooks4j.test.kit.LoggedWarnings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Issues #15.8 and #16: named missing secrets, API-key-shaped secrets, JSON rendering, payloadAs, enum values. */
class PagerDutyEnvelopeTest {
    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    @RegisterExtension
    final LoggedWarnings warnings = LoggedWarnings.of(ProviderBuilder.class);

    private static PagerDutyEvent<?> parse(WebhookRequest request) {
        PagerDutyProvider provider = PagerDutyProvider.create(Fixtures.SECRET);
        return provider.parse(request, provider.verify(request));
    }

    /** The kit checks create(...) with missing and blank secrets; the list form is the builder's own. */
    @Test
    void aNullListOfSecretsIsNamedAsThePagerDutyWebhookSigningSecret() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PagerDutyProvider.builder().secrets((List<String>) null))
                .withMessageContaining("PagerDuty webhook signing secret");
    }

    @Test
    void aRestApiKeyGivenAsTheSecretIsWarnedAboutByKeyIdOnly() {
        // both REST API key kinds are 20-character strings (PagerDuty "API Access Keys"); user keys start u+
        for (String apiKey : List.of("y_NbAkKc66ryYTWUXYEu", "u+Vc9i8jGmjuczWF3GXq")) {
            warnings.clear();
            PagerDutyProvider.create(Fixtures.SECRET, apiKey);
            assertThat(warnings.messages()).as(apiKey).singleElement().satisfies(w -> assertThat(w)
                    .contains("'key-2'", "REST API key")
                    .doesNotContain(apiKey)
                    .doesNotContain(Fixtures.SECRET));
        }
        warnings.clear();
        PagerDutyProvider.create(Fixtures.SECRET, Fixtures.OTHER_SECRET, Fixtures.GO_SECRET, "short-dev-secret");
        assertThat(warnings.messages()).isEmpty();
    }

    @Test
    void theEnvelopeRendersAsJsonWithItsKeyFields() throws Exception {
        PagerDutyEvent<?> event = parse(Fixtures.signed("incident.triggered"));
        JsonNode json = PLAIN.readTree(WebhookJson.write(event));
        assertThat(json.path("provider").asString()).isEqualTo("pagerduty");
        assertThat(json.path("type").asString()).isEqualTo("incident.triggered");
        assertThat(json.path("id").asString()).isEqualTo("01JDQ8Z6R301K4M7N9P2Q5S8T");
        assertThat(json.path("resourceType").asString()).isEqualTo("incident");
        assertThat(json.path("occurredAt").asString())
                .isEqualTo(event.occurredAt().toString());
        assertThat(json.path("dataType").asString()).isEqualTo("incident");
        assertThat(json.path("deliveryId").asString()).isEqualTo("wh-incident.triggered");
        assertThat(json.path("webhookId").asString()).isEqualTo("wh-incident.triggered");
        assertThat(json.path("subscriptionId").asString()).isEqualTo(Fixtures.SUBSCRIPTION);
        assertThat(json.path("data").path("title").asString())
                .isEqualTo("Checkout latency p99 above 2s \u2014 caf\u00e9 region \uD83D\uDD25");
        assertThat(json.path("data").path("status").asString()).isEqualTo("triggered");
        assertThat(json.path("data").path("urgency").asString()).isEqualTo("high");
        assertThat(json.has("raw")).isFalse();
        if (event.agent() != null) {
            assertThat(json.path("agent").path("id").asString())
                    .isEqualTo(event.agent().id());
        }
        List<String> names = new ArrayList<>();
        names.addAll(json.propertyNames());
        assertThat(names)
                .startsWith("provider", "type", "id", "resourceType", "occurredAt")
                .endsWith("data");
    }

    @Test
    void theGoVectorRendersItsAgentAndAnUnknownTypeItsRawData() throws Exception {
        JsonNode vector = PLAIN.readTree(WebhookJson.write(parse(Fixtures.goVector(Fixtures.GO_SIGNATURE).toBuilder()
                .setHeader(
                        "X-PagerDuty-Signature",
                        PagerDutySigner.create(Fixtures.SECRET).signatureHeader(RawBody.ofUtf8(Fixtures.GO_BODY)))
                .build())));
        assertThat(vector.path("agent").path("id").asString()).isEqualTo("PLH1HKV");
        assertThat(vector.path("agent").path("summary").asString()).isEqualTo("Tenex Engineer");
        assertThat(vector.path("occurredAt").asString()).isEqualTo("2021-04-26T17:36:27.458Z");
        assertThat(vector.has("client")).isFalse();
        assertThat(vector.path("data").path("priority").path("summary").asString())
                .isEqualTo("P1");
        assertThat(vector.path("data")
                        .path("conference_bridge")
                        .path("conference_number")
                        .asString())
                .isEqualTo("1000");

        JsonNode unknown = PLAIN.readTree(WebhookJson.write(parse(Fixtures.signed(
                RawBody.ofUtf8(
                        "{\"event\":{\"event_type\":\"incident.teleported\",\"data\":{\"to\":\"Mars\",\"n\":1.50}}}"),
                "wh-u"))));
        assertThat(unknown.path("type").asString()).isEqualTo("incident.teleported");
        assertThat(unknown.path("data").path("to").asString()).isEqualTo("Mars");
        assertThat(unknown.path("data").path("n").decimalValue()).isEqualByComparingTo("1.50");
    }

    record MyResponder(String message, String state) {}

    @Test
    void payloadAsBindsTheDataToTheCallersType() {
        PagerDutyEvent<?> event = parse(Fixtures.signed("incident.responder.replied"));
        MyResponder mine = event.payloadAs(MyResponder.class);
        assertThat(mine.message()).isEqualTo("Need a DBA, the primary is saturated");
        assertThat(mine.state()).isEqualTo("joined");
        assertThatThrownBy(() -> event.payloadAs(Integer.class)).isInstanceOf(WebhookParseException.class);
    }

    @Test
    void anAcceptedResponderReadsAccepted() {
        String body = Fixtures.body("incident.responder.replied").utf8().replace("\"joined\"", "\"accepted\"");
        PagerDutyEvent<?> event = parse(Fixtures.signed(RawBody.ofUtf8(body), "wh-accepted"));
        assertThat(((IncidentResponder) event.data()).state()).isEqualTo(ResponderState.ACCEPTED);
        String future = body.replace("\"accepted\"", "\"escalated_to_mars\"");
        assertThat(((IncidentResponder) parse(Fixtures.signed(RawBody.ofUtf8(future), "wh-f"))
                                .data())
                        .state())
                .isEqualTo(ResponderState.UNKNOWN);
    }

    @Test
    void anOccurredAtBeyondWhatATimeHoldsIsA400NotA500() {
        Webhooks webhooks = Webhooks.builder()
                .provider(PagerDutyProvider.create(Fixtures.SECRET))
                .on(PagerDutyEvents.ANY, e -> {})
                .build();
        for (String value : List.of("99999999999999999", "-99999999999999999", "\"+1000000001-01-01T00:00:00Z\"")) {
            String body = Fixtures.body("incident.triggered")
                    .utf8()
                    .replaceFirst("\"occurred_at\": \"[^\"]*\"", "\"occurred_at\": " + value);
            assertThat(body).contains("\"occurred_at\": " + value);
            WebhookResponse response = webhooks.handle("pagerduty", Fixtures.signed(RawBody.ofUtf8(body), "wh-t"));
            assertThat(response.status()).as(value).isEqualTo(400);
            assertThat(response.reason()).contains(Reason.MALFORMED_BODY);
        }
    }
}
