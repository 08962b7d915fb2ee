package io.webhooks4j.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.webhooks4j.EventType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProviderDescriptorTest {
    private static final EventCatalogue ACME = EventCatalogue.of("acme", List.of(EventType.any("acme")));

    @Test
    void theBuilderDefaultsToNoSignedUrlNoTimestampNoOptionsAndTheDefaultLimit() {
        ProviderDescriptor built = ProviderDescriptor.builder("acme", "Acme")
                .secretName("Acme secret")
                .eventClass(String.class)
                .catalogue(ACME)
                .build();
        assertThat(built)
                .isEqualTo(new ProviderDescriptor(
                        "acme",
                        "Acme",
                        "Acme secret",
                        String.class,
                        ACME,
                        false,
                        WebhookProvider.DEFAULT_MAX_BODY_BYTES,
                        Optional.empty(),
                        Map.of()));
        assertThat(built.signsTimestamp()).isFalse();
    }

    @Test
    void theBuilderSetsWhatDiffers() {
        ProviderDescriptor built = ProviderDescriptor.builder("acme", "Acme")
                .secretName("Acme secret")
                .eventClass(String.class)
                .catalogue(ACME)
                .signsUrl()
                .defaultMaxBodyBytes(4096)
                .defaultTolerance(Duration.ofMinutes(5))
                .option("region", "The region")
                .option("mode", "live or test")
                .build();
        assertThat(built.signsUrl()).isTrue();
        assertThat(built.defaultMaxBodyBytes()).isEqualTo(4096);
        assertThat(built.defaultTolerance()).contains(Duration.ofMinutes(5));
        assertThat(built.signsTimestamp()).isTrue();
        assertThat(built.options()).isEqualTo(Map.of("region", "The region", "mode", "live or test"));
    }

    @Test
    void theBuilderNamesWhatIsMissingAndRefusesContradictions() {
        assertThatIllegalStateException()
                .isThrownBy(() -> ProviderDescriptor.builder("acme", "Acme")
                        .eventClass(String.class)
                        .build())
                .withMessage("The descriptor of 'acme' lacks secretName, catalogue");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ProviderDescriptor.builder("acme", "Acme")
                        .option("a", "x")
                        .option("a", "y"))
                .withMessageContaining("'a'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ProviderDescriptor.builder("acme", "Acme").defaultMaxBodyBytes(0));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ProviderDescriptor.builder("other", "Other")
                        .secretName("s")
                        .eventClass(String.class)
                        .catalogue(ACME)
                        .build())
                .withMessageContaining("acme's, not other's");
    }
}
