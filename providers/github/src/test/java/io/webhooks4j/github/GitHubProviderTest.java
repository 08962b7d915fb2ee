package io.webhooks4j.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.webhooks4j.Keyring;
import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookVerificationException;
import io.webhooks4j.spi.ProviderDescriptor;
import io.webhooks4j.spi.ProviderSettings;
import io.webhooks4j.spi.WebhookProvider;
import io.webhooks4j.spi.WebhookProviderFactory;
import io.webhooks4j.spi.WebhookSigner;
import io.webhooks4j.spi.WebhookVerifier;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GitHubProviderTest {
    @Test
    void buildFailsWithoutSecretsNamingTheField() {
        assertThatIllegalStateException()
                .isThrownBy(() -> GitHubProvider.builder().build())
                .withMessageContaining("secrets");
    }

    @Test
    void buildFailsOnNonPositiveLimitNamingTheField() {
        assertThatIllegalStateException()
                .isThrownBy(() ->
                        GitHubProvider.builder().secrets("s").maxBodyBytes(0).build())
                .withMessageContaining("maxBodyBytes");
    }

    @Test
    void legacySha1IsOffByDefault() {
        assertThat(GitHubProvider.create(Fixtures.SECRET).allowsLegacySha1()).isFalse();
        assertThat(GitHubProvider.builder()
                        .secrets(Fixtures.SECRET)
                        .allowLegacySha1(true)
                        .build()
                        .allowsLegacySha1())
                .isTrue();
    }

    @Test
    void toStringHasKeyIdsAndNoSecret() {
        GitHubProvider provider = GitHubProvider.builder()
                .keyring(Keyring.of(Fixtures.SECRET, Fixtures.OTHER_SECRET))
                .build();
        assertThat(provider.toString())
                .contains("key-1", "key-2")
                .doesNotContain(Fixtures.SECRET)
                .doesNotContain(Fixtures.OTHER_SECRET);
        assertThat(provider.id()).isEqualTo("github");
        assertThat(provider.eventClass()).isEqualTo(GitHubEvent.class);
    }

    @Test
    void signerAddsTheHeadersGitHubSendsAndKeepsThoseGiven() {
        WebhookRequest bare = WebhookRequest.builder()
                .url(Fixtures.URL)
                .header(GitHubHeaders.EVENT, "push")
                .body(Fixtures.body("push"))
                .build();
        WebhookRequest signed = GitHubProvider.create(Fixtures.SECRET).sign(bare);
        assertThat(signed.header("Content-Type")).contains("application/json");
        assertThat(signed.header("User-Agent").orElseThrow()).startsWith("GitHub-Hookshot/");
        assertThat(signed.header(GitHubHeaders.DELIVERY)).isPresent();
        assertThat(signed.header(GitHubHeaders.SIGNATURE_SHA1)).isEmpty();
        assertThat(GitHubProvider.create(Fixtures.SECRET).sign(bare).header(GitHubHeaders.DELIVERY))
                .isEqualTo(signed.header(GitHubHeaders.DELIVERY));
        WebhookRequest form = GitHubProvider.create(Fixtures.SECRET)
                .sign(bare.toBuilder().body(RawBody.ofUtf8("payload=%7B%7D")).build());
        assertThat(form.mediaType()).isEqualTo("application/x-www-form-urlencoded");
        WebhookRequest given =
                GitHubProvider.create(Fixtures.SECRET).sign(Fixtures.unsigned("push", Fixtures.body("push")));
        assertThat(given.header(GitHubHeaders.DELIVERY)).contains(Fixtures.GUID);
        assertThat(given.header("User-Agent")).contains("GitHub-Hookshot/5c2b7e1");
    }

    @Test
    void providerWithLegacySha1SignsBothHeaders() {
        WebhookRequest signed = GitHubProvider.builder()
                .secrets(Fixtures.SECRET)
                .allowLegacySha1(true)
                .build()
                .sign(Fixtures.unsigned("push", Fixtures.body("push")));
        assertThat(signed.header(GitHubHeaders.SIGNATURE_SHA1).orElseThrow()).matches("sha1=[0-9a-f]{40}");
        assertThat(signed.header(GitHubHeaders.SIGNATURE_256).orElseThrow()).matches("sha256=[0-9a-f]{64}");
    }

    @Test
    void factoryIsDiscoveredAndDescribesTheProviderWithoutReflection() {
        WebhookProviderFactory factory = WebhookProviderFactory.discover().get("github");
        assertThat(factory).isInstanceOf(GitHubProviderFactory.class);
        ProviderDescriptor descriptor = factory.descriptor();
        String legacySha1 = descriptor.options().get(GitHubProviderFactory.LEGACY_SHA1);
        assertThat(legacySha1).contains("X-Hub-Signature", "default false");
        assertThat(descriptor)
                .isEqualTo(ProviderDescriptor.builder("github", "GitHub")
                        .secretName("GitHub webhook secret")
                        .eventClass(GitHubEvent.class)
                        .catalogue(GitHubEvents.CATALOGUE)
                        .defaultMaxBodyBytes(25L * 1024 * 1024)
                        .option("legacy-sha1", legacySha1)
                        .build());
        assertThat(factory.eventTypes()).hasSize(319).contains(GitHubEvents.ANY);

        WebhookProvider<?> legacy = factory.create(ProviderSettings.of(Keyring.of(Fixtures.SECRET))
                .withOptions(Map.of("legacy-sha1", "true"))
                .withMaxBodyBytes(4096));
        assertThat(legacy).isInstanceOfSatisfying(GitHubProvider.class, p -> {
            assertThat(p.allowsLegacySha1()).isTrue();
            assertThat(p.maxBodyBytes()).isEqualTo(4096);
        });
        assertThatIllegalArgumentException()
                .isThrownBy(() -> factory.create(
                        ProviderSettings.of(Keyring.of(Fixtures.SECRET)).withOptions(Map.of("tolerance-ish", "1"))))
                .withMessageContaining("legacy-sha1");
    }

    @Test
    void followsTheProviderTemplate() {
        assertThat(GitHubEvent.class.isRecord()).isTrue();
        assertThat(GitHubEvents.find("pull_request.opened")).contains(GitHubEvents.PULL_REQUEST_OPENED);
        assertThat(GitHubEvents.find("*")).contains(GitHubEvents.ANY);
        GitHubProvider provider = GitHubProvider.builder()
                .secrets(Fixtures.SECRET, Fixtures.OTHER_SECRET)
                .allowLegacySha1(true)
                .build();
        WebhookVerifier verifier = provider.verifier();
        WebhookSigner signer = provider.signer();
        WebhookRequest sha1Only = signer.sign(Fixtures.unsigned("push", Fixtures.body("push"))).toBuilder()
                .removeHeader(GitHubHeaders.SIGNATURE_256)
                .build();
        assertThat(verifier.verify(sha1Only).keyId()).isEqualTo("key-1");
        assertThat(provider.verifier().keyring()).isSameAs(provider.keyring());
        assertThat(provider.toString()).contains("legacySha1=true");
        // the defaults: SHA-256 only
        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> GitHubWebhookVerifier.create(Fixtures.SECRET).verify(sha1Only));
        assertThat(GitHubSigner.create(Fixtures.SECRET)
                        .sign(Fixtures.unsigned("push", Fixtures.body("push")))
                        .header(GitHubHeaders.SIGNATURE_SHA1))
                .isEmpty();
    }
}
