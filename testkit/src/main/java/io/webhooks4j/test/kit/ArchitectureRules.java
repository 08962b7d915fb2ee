package io.webhooks4j.test.kit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.webhooks4j.EventType;
import io.webhooks4j.spi.WebhookProviderFactory;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.NullMarked;

/**
 * The provider template as ArchUnit rules (issue #17). A provider {@code <P>} in package {@code io.webhooks4j.<p>}
 * holds exactly {@code <P>Provider}, {@code <P>WebhookVerifier}, {@code <P>Signer}, {@code <P>Event}, {@code
 * <P>Events}, {@code <P>Headers} and {@code <P>ProviderFactory} in its root package (and the extras it documents,
 * such as Twilio's {@code TwiML}); its payload records in {@code .event}, its parser and signature format in
 * {@code .internal}; it depends on core only (and Jackson, JSpecify, the JDK); every package is {@code
 * @NullMarked}. {@link #checkProvider} checks them all; the single rules are public for other modules.
 */
public final class ArchitectureRules {
    /** The classes a provider's root package holds, after the prefix. */
    public static final List<String> TEMPLATE =
            List.of("Provider", "WebhookVerifier", "Signer", "Event", "Events", "Headers", "ProviderFactory");

    /**
     * Packages a provider may depend on: the JDK, core's three packages, JSpecify, Jackson 3 ({@code tools.jackson})
     * and the Jackson annotations Jackson 3 keeps ({@code com.fasterxml.jackson.annotation}); never Jackson 2's
     * {@code com.fasterxml.jackson.databind} or {@code core}.
     */
    public static final List<String> CORE_ONLY = List.of(
            "java..",
            "javax.crypto..",
            "io.webhooks4j",
            "io.webhooks4j.spi",
            "io.webhooks4j.internal",
            "org.jspecify.annotations",
            "com.fasterxml.jackson.annotation..",
            "tools.jackson..");

    private ArchitectureRules() {}

    /**
     * Checks every rule on the module of {@code providerClass} (a {@code <P>Provider} in its root package).
     *
     * @param extras further names its root package documents
     */
    public static void checkProvider(Class<?> providerClass, Set<String> extras) {
        String root = providerClass.getPackageName();
        String prefix = prefixOf(providerClass);
        JavaClasses classes = importModule(providerClass);
        assertThat(classes.contain(providerClass))
                .as("%s imported", providerClass)
                .isTrue();

        assertRootPackageHoldsTheTemplate(classes, root, prefix, extras);
        dependsOnCoreOnly(root).check(classes);
        payloadsDoNotDependOnTheEnvelope(root).check(classes);
        noInternalsOutsideWebhooks4j().check(classes);
        assertPayloadRecordsInEventPackage(classes, root, prefix, extras);
        assertNullMarked(classes, root);
    }

    /** The template's {@code <P>} of a provider class named {@code <P>Provider} ({@code Stripe}). */
    static String prefixOf(Class<?> providerClass) {
        String simple = providerClass.getSimpleName();
        assertThat(simple).as("the provider class's name").endsWith("Provider");
        return simple.substring(0, simple.length() - "Provider".length());
    }

    /** The main classes of the module (jar or directory) {@code anyClass} was loaded from, and no others. */
    public static JavaClasses importModule(Class<?> anyClass) {
        try {
            Path location = Path.of(
                    anyClass.getProtectionDomain().getCodeSource().getLocation().toURI());
            return new ClassFileImporter().importPath(location);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The top-level classes in {@code root} are exactly the template's, with {@code prefix}, and {@code extras}. */
    public static void assertRootPackageHoldsTheTemplate(
            JavaClasses classes, String root, String prefix, Set<String> extras) {
        Set<String> expected = new TreeSet<>(extras);
        TEMPLATE.forEach(name -> expected.add(prefix + name));
        Set<String> actual = new TreeSet<>();
        for (JavaClass c : classes) {
            if (c.getPackageName().equals(root)
                    && c.isTopLevelClass()
                    && !c.getSimpleName().equals("package-info")) {
                actual.add(c.getSimpleName());
            }
        }
        assertThat(actual)
                .as("top-level classes of %s (the template, and the documented extras %s)", root, extras)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    /** Classes in {@code root..} depend on the JDK, core, JSpecify, Jackson and themselves only. */
    public static ArchRule dependsOnCoreOnly(String root) {
        List<String> allowed = new ArrayList<>(CORE_ONLY);
        allowed.add(root + "..");
        return classes()
                .that()
                .resideInAPackage(root + "..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(allowed.toArray(String[]::new))
                .because("a provider depends on core only (and Jackson), never on another provider, a servlet API"
                        + " or Spring");
    }

    /** Payload records ({@code root.event}) do not depend on the envelope or anything else in the root package. */
    public static ArchRule payloadsDoNotDependOnTheEnvelope(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".event..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root)
                .allowEmptyShould(true);
    }

    /** No class outside {@code io.webhooks4j..} uses an {@code internal} package of webhooks4j. */
    public static ArchRule noInternalsOutsideWebhooks4j() {
        return noClasses()
                .that()
                .resideOutsideOfPackage("io.webhooks4j..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.webhooks4j..internal..")
                .allowEmptyShould(true);
    }

    /**
     * Every payload type of the provider's catalogue that the provider defines is in {@code root.event} (or is one
     * of the documented {@code extras} of the root package), and
     * every record in the root package is the envelope {@code <P>Event} (or one of the documented {@code extras}).
     */
    public static void assertPayloadRecordsInEventPackage(
            JavaClasses classes, String root, String prefix, Set<String> extras) {
        for (WebhookProviderFactory factory : WebhookProviderFactory.discover().values()) {
            if (!factory.getClass().getPackageName().equals(root)) {
                continue;
            }
            for (EventType<?> type : factory.descriptor().catalogue().all()) {
                Class<?> payload = type.payloadType();
                if (payload.getPackageName().startsWith(root)
                        && !(payload.getPackageName().equals(root) && extras.contains(payload.getSimpleName()))) {
                    assertThat(payload.getPackageName())
                            .as("package of %s, the payload of %s", payload.getName(), type)
                            .startsWith(root + ".event");
                }
            }
        }
        DescribedPredicate<JavaClass> record =
                DescribedPredicate.describe("records", c -> c.reflect().isRecord());
        classes.that(record).stream()
                .filter(c -> c.isTopLevelClass() && c.getPackageName().equals(root))
                .filter(c -> !extras.contains(c.getSimpleName()))
                .forEach(c -> assertThat(c.getSimpleName())
                        .as("a record in %s (payload records belong in %s.event)", root, root)
                        .isEqualTo(prefix + "Event"));
    }

    /** Every package of {@code classes} in {@code root..} is annotated {@code @NullMarked} (its package-info). */
    public static void assertNullMarked(JavaClasses classes, String root) {
        Set<String> packages = new TreeSet<>();
        for (JavaClass c : classes) {
            if (c.getPackageName().equals(root) || c.getPackageName().startsWith(root + ".")) {
                packages.add(c.getPackageName());
            }
        }
        for (JavaClass c : classes) {
            if (packages.remove(c.getPackageName())) {
                Package pkg = c.reflect().getPackage();
                assertThat(pkg.isAnnotationPresent(NullMarked.class))
                        .as("package %s is @NullMarked (package-info.java)", pkg.getName())
                        .isTrue();
            }
        }
    }
}
