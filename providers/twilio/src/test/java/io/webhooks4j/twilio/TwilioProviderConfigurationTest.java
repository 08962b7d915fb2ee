package io.webhooks4j.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.webhooks4j.EventType;
import io.webhooks4j.Keyring;
import io.webhooks4j.spi.ProviderBuilder;
import io.webhooks4j.spi.ProviderDescriptor;
import io.webhooks4j.spi.ProviderSettings;
import io.webhooks4j.spi.WebhookProviderFactory;
import io.webhooks4j.test.kit.LoggedWarnings;
import io.webhooks4j.twilio.event.IncomingMessage;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Missing and wrong-looking secrets, key ids and the URL-signing flag (issues #16.5, #16.6). */
class TwilioProviderConfigurationTest {
    private static final String ACCOUNT_SID = "ACf1e2d3c4b5a6978812345678abcdef01";
    private static final String API_KEY_SID = "SK0123456789abcdef0123456789abcdef";

    /** What the provider warns about (System.Logger goes to java.util.logging in tests). */
    @RegisterExtension
    final LoggedWarnings warnings = LoggedWarnings.of(ProviderBuilder.class);

    @Test
    void saysTheAuthTokenIsMissing() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TwilioProvider.create((String) null))
                .withMessageContaining("Twilio auth token is missing (null)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TwilioProvider.create((String[]) null))
                .withMessageContaining("Twilio auth token is missing");
        assertThatIllegalArgumentException()
                .isThrownBy(TwilioProvider::create)
                .withMessageContaining("Twilio auth token is missing");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TwilioProvider.create(Fixtures.AUTH_TOKEN, null))
                .withMessageContaining("Twilio auth token (number 2 of 2) is missing");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TwilioProvider.create("  "))
                .withMessageContaining("Twilio auth token is blank");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TwilioProvider.builder().secrets((String) null))
                .withMessageContaining("Twilio auth token is missing");
    }

    @Test
    void warnsAtBuildTimeAboutAnAccountSidOrApiKeySidGivenAsTheToken() {
        TwilioProvider.create(ACCOUNT_SID);
        TwilioProvider.create(Fixtures.AUTH_TOKEN, API_KEY_SID);
        assertThat(warnings.messages()).hasSize(2);
        assertThat(warnings.messages().get(0))
                .contains("'key-1'")
                .contains("an Account SID (AC followed by 32 hex digits)")
                .contains("auth token");
        assertThat(warnings.messages().get(1))
                .contains("'key-2'")
                .contains("an API key SID (SK followed by 32 hex digits)");
        assertThat(warnings.messages()).allSatisfy(w -> assertThat(w)
                .doesNotContain(ACCOUNT_SID)
                .doesNotContain(API_KEY_SID)
                .doesNotContain(ACCOUNT_SID.substring(2, 10))
                .doesNotContain(Fixtures.AUTH_TOKEN));
    }

    @Test
    void warnsForAKeyringToo() {
        // the factory (Spring, CLI) hands over a keyring, which keeps only a secret's first characters
        new TwilioProviderFactory()
                .create(ProviderSettings.of(
                        Keyring.builder().add("2026-11", ACCOUNT_SID).build()));
        assertThat(warnings.messages())
                .singleElement()
                .asString()
                .contains("'2026-11'")
                .contains("Account SID");
    }

    @Test
    void aRealLookingTokenGetsNoWarning() {
        TwilioProvider.create(Fixtures.AUTH_TOKEN, Fixtures.SECONDARY_TOKEN);
        TwilioProvider.create("ac" + "0123456789abcdef0123456789abcdef".substring(2)); // lower case: hex
        TwilioProvider.create("AC-not-a-sid");
        assertThat(warnings.messages()).isEmpty();
    }

    @Test
    void namesItsSharedKeysAfterItsTokensAndSaysItSignsTheUrl() {
        // the keyring's own ids and order are the compatibility kit's check
        TwilioProvider provider = TwilioProvider.builder()
                .secrets(Fixtures.AUTH_TOKEN)
                .sharedKey("KW0011", "shared-5ecret-0123456789abcdef")
                .build();
        assertThat(provider.keyIds()).containsExactly("key-1", "KW0011");
        assertThat(provider.signsUrl()).isTrue();
    }

    @Test
    void theFactoryIsDiscoveredAndDescribesTheProvider() {
        WebhookProviderFactory factory = WebhookProviderFactory.discover().get("twilio");
        assertThat(factory).isInstanceOf(TwilioProviderFactory.class);
        ProviderDescriptor descriptor = factory.descriptor();
        assertThat(descriptor.id()).isEqualTo("twilio");
        assertThat(descriptor.displayName()).isEqualTo("Twilio");
        assertThat(descriptor.secretName()).isEqualTo("Twilio auth token");
        assertThat(descriptor.eventClass()).isEqualTo(TwilioEvent.class);
        assertThat(descriptor.signsUrl()).isTrue();
        assertThat(descriptor.signsTimestamp()).isFalse();
        assertThat(descriptor.defaultMaxBodyBytes())
                .isEqualTo(TwilioProvider.create(Fixtures.AUTH_TOKEN).maxBodyBytes());
        assertThat(descriptor.options()).containsOnlyKeys("shared-key-id", "shared-key-secret");
        assertThat(descriptor.options().values()).allSatisfy(d -> assertThat(d).isNotBlank());
        assertThat(descriptor.catalogue().all()).containsExactlyElementsOf(TwilioEvents.all());
        assertThat(factory.eventTypes()).containsExactlyElementsOf(TwilioEvents.all());
        TwilioProvider provider = (TwilioProvider) factory.create(ProviderSettings.of(Keyring.of(Fixtures.AUTH_TOKEN))
                .withOptions(Map.of("shared-key-id", "KW1", "shared-key-secret", "shared-5ecret-0123456789abcdef")));
        assertThat(provider.keyIds()).containsExactly("key-1", "KW1");
        assertThat(provider.eventClass()).isEqualTo(TwilioEvent.class);
    }

    @Test
    void theCatalogueListsEveryKindAndFindsThemByName() {
        assertThat(TwilioEvents.all())
                .extracting(EventType::name)
                .containsExactly(
                        "message.incoming",
                        "message.status",
                        "call.incoming",
                        "call.status",
                        "call.gather",
                        "recording.status",
                        "conference.status",
                        "event-streams.delivery",
                        "unknown",
                        "*");
        assertThat(TwilioEvents.find("call.gather")).containsSame(TwilioEvents.GATHER);
        assertThat(TwilioEvents.find("*")).containsSame(TwilioEvents.ANY);
        assertThat(TwilioEvents.find("call.gathered")).isEmpty();
        assertThat(TwilioEvents.INCOMING_MESSAGE.payloadType()).isEqualTo(IncomingMessage.class);
    }

    @Test
    void sharedKeysAloneOrBesideAuthTokensInAnyOrder() {
        TwilioProvider sharedFirst = TwilioProvider.builder()
                .sharedKey("KW1", "shared-5ecret-0123456789abcdef")
                .secrets(Fixtures.AUTH_TOKEN)
                .build();
        assertThat(sharedFirst.keyIds()).containsExactly("key-1", "KW1");
        assertThat(sharedFirst.signer().toString()).contains("HMAC-SHA1");
        TwilioProvider sharedOnly = TwilioProvider.builder()
                .sharedKey("KW1", "shared-5ecret-0123456789abcdef")
                .sharedKey("KW2", "shared-5ecret-abcdef0123456789")
                .build();
        assertThat(sharedOnly.keyIds()).containsExactly("KW1", "KW2");
        assertThat(sharedOnly.signer().toString()).contains("KW1", "HMAC-SHA256");
        assertThat(sharedOnly.toString()).contains("KW1", "KW2").doesNotContain("5ecret");
    }

    @Test
    void theVerifierAndSignerSayTheAuthTokenIsMissing() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TwilioWebhookVerifier.create((String) null))
                .withMessageContaining("Twilio auth token is missing (null)");
        assertThatIllegalArgumentException()
                .isThrownBy(TwilioSigner::create)
                .withMessageContaining("Twilio auth token is missing");
        assertThat(TwilioSigner.create(Fixtures.AUTH_TOKEN, Fixtures.SECONDARY_TOKEN)
                        .sign(Fixtures.unsigned(Fixtures.URL, Fixtures.body("incoming-message.form"))))
                .satisfies(signed -> assertThat(TwilioWebhookVerifier.create(Fixtures.AUTH_TOKEN)
                                .verify(signed)
                                .keyId())
                        .isEqualTo("key-1"));
    }
}
