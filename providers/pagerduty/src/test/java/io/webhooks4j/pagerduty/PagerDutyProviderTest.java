package io.webhooks4j.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.webhooks4j.Keyring;
import io.webhooks4j.spi.WebhookProvider;
import java.util.List;
import org.junit.jupiter.api.Test;

class PagerDutyProviderTest {
    @Test
    void createUsesTheSecretsInOrder() {
        PagerDutyProvider provider = PagerDutyProvider.create(Fixtures.SECRET, Fixtures.OTHER_SECRET);

        assertThat(provider.id()).isEqualTo("pagerduty");
        assertThat(provider.keyring().ids()).containsExactly("key-1", "key-2");
        assertThat(provider.maxBodyBytes()).isEqualTo(WebhookProvider.DEFAULT_MAX_BODY_BYTES);
        assertThat(provider.eventClass()).isEqualTo(PagerDutyEvent.class);
        assertThat(provider.verifier().keyring()).isSameAs(provider.keyring());
    }

    @Test
    void builderTakesAKeyringAndABodyLimit() {
        PagerDutyProvider provider = PagerDutyProvider.builder()
                .keyring(Keyring.builder().add("current", Fixtures.SECRET).build())
                .maxBodyBytes(256 * 1024)
                .build();

        assertThat(provider.maxBodyBytes()).isEqualTo(256 * 1024);
        assertThat(provider.verify(Fixtures.signed("incident.triggered")).keyId())
                .isEqualTo("current");
        assertThat(provider.signer().signatureHeader(Fixtures.body("incident.triggered")))
                .isEqualTo(
                        PagerDutySigner.create(Fixtures.SECRET).signatureHeader(Fixtures.body("incident.triggered")));
    }

    @Test
    void buildNamesTheMissingOrInvalidField() {
        assertThatIllegalStateException()
                .isThrownBy(() -> PagerDutyProvider.builder().build())
                .withMessageContaining("secrets");
        assertThatIllegalStateException()
                .isThrownBy(() -> PagerDutyProvider.builder()
                        .secrets(Fixtures.SECRET)
                        .maxBodyBytes(0)
                        .build())
                .withMessageContaining("maxBodyBytes");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PagerDutyProvider.builder().secrets(List.of()))
                .withMessageContaining("secrets");
        assertThatIllegalArgumentException().isThrownBy(() -> PagerDutyProvider.create(Fixtures.SECRET, " "));
    }

    @Test
    void toStringShowsKeyIdsOnly() {
        assertThat(PagerDutyProvider.create(Fixtures.SECRET, Fixtures.OTHER_SECRET)
                        .toString())
                .contains("key-1", "key-2")
                .doesNotContain(Fixtures.SECRET)
                .doesNotContain(Fixtures.OTHER_SECRET);
    }
}
