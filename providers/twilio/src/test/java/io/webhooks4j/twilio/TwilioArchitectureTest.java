package io.webhooks4j.twilio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TwilioArchitectureTest {
    private static final JavaClasses CLASSES = mainClasses();

    /** Our compiled main classes only (scanning the whole class path for the package is slow). */
    private static JavaClasses mainClasses() {
        try {
            Path classes = Path.of(TwilioProvider.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return new ClassFileImporter().importPath(classes);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void dependsOnlyOnTheJdkCoreAndJackson() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages(
                        "java..",
                        "javax.crypto..",
                        "io.webhooks4j",
                        "io.webhooks4j.internal",
                        "io.webhooks4j.spi",
                        "org.jspecify.annotations",
                        "io.webhooks4j.twilio..",
                        "com.fasterxml.jackson..")
                .check(CLASSES);
    }

    @Test
    void neverDependsOnAnotherProviderTheServletApiOrSpring() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.webhooks4j.stripe..",
                        "io.webhooks4j.github..",
                        "io.webhooks4j.pagerduty..",
                        "io.webhooks4j.shopify..",
                        "io.webhooks4j.servlet..",
                        "io.webhooks4j.spring..",
                        "jakarta.servlet..",
                        "javax.servlet..",
                        "org.springframework..")
                .check(CLASSES);
    }
}
