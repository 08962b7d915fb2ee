package io.webhooks4j.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.acme.AcmeHeaders;
import io.webhooks4j.spi.WebhookProvider;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The fixture index and {@link TestDeliveries}, without any provider module (this module depends on core only):
 * deliveries are signed for the test provider Acme, found by id like any provider on the class path. Each
 * provider's own fixtures are signed, verified, parsed and handled by its compatibility test.
 */
class FixturesTest {
    static final String SECRET = "acme_fixture_secret_0123456789";

    @Test
    void everyProviderHasFixturesWithABodyAndAContentType() {
        for (String provider : List.of("stripe", "github", "twilio", "pagerduty", "shopify")) {
            assertThat(Fixtures.of(provider)).as(provider).hasSizeGreaterThanOrEqualTo(5);
        }
        Set<String> seen = new HashSet<>();
        for (Fixture fixture : Fixtures.all()) {
            assertThat(seen.add(fixture.provider() + "/" + fixture.name()))
                    .as(fixture.name())
                    .isTrue();
            assertThat(fixture.body().isEmpty()).as(fixture.name()).isFalse();
            assertThat(fixture.headers().first("Content-Type"))
                    .as(fixture.name())
                    .isPresent();
            assertThat(fixture.description()).isNotBlank();
        }
        assertThat(Fixtures.find("stripe", "invoice.paid")).isPresent();
        assertThat(Fixtures.find("github", "pull_request.opened")).isPresent();
        assertThat(Fixtures.find("twilio", "message.incoming")).isPresent();
        assertThat(Fixtures.find("pagerduty", "incident.triggered")).isPresent();
        assertThat(Fixtures.find("shopify", "orders/create")).isPresent();
    }

    @Test
    void twilioFixturesKeepTheirOldNamesAsAliases() {
        Map<String, String> renamed = Map.of(
                "incoming-message", "message.incoming",
                "incoming-whatsapp", "message.incoming.whatsapp",
                "message-status", "message.status",
                "incoming-call", "call.incoming",
                "call-status", "call.status",
                "gather-result", "call.gather",
                "recording-status", "recording.status",
                "conference-status", "unknown.conference_status");
        renamed.forEach((old, name) -> {
            assertThat(Fixtures.get("twilio", old)).as(old).isSameAs(Fixtures.get("twilio", name));
            assertThat(Fixtures.aliasesOf(Fixtures.get("twilio", name))).containsExactly(old);
        });
        assertThat(Fixtures.of("twilio")).extracting(Fixture::name).doesNotContainAnyElementsOf(renamed.keySet());
        assertThat(Fixtures.aliasesOf(Fixtures.get("stripe", "invoice.paid"))).isEmpty();
    }

    @Test
    void theDefaultContentTypeIsTheMediaTypeOfTheProvidersFixtures() {
        assertThat(TestDeliveries.defaultContentType("twilio")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(TestDeliveries.defaultContentType("stripe")).isEqualTo("application/json");
        assertThat(TestDeliveries.defaultContentType("github")).isEqualTo("application/json");
        assertThat(TestDeliveries.defaultContentType("acme")).isEqualTo("application/json");
    }

    @Test
    void headerLinesAreParsed() {
        assertThat(Fixtures.parseHeaders("A: 1\n\nB:  two : parts \n").asMap())
                .containsEntry("A", List.of("1"))
                .containsEntry("B", List.of("two : parts"));
        assertThatIllegalArgumentException().isThrownBy(() -> Fixtures.parseHeaders("no colon"));
    }

    @Test
    void aDeliveryIsSignedByTheProviderFoundByIdAndTamperingIsRefused() {
        TestDeliveries.Builder builder = TestDeliveries.provider("acme")
                .secrets(SECRET)
                .header(AcmeHeaders.DELIVERY, "d-1")
                .body("{\"id\":\"evt_1\",\"type\":\"order.paid\",\"data\":{\"id\":\"o_1\"}}");
        WebhookProvider<?> provider = builder.providerInstance();
        Webhooks webhooks = Webhooks.builder().provider(provider).onAny(e -> {}).build();

        WebhookRequest delivery = builder.build();
        assertThat(delivery.headers().first("Content-Type")).contains("application/json");
        assertThat(delivery.url()).isEqualTo("https://example.com/webhooks/acme");
        WebhookResponse response = webhooks.handle("acme", delivery);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(webhooks.handle("acme", builder.tampered().build()).status()).isEqualTo(401);
    }

    @Test
    void rotationSignsWithEveryKeyWhereTheProviderSendsSeveral() {
        WebhookRequest both = TestDeliveries.provider("acme")
                .secrets("old_secret_1", "new_secret_2")
                .body("{\"id\":\"evt_2\",\"type\":\"order.paid\",\"data\":{}}")
                .build();
        WebhookProvider<?> onlyNew =
                TestDeliveries.provider("acme").secrets("new_secret_2").providerInstance();
        assertThat(onlyNew.verify(both).keyId()).isEqualTo("key-1");
    }

    @Test
    void headerMapIsReadyForMockMvcOrAnyClient() {
        Map<String, String> headers = TestDeliveries.headerMap(TestDeliveries.provider("acme")
                .secrets("a", "b")
                .header(AcmeHeaders.DELIVERY, "d-3")
                .body("{}")
                .build());
        assertThat(headers).containsKeys(AcmeHeaders.SIGNATURE, AcmeHeaders.DELIVERY, "Content-Type");
        assertThat(headers.get(AcmeHeaders.SIGNATURE)).contains(",");
    }

    @Test
    void unknownFixtureOrProviderNamesWhatThereIs() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TestDeliveries.provider("acme").fixture("nope"))
                .withMessageContaining("No fixture 'nope'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TestDeliveries.provider("paypal"))
                .withMessageContaining("acme")
                .withMessageContaining("webhooks4j-paypal");
    }

    @Test
    void aBuilderShowsNoSecret() {
        assertThat(TestDeliveries.provider("acme").secrets(SECRET).toString()).doesNotContain(SECRET);
    }
}
