package io.webhooks4j.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.webhooks4j.EventType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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

    /** A factory that records what {@code build} was given, and builds nothing. */
    private static final class RecordingFactory implements WebhookProviderFactory {
        private final ProviderDescriptor descriptor;
        private @Nullable ProviderSettings built;

        RecordingFactory(ProviderDescriptor descriptor) {
            this.descriptor = descriptor;
        }

        @Override
        public ProviderDescriptor descriptor() {
            return descriptor;
        }

        @Override
        public WebhookProvider<?> build(ProviderSettings settings) {
            built = settings;
            throw new UnsupportedOperationException("built");
        }
    }

    @Test
    void createRefusesOptionsTheDescriptorDoesNotListBeforeTheFactoryBuilds() {
        RecordingFactory withOptions = new RecordingFactory(ProviderDescriptor.builder("acme", "Acme")
                .secretName("Acme secret")
                .eventClass(String.class)
                .catalogue(ACME)
                .option("region", "The region")
                .option("mode", "live or test")
                .build());
        ProviderSettings typo = ProviderSettings.of(io.webhooks4j.Keyring.of("s3cr3t-value"))
                .withOptions(Map.of("regoin", "eu", "mode", "live"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> withOptions.create(typo))
                .withMessage("acme options are [mode, region]; unknown: [regoin]");
        assertThat(withOptions.built).isNull();

        RecordingFactory none = new RecordingFactory(ProviderDescriptor.builder("acme", "Acme")
                .secretName("Acme secret")
                .eventClass(String.class)
                .catalogue(ACME)
                .build());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> none.create(typo))
                .withMessage("acme has no options; unknown: [mode, regoin]");

        ProviderSettings known = typo.withOptions(Map.of("region", "eu"));
        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> withOptions.create(known));
        assertThat(withOptions.built).isSameAs(known);
    }
}
