package io.webhooks4j.pagerduty;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module depends on java.*, javax.crypto, the webhooks4j core and Jackson only. */
class PagerDutyArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("io.webhooks4j.pagerduty");

    @Test
    void dependsOnlyOnTheJdkCoreAndJackson() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages(
                        "java..",
                        "javax.crypto..",
                        "io.webhooks4j",
                        "io.webhooks4j.spi",
                        "io.webhooks4j.internal",
                        "io.webhooks4j.pagerduty..",
                        "org.jspecify.annotations",
                        "com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void dependsOnNoOtherProviderServletOrSpring() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.webhooks4j.stripe..",
                        "io.webhooks4j.github..",
                        "io.webhooks4j.twilio..",
                        "io.webhooks4j.shopify..",
                        "jakarta.servlet..",
                        "javax.servlet..",
                        "org.springframework..")
                .check(classes);
    }

    @Test
    void eventRecordsDoNotDependOnTheProvider() {
        noClasses()
                .that()
                .resideInAPackage("io.webhooks4j.pagerduty.event")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.webhooks4j.pagerduty")
                .check(classes);
    }
}
