package io.webhooks4j.shopify;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ShopifyArchitectureTest {
    /** The module's own main classes, read from where they were compiled (faster than scanning the classpath). */
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPath(classesOf(ShopifyProvider.class));

    private static Path classesOf(Class<?> type) {
        try {
            return Path.of(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void dependsOnlyOnTheJdkCoreAndJackson() {
        ArchRuleDefinition.classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "javax.crypto..",
                        "io.webhooks4j",
                        "io.webhooks4j.spi..",
                        "io.webhooks4j.internal..",
                        "org.jspecify..",
                        "io.webhooks4j.shopify..",
                        "com.fasterxml.jackson..")
                .check(CLASSES);
    }

    @Test
    void neverDependsOnAnotherProviderServletOrSpring() {
        ArchRuleDefinition.noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.webhooks4j.stripe..",
                        "io.webhooks4j.github..",
                        "io.webhooks4j.twilio..",
                        "io.webhooks4j.pagerduty..",
                        "io.webhooks4j.servlet..",
                        "io.webhooks4j.spring..",
                        "jakarta.servlet..",
                        "javax.servlet..",
                        "org.springframework..")
                .check(CLASSES);
    }

    @Test
    void payloadRecordsDoNotReachBackIntoTheProvider() {
        ArchRuleDefinition.noClasses()
                .that()
                .resideInAPackage("io.webhooks4j.shopify.event..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.webhooks4j.shopify")
                .check(CLASSES);
    }
}
