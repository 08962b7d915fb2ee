package io.webhooks4j.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

/** A real start-up: the analyzer is found through spring.factories and its report is printed. */
@ExtendWith(OutputCaptureExtension.class)
class FailureReportTests {
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(WebhooksAutoConfiguration.class)
    static class App {}

    @Test
    void printsWhatToDoWhenAProviderIsEnabledWithoutASecret(CapturedOutput output) {
        SpringApplication application = new SpringApplication(App.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(Map.of("webhooks.twilio.enabled", "true"));
        assertThatException().isThrownBy(application::run);
        assertThat(output)
                .contains("APPLICATION FAILED TO START")
                .contains("Webhook provider 'twilio' is enabled (webhooks.twilio.enabled=true) but has no secret")
                .contains("Action:")
                .contains("Set the signing secret of twilio with webhooks.twilio.secrets");
    }
}
