package io.webhooks4j.standardwebhooks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class StandardWebhooksArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.webhooks4j.standardwebhooks");

    @Test
    void dependsOnlyOnTheJdkCoreAndJackson() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages(
                        "java..",
                        "javax.crypto..",
                        "io.webhooks4j",
                        "io.webhooks4j.internal..",
                        "io.webhooks4j.standardwebhooks..",
                        "com.fasterxml.jackson..")
                .check(CLASSES);
    }

    @Test
    void neverDependsOnOtherProvidersServletsOrSpring() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.webhooks4j.stripe..",
                        "io.webhooks4j.github..",
                        "io.webhooks4j.twilio..",
                        "io.webhooks4j.pagerduty..",
                        "io.webhooks4j.shopify..",
                        "jakarta.servlet..",
                        "javax.servlet..",
                        "org.springframework..",
                        "com.standardwebhooks..")
                .check(CLASSES);
    }

    @Test
    void payloadRecordsDoNotDependOnTheEnvelope() {
        noClasses()
                .that()
                .resideInAPackage("io.webhooks4j.standardwebhooks.event..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.webhooks4j.standardwebhooks")
                .check(CLASSES);
    }
}
