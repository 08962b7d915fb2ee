package io.webhooks4j.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.Keyring;
import io.webhooks4j.ProviderSettings;
import io.webhooks4j.WebhookEvent;
import io.webhooks4j.WebhookProvider;
import io.webhooks4j.WebhookProviderFactory;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every built-in fixture signs, verifies and parses through the real pipeline of its provider. */
class FixturesTest {
    static final String SECRET = "whsec_fixture_secret_0123456789";

    static Stream<Fixture> fixtures() {
        return Fixtures.all().stream();
    }

    static TestDeliveries.Builder delivery(Fixture fixture) {
        TestDeliveries.Builder builder =
                TestDeliveries.provider(fixture.provider()).secrets(SECRET).fixture(fixture.name());
        if (fixture.provider().equals("twilio")) {
            builder.url("https://hooks.example.com/twilio/" + fixture.name() + "?tenant=a%20b");
        }
        return builder;
    }

    @Test
    void everyProviderHasFixturesForItsTypedFamilies() {
        for (String provider : List.of("stripe", "github", "twilio", "pagerduty", "shopify")) {
            assertThat(Fixtures.of(provider)).as(provider).hasSizeGreaterThanOrEqualTo(5);
        }
        assertThat(Fixtures.find("stripe", "invoice.paid")).isPresent();
        assertThat(Fixtures.find("github", "pull_request.opened")).isPresent();
        assertThat(Fixtures.find("twilio", "message.incoming")).isPresent();
        assertThat(Fixtures.find("pagerduty", "incident.triggered")).isPresent();
        assertThat(Fixtures.find("shopify", "orders/create")).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureIsHandledWith200ByItsProvidersPipeline(Fixture fixture) {
        TestDeliveries.Builder builder = delivery(fixture);
        WebhookProvider<?> provider = builder.providerInstance();
        List<WebhookEvent> seen = new ArrayList<>();
        Webhooks webhooks =
                Webhooks.builder().provider(provider).onAny(seen::add).build();

        WebhookResponse response = webhooks.handle(fixture.provider(), builder.build());

        assertThat(response.status())
                .as("%s: %s", fixture.name(), response.bodyAsString())
                .isEqualTo(200);
        assertThat(response.outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
        assertThat(seen).singleElement().satisfies(event -> {
            assertThat(event.provider()).isEqualTo(fixture.provider());
            assertThat(provider.eventClass().isInstance(event)).isTrue();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureIsNamedAfterTheEventTypeItParsesInto(Fixture fixture) {
        TestDeliveries.Builder builder = delivery(fixture);
        WebhookProvider<?> provider = builder.providerInstance();
        WebhookRequest request = builder.build();
        WebhookEvent event = provider.parse(request, provider.verify(request));
        if (fixture.name().startsWith("unknown.")) {
            // A type webhooks4j does not know (yet): named for what it is, not for the type it carries.
            assertThat(event.type()).isNotBlank();
            return;
        }
        assertThat(fixture.name())
                .satisfiesAnyOf(name -> assertThat(name).isEqualTo(event.type()), name -> assertThat(name)
                        .startsWith(event.type() + "."));
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
        assertThat(TestDeliveries.provider("twilio")
                        .secrets(SECRET)
                        .url("https://hooks.example.com/twilio")
                        .fixture("incoming-message")
                        .build()
                        .body())
                .isEqualTo(Fixtures.get("twilio", "message.incoming").body());
    }

    @Test
    void ownTwilioBodyIsSentFormEncodedAndSignedOverItsParameters() {
        TestDeliveries.Builder builder = TestDeliveries.provider("twilio")
                .secrets(SECRET)
                .url("https://hooks.example.com/twilio/sms")
                .body("MessageSid=SM0123456789abcdef0123456789abcdef&AccountSid=AC0123456789abcdef0123456789abcdef"
                        + "&From=%2B14155550199&To=%2B14155550100&Body=hi");
        WebhookRequest request = builder.build();
        assertThat(request.headers().first("Content-Type")).contains("application/x-www-form-urlencoded");
        assertThat(request.url()).doesNotContain("bodySHA256");
        WebhookProvider<?> provider = builder.providerInstance();
        assertThat(provider.parse(request, provider.verify(request)).type()).isEqualTo("message.incoming");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void tamperedFixtureIsRejectedWith401(Fixture fixture) {
        TestDeliveries.Builder builder = delivery(fixture).tampered();
        Webhooks webhooks =
                Webhooks.builder().provider(builder.providerInstance()).build();

        WebhookResponse response = webhooks.handle(fixture.provider(), builder.build());

        assertThat(response.status()).as(fixture.name()).isEqualTo(401);
    }

    @Test
    void staleSignatureIsRejectedForStripe() {
        WebhookRequest old = TestDeliveries.provider("stripe")
                .secrets(SECRET)
                .fixture("invoice.paid")
                .signedAt(Instant.now().minusSeconds(3600))
                .build();
        WebhookProvider<?> verifier =
                TestDeliveries.provider("stripe").secrets(SECRET).providerInstance();
        assertThat(Webhooks.builder()
                        .provider(verifier)
                        .build()
                        .handle("stripe", old)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void rotationSignsWithEveryKeyWhereTheProviderSendsSeveral() {
        WebhookRequest both = TestDeliveries.provider("pagerduty")
                .secrets("old_secret_1", "new_secret_2")
                .fixture("incident.triggered")
                .build();
        WebhookProvider<?> onlyNew =
                TestDeliveries.provider("pagerduty").secrets("new_secret_2").providerInstance();
        assertThat(onlyNew.verify(both).keyId()).isEqualTo("key-1");
    }

    @Test
    void headerMapIsReadyForMockMvcOrAnyClient() {
        Map<String, String> headers = TestDeliveries.headerMap(TestDeliveries.provider("github")
                .secrets(SECRET)
                .fixture("push")
                .build());
        assertThat(headers).containsKeys("X-Hub-Signature-256", "X-GitHub-Event", "Content-Type");
    }

    @Test
    void unknownFixtureOrProviderNamesWhatThereIs() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TestDeliveries.provider("stripe").fixture("nope"))
                .withMessageContaining("invoice.paid");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TestDeliveries.provider("paypal"))
                .withMessageContaining("stripe");
    }

    @Test
    void everyProviderModuleRegistersAFactoryThatRejectsUnknownOptions() {
        Map<String, WebhookProviderFactory> factories = WebhookProviderFactory.discover();
        assertThat(factories.keySet()).containsExactlyInAnyOrder("stripe", "github", "twilio", "pagerduty", "shopify");
        for (WebhookProviderFactory factory : factories.values()) {
            assertThat(factory.eventTypes()).as(factory.id()).isNotEmpty().allSatisfy(t -> assertThat(t.provider())
                    .isEqualTo(factory.id()));
            ProviderSettings bad = ProviderSettings.of(Keyring.of("s")).withOptions(Map.of("no-such-option", "1"));
            assertThatIllegalArgumentException()
                    .as(factory.id())
                    .isThrownBy(() -> factory.create(bad))
                    .withMessageContaining("no-such-option");
            assertThat(factory.create(ProviderSettings.of(Keyring.of("s1", "s2")))
                            .id())
                    .isEqualTo(factory.id());
        }
        assertThat(Set.copyOf(Fixtures.all().stream().map(Fixture::provider).toList()))
                .isEqualTo(factories.keySet());
    }
}
