package io.webhooks4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Core's module-info keeps {@code io.webhooks4j.internal} out of users' reach: a module of the user's own compiles
 * against the API and the SPI, and fails to compile against the internals; only the webhooks4j providers named in
 * the qualified export may. Compiled with the JDK's compiler against core's exploded module (target/classes) and the
 * jars of its requires.
 */
class ModuleBoundaryTest {
    static final String CORE = "io.webhooks4j";
    static final String INTERNAL = "io.webhooks4j.internal";
    static final Set<String> PROVIDERS = Set.of(
            "io.webhooks4j.github",
            "io.webhooks4j.pagerduty",
            "io.webhooks4j.shopify",
            "io.webhooks4j.standardwebhooks",
            "io.webhooks4j.stripe",
            "io.webhooks4j.twilio");

    @TempDir
    Path dir;

    @Test
    void theDescriptorExportsTheApiToEveryoneAndTheInternalsToTheProvidersOnly() throws IOException {
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(location(Webhooks.class).resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        assertThat(descriptor.name()).isEqualTo(CORE);
        Map<String, Set<String>> exports = new TreeMap<>();
        descriptor.exports().forEach(e -> exports.put(e.source(), e.targets()));
        assertThat(exports)
                .containsOnly(
                        Map.entry("io.webhooks4j", Set.of()),
                        Map.entry("io.webhooks4j.inbox", Set.of()),
                        Map.entry("io.webhooks4j.spi", Set.of()),
                        Map.entry(INTERNAL, PROVIDERS));
        assertThat(descriptor.opens()).isEmpty();
        assertThat(descriptor.uses()).containsExactly("io.webhooks4j.spi.WebhookProviderFactory");
        assertThat(descriptor.requires().stream()
                        .filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
                        .map(ModuleDescriptor.Requires::name))
                .containsExactlyInAnyOrder("tools.jackson.databind", "org.jspecify");
    }

    @Test
    void aUserModuleCompilesAgainstTheApiTheSpiAndWhatCoreRequiresTransitively() throws IOException {
        Path sources = module("com.example.app", "com/example/app/App.java", """
                package com.example.app;

                import io.webhooks4j.Webhooks;
                import io.webhooks4j.spi.WebhookJson;
                import io.webhooks4j.spi.WebhookProvider;
                import org.jspecify.annotations.Nullable;
                import tools.jackson.databind.JsonNode;

                public final class App {
                    private App() {}

                    public static Webhooks webhooks(WebhookProvider<?> provider) {
                        return Webhooks.builder().provider(provider).build();
                    }

                    public static @Nullable JsonNode order(String json) {
                        return WebhookJson.readTree(json).get("order");
                    }
                }
                """);

        List<Diagnostic<? extends JavaFileObject>> diagnostics = compile(sources);

        assertThat(diagnostics).isEmpty();
        assertThat(dir.resolve("out/com/example/app/App.class")).exists();
    }

    @Test
    void aUserModuleDoesNotCompileAgainstTheInternals() throws IOException {
        Path sources = module("com.example.intruder", "com/example/intruder/Intruder.java", """
                package com.example.intruder;

                import io.webhooks4j.internal.Crypto;

                public final class Intruder {
                    private Intruder() {}

                    public static byte[] digest(byte[] data) {
                        return Crypto.sha256(data);
                    }
                }
                """);

        List<Diagnostic<? extends JavaFileObject>> diagnostics = compile(sources);

        assertThat(diagnostics)
                .filteredOn(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.getMessage(Locale.ROOT))
                        .contains(INTERNAL)
                        .containsAnyOf("is not visible", "does not export"));
        assertThat(dir.resolve("out/com/example/intruder/Intruder.class")).doesNotExist();
    }

    @Test
    void aProviderNamedInTheQualifiedExportCompilesAgainstTheInternals() throws IOException {
        Path sources = module("io.webhooks4j.stripe", "io/webhooks4j/stripe/Digests.java", """
                package io.webhooks4j.stripe;

                import io.webhooks4j.internal.Crypto;

                final class Digests {
                    private Digests() {}

                    static byte[] digest(byte[] data) {
                        return Crypto.sha256(data);
                    }
                }
                """);

        assertThat(compile(sources)).isEmpty();
    }

    /** A module's sources: its module-info requiring core, and one class. */
    private Path module(String name, String classPath, String classSource) throws IOException {
        Path root = dir.resolve("src").resolve(name);
        Path file = root.resolve(classPath);
        Files.createDirectories(file.getParent());
        Files.writeString(root.resolve("module-info.java"), "module " + name + " {\n    requires " + CORE + ";\n}\n");
        Files.writeString(file, classSource);
        return root;
    }

    /** Compiles every source under {@code sources} into {@code out}, answering the compiler's diagnostics. */
    private List<Diagnostic<? extends JavaFileObject>> compile(Path sources) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("the JDK's compiler").isNotNull();
        String modulePath = Stream.of(
                        Webhooks.class, // core's exploded module: target/classes with its module-info.class
                        tools.jackson.databind.ObjectMapper.class,
                        tools.jackson.core.JsonParser.class,
                        com.fasterxml.jackson.annotation.JsonProperty.class,
                        org.jspecify.annotations.NullMarked.class)
                .map(ModuleBoundaryTest::location)
                .map(Path::toString)
                .collect(Collectors.joining(java.io.File.pathSeparator));
        assertThat(location(Webhooks.class).resolve("module-info.class")).exists();
        Path out = Files.createDirectories(dir.resolve("out"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager =
                javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options =
                    List.of("--module-path", modulePath, "-d", out.toString(), "-proc:none", "-Xlint:all", "-Werror");
            javac.getTask(null, fileManager, diagnostics, options, null, fileManager.getJavaFileObjectsFromPaths(files))
                    .call();
        }
        return diagnostics.getDiagnostics();
    }

    /** The jar or class directory {@code type} was loaded from. */
    private static Path location(Class<?> type) {
        try {
            return Path.of(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
