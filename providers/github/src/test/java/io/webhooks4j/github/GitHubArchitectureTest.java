package io.webhooks4j.github;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.webhooks4j.github.internal.GitHubEventParser;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GitHubArchitectureTest {
    // Only the module's own compiled classes (target/classes): scanning the whole classpath is slow.
    private static final JavaClasses classes = new ClassFileImporter().importPath(mainClasses());

    private static Path mainClasses() {
        try {
            return Path.of(GitHubProvider.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void importsTheModulesClassesWithTheirDependencies() {
        assertThat(classes.contain(GitHubProvider.class)).isTrue();
        assertThat(classes.get(GitHubEventParser.class).getDirectDependenciesFromSelf())
                .anyMatch(d -> d.getTargetClass().getName().equals("io.webhooks4j.spi.WebhookJson"));
    }

    @Test
    void dependsOnlyOnJavaCoreAndJackson() {
        classes()
                .that()
                .resideInAPackage("io.webhooks4j.github..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "javax.crypto..",
                        "io.webhooks4j",
                        "io.webhooks4j.spi",
                        "io.webhooks4j.internal",
                        "org.jspecify.annotations",
                        "io.webhooks4j.github..",
                        "com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void neverDependsOnAnotherProviderServletOrSpring() {
        noClasses()
                .that()
                .resideInAPackage("io.webhooks4j.github..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.webhooks4j.stripe..",
                        "io.webhooks4j.twilio..",
                        "io.webhooks4j.pagerduty..",
                        "io.webhooks4j.shopify..",
                        "jakarta.servlet..",
                        "javax.servlet..",
                        "org.springframework..")
                .check(classes);
    }
}
