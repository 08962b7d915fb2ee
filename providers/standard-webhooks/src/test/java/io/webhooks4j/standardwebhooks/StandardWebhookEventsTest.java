package io.webhooks4j.standardwebhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.webhooks4j.EventType;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import io.webhooks4j.standardwebhooks.event.AnthropicResource;
import io.webhooks4j.standardwebhooks.event.OpenAiIncomingCall;
import io.webhooks4j.standardwebhooks.event.OpenAiResource;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Parsing the envelopes of the specification, OpenAI, Anthropic and Clerk, and declaring event types. */
class StandardWebhookEventsTest {
    record Contact(String id, String fullName) {}

    private static StandardWebhookEvent<?> parse(StandardWebhooksProvider provider, RawBody body) {
        WebhookRequest request = provider.sign(Fixtures.unsigned(body));
        return provider.parse(request, provider.verify(request));
    }

    @Test
    void parsesOpenAisThinEvent() {
        StandardWebhookEvent<?> event = parse(
                Fixtures.providerWithId("openai", Fixtures.SECRET), Fixtures.body("openai.response.completed.json"));
        assertThat(event.provider()).isEqualTo("openai");
        assertThat(event.type()).isEqualTo("response.completed");
        assertThat(event.messageId()).isEqualTo(Fixtures.MESSAGE_ID);
        assertThat(event.deliveryId()).isEqualTo(Fixtures.MESSAGE_ID);
        assertThat(event.eventId()).isEqualTo("evt_685343a1381c819085d44c354e1b330e");
        assertThat(event.timestamp()).isEqualTo(Instant.ofEpochSecond(1750287018));
        assertThat(event.signedAt()).isEqualTo(Fixtures.NOW);
        assertThat(event.data()).isEqualTo(new OpenAiResource("resp_abc123"));
    }

    @Test
    void parsesOpenAisIncomingCall() {
        StandardWebhookEvent<?> event = parse(
                Fixtures.providerWithId("openai", Fixtures.SECRET),
                Fixtures.body("openai.realtime.call.incoming.json"));
        OpenAiIncomingCall call = (OpenAiIncomingCall) event.data();
        assertThat(call.callId()).isEqualTo("rtc_479a275623b54bdb9b6fbae2f7cbd408");
        assertThat(call.sipHeaders()).hasSize(4);
        assertThat(call.sipHeaders().get(1).value()).contains("Jane Doe");
        assertThat(call.sipMediaSecurity()).isNull();
    }

    @Test
    void parsesAnthropicsEnvelopeWithTheTypeInData() {
        StandardWebhookEvent<?> event = parse(
                Fixtures.providerWithId("anthropic", Fixtures.SIGNING_KEY),
                Fixtures.body("anthropic.session.status_idled.json"));
        assertThat(event.type()).isEqualTo("session.status_idled");
        assertThat(event.eventId()).isEqualTo("wevt_01HYZ8B3R6J0F8C2Y0QK5TQW9M");
        assertThat(event.timestamp()).isEqualTo(Instant.parse("2026-05-06T16:10:03.512Z"));
        AnthropicResource session = (AnthropicResource) event.data();
        assertThat(session.id()).isEqualTo("sesn_01HYZ8A9X2Q7M4V0T3K6P1N8WD");
        assertThat(session.workspaceId()).startsWith("wrkspc_");
        assertThat(session.vaultId()).isNull();
    }

    @Test
    void parsesTheSpecificationsExampleWithAKeyOfYourOwn() {
        EventType<StandardWebhookEvent<Contact>> created =
                StandardWebhookEvents.of("address-book", "contact.created", Contact.class);
        assertThat(created.provider()).isEqualTo("address-book");
        assertThat(created.payloadType()).isEqualTo(Contact.class);
        StandardWebhookEvent<?> event = parse(
                Fixtures.providerWithId("address-book", Fixtures.SECRET), Fixtures.body("spec.contact.created.json"));
        assertThat(event.data()).isEqualTo(new Contact("1f81eb52-5198-4599-803e-771906343485", "John Smith"));
        assertThat(event.timestamp()).isEqualTo(Instant.parse("2022-11-03T20:26:10.344522Z"));
        assertThat(event.eventId()).isNull();
        // the same type under the default id was declared by nobody: a tree
        StandardWebhookEvent<?> untyped =
                parse(Fixtures.provider(Fixtures.SECRET), Fixtures.body("spec.contact.created.json"));
        assertThat(untyped.data()).isInstanceOf(JsonNode.class);
        assertThat(untyped.payloadAs(Contact.class).fullName()).isEqualTo("John Smith");
    }

    @Test
    void readsMillisecondTimestampsAndKeepsTheRawBody() {
        StandardWebhookEvent<?> event =
                parse(Fixtures.providerWithId("clerk-ms", Fixtures.SECRET), Fixtures.body("clerk.user.created.json"));
        assertThat(event.timestamp()).isEqualTo(Instant.ofEpochMilli(1654012591835L));
        assertThat(event.raw()
                        .path("event_attributes")
                        .path("http_request")
                        .path("client_ip")
                        .asString())
                .isEqualTo("0.0.0.0");
        assertThat(event.dataNode().path("last_name").asString()).isEqualTo("Ødegård");
    }

    @Test
    void squashedDataIsTheWholeBody() {
        StandardWebhookEvent<?> event = parse(
                Fixtures.provider(Fixtures.SECRET), RawBody.ofUtf8("{\"type\":\"invoice.paid\",\"id\":\"in_1\"}"));
        assertThat(((JsonNode) event.data()).path("id").asString()).isEqualTo("in_1");
        assertThat(event.timestamp()).isNull();
    }

    @Test
    void unreadableTimestampsAreAbsentNotErrors() {
        for (String timestamp : new String[] {
            "\"yesterday\"",
            "1.5",
            "true",
            "-9223372036854775808",
            "9223372036854775807",
            "\"" + "9".repeat(80) + "\"",
            "\"+999999999-12-31T23:59:59Z\""
        }) {
            StandardWebhookEvent<?> event = parse(
                    Fixtures.provider(Fixtures.SECRET),
                    RawBody.ofUtf8("{\"type\":\"a.b\",\"timestamp\":" + timestamp + ",\"data\":{}}"));
            assertThat(event.timestamp()).as(timestamp).isNull(); // beyond +/-10^14 s, or not a time
        }
    }

    @Test
    void dataThatDoesNotFitTheDeclaredRecordIs400() {
        StandardWebhooksProvider openAi = Fixtures.providerWithId("openai", Fixtures.SECRET);
        for (String data : new String[] {"\"resp_1\"", "[]", "{\"id\":{\"nested\":1}}"}) {
            WebhookRequest request =
                    openAi.sign(Fixtures.unsigned("{\"type\":\"response.completed\",\"data\":" + data + "}"));
            assertThatExceptionOfType(WebhookParseException.class)
                    .as(data)
                    .isThrownBy(() -> openAi.parse(request, openAi.verify(request)))
                    .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_BODY));
        }
    }

    @Test
    void rendersAsJsonWithTheDataAsSent() {
        StandardWebhookEvent<?> event = parse(
                Fixtures.providerWithId("openai", Fixtures.SECRET),
                RawBody.ofUtf8("{\"type\":\"response.completed\",\"created_at\":1750287018,"
                        + "\"data\":{\"id\":\"resp_1\",\"extra\":12.50}}"));
        JsonNode json = WebhookJson.readTree(WebhookJson.write(event));
        assertThat(json.path("provider").asString()).isEqualTo("openai");
        assertThat(json.path("message_id").asString()).isEqualTo(Fixtures.MESSAGE_ID);
        assertThat(json.path("timestamp").asString()).isEqualTo("2025-06-18T22:50:18Z");
        assertThat(json.path("data").path("extra").decimalValue()).isEqualByComparingTo("12.50");
        assertThat(WebhookJson.write(event)).contains("12.50");
        assertThat(event.toString()).doesNotContain("resp_1");
    }

    @Test
    void aTypeHasOnePayloadPerProviderId() {
        StandardWebhookEvents.of("registry-test", "thing.done", Contact.class);
        assertThat(StandardWebhookEvents.of("registry-test", "thing.done", Contact.class))
                .isEqualTo(EventType.of("registry-test", "thing.done", Contact.class));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StandardWebhookEvents.of("registry-test", "thing.done", OpenAiResource.class))
                .withMessageContaining("already declared");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StandardWebhookEvents.of("Not An Id", "thing.done", Contact.class));
        assertThatIllegalArgumentException().isThrownBy(() -> StandardWebhookEvents.of("registry-test", "*"));
    }

    @Test
    void aCatalogueKeyMovesToAnotherProviderId() {
        EventType<StandardWebhookEvent<OpenAiResource>> eu =
                StandardWebhookEvents.forProvider("openai-eu", OpenAiEvents.BATCH_COMPLETED);
        assertThat(eu.provider()).isEqualTo("openai-eu");
        assertThat(eu.name()).isEqualTo("batch.completed");
        StandardWebhookEvent<?> event = parse(
                Fixtures.providerWithId("openai-eu", Fixtures.SECRET),
                RawBody.ofUtf8("{\"type\":\"batch.completed\",\"data\":{\"id\":\"batch_1\"}}"));
        assertThat(event.data()).isEqualTo(new OpenAiResource("batch_1"));
        assertThat(StandardWebhookEvents.any("openai-eu").isAny()).isTrue();
    }

    @Test
    void theCataloguesListTheDocumentedTypes() {
        Set<String> openAi = OpenAiEvents.all().stream().map(EventType::name).collect(Collectors.toSet());
        assertThat(openAi)
                .hasSize(18) // 17 and ANY
                .contains("*")
                .contains(
                        "response.completed",
                        "batch.completed",
                        "fine_tuning.job.succeeded",
                        "eval.run.succeeded",
                        "eval.run.canceled",
                        "realtime.call.incoming");
        assertThat(OpenAiEvents.all()).allMatch(t -> t.provider().equals("openai"));
        Set<String> anthropic =
                AnthropicEvents.all().stream().map(EventType::name).collect(Collectors.toSet());
        assertThat(anthropic)
                .hasSize(25) // 24 and ANY
                .contains("*")
                .contains("session.status_idled", "session.status_terminated", "vault_credential.refresh_failed");
        assertThat(AnthropicEvents.all())
                .filteredOn(t -> !t.isAny())
                .allMatch(t -> t.payloadType() == AnthropicResource.class);
        assertThat(OpenAiEvents.find("response.completed")).contains(OpenAiEvents.RESPONSE_COMPLETED);
        assertThat(AnthropicEvents.find("*")).contains(AnthropicEvents.ANY);
        assertThat(StandardWebhookEvents.catalogue("clerk").all())
                .first()
                .isEqualTo(StandardWebhookEvents.any("clerk"));
    }
}
