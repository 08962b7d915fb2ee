package io.webhooks4j.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.webhooks4j.Keyring;
import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
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
}
