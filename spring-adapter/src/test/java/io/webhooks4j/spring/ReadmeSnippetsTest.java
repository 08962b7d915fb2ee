package io.webhooks4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ByteArrayResource;

/**
 * Every Java snippet of this module's README compiles, as written, against the starter and the real provider
 * modules; every YAML snippet and every property of the README's table is one the starter binds (#16.10).
 * Snippets are compiled inside a class that declares the few names they use for the application's own
 * objects ({@code invoices}, {@code log}, {@code webhooks}, {@code port}, {@code json}).
 */
class ReadmeSnippetsTest {
    private static final Path README = Path.of("README.md");
    private static final Pattern BLOCK = Pattern.compile("```(java|yaml)\\n(.*?)```", Pattern.DOTALL);

    private static final String IMPORTS = """
            import io.webhooks4j.*;
            import io.webhooks4j.spi.*;
            import io.webhooks4j.spring.*;
            import io.webhooks4j.stripe.*;
            import io.webhooks4j.stripe.event.Invoice;
            import io.webhooks4j.twilio.*;
            import io.webhooks4j.twilio.event.IncomingMessage;
            import org.springframework.context.annotation.Bean;
            import org.springframework.context.annotation.Configuration;
            import org.springframework.stereotype.Component;
            """;

    private static final String STUBS = """
                interface Invoices { void markPaid(String id); }
                static Invoices invoices;
                static org.slf4j.Logger log;
                Webhooks webhooks;
                int port;
                String json;
            """;

    @Test
    void everyJavaSnippetCompiles() throws Exception {
        List<String> snippets = blocks("java");
        assertThat(snippets).hasSizeGreaterThanOrEqualTo(4);
        List<JavaFileObject> units = new ArrayList<>();
        for (int i = 0; i < snippets.size(); i++) {
            units.add(unit("Snippet" + i, wrap("Snippet" + i, snippets.get(i))));
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path out = Files.createDirectories(Path.of("target", "readme-snippets"));
        try (StandardJavaFileManager files =
                compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-proc:none", "-d", out.toString(), "-classpath", classPath());
            boolean ok = compiler.getTask(null, files, diagnostics, options, null, units)
                    .call();
            String report = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(null))
                    .collect(Collectors.joining("\n"));
            assertThat(ok).as("README snippets do not compile:\n%s", report).isTrue();
        }
    }

    @Test
    void everyYamlSnippetBindsOnlyKnownProperties() throws Exception {
        List<String> yamls = blocks("yaml");
        assertThat(yamls).isNotEmpty();
        try (URLClassLoader loader = RealProviders.loader()) {
            ProviderCatalogue catalogue = RealProviders.catalogue(loader);
            for (String yaml : yamls) {
                StandardEnvironment environment = new StandardEnvironment();
                for (PropertySource<?> source :
                        new YamlPropertySourceLoader().load("readme", new ByteArrayResource(yaml.getBytes()))) {
                    environment.getPropertySources().addFirst(source);
                }
                assertThat(WebhooksPropertyCheck.problems(environment, catalogue.withInstances(environment)))
                        .as(yaml)
                        .isEmpty();
            }
        }
    }

    @Test
    void everyPropertyOfTheTableIsOneTheStarterBinds() throws Exception {
        try (URLClassLoader loader = RealProviders.loader()) {
            // the built-in providers, and one sender configured as an instance of Standard Webhooks
            ProviderCatalogue catalogue = RealProviders.catalogue(loader)
                    .withInstances(new org.springframework.mock.env.MockEnvironment()
                            .withProperty("webhooks.clerk.provider", "standard-webhooks"));
            assertThat(catalogue.ids()).hasSize(9);
            List<String> known = WebhooksPropertyCheck.known(catalogue);
            Map<String, Object> names = new LinkedHashMap<>();
            Matcher name = Pattern.compile("`(webhooks\\.[a-z<>.*-]+)").matcher("");
            for (String line : Files.readAllLines(README)) {
                if (!line.startsWith("| `webhooks.")) {
                    continue;
                }
                String first = line.substring(0, line.indexOf('|', 1));
                name.reset(first);
                while (name.find()) {
                    String property = name.group(1);
                    if (!property.contains("<id>")) {
                        names.put(property.replace(".*", ".some-option"), "x");
                        continue;
                    }
                    // a provider key: bound for each provider whose descriptor gives it a meaning, at least one
                    List<String> ids = catalogue.ids().stream()
                            .filter(id -> known.stream()
                                    .anyMatch(k -> property.replace("<id>", id).equals(k)
                                            || property.replace("<id>", id).equals(k + ".*")))
                            .toList();
                    assertThat(ids).as("providers that have %s", property).isNotEmpty();
                    ids.forEach(id -> names.put(property.replace("<id>", id).replace(".*", ".some-option"), "x"));
                }
            }
            assertThat(names).hasSizeGreaterThan(20);
            StandardEnvironment environment = new StandardEnvironment();
            environment.getPropertySources().addFirst(new MapPropertySource("readme-table", names));
            assertThat(WebhooksPropertyCheck.problems(environment, catalogue)).isEmpty();
            // and the table names every property the starter has
            String ids = String.join("|", catalogue.ids());
            for (String property : known) {
                String generic = property.replaceAll("^webhooks\\.(" + ids + ")\\.", "webhooks.<id>.");
                assertThat(Files.readString(README))
                        .as("README names %s", property)
                        .containsAnyOf(
                                "`" + property + "`",
                                "`" + generic + "`",
                                "`" + generic + ".*`",
                                "`" + property + ".*`");
            }
        }
    }

    private static List<String> blocks(String language) throws Exception {
        List<String> blocks = new ArrayList<>();
        Matcher matcher = BLOCK.matcher(Files.readString(README));
        while (matcher.find()) {
            if (matcher.group(1).equals(language)) {
                blocks.add(matcher.group(2));
            }
        }
        return blocks;
    }

    /** A class declaration or two as members, {@code @Bean} methods in a configuration, else statements. */
    private static String wrap(String name, String snippet) {
        String body;
        if (snippet.contains("class ")) {
            body = snippet;
        } else if (snippet.strip().startsWith("@Bean")) {
            body = "@Configuration static class Beans {\n" + snippet + "\n}";
        } else {
            body = "void run() throws Exception {\n" + snippet + "\n}";
        }
        return "package readme;\n" + IMPORTS + "\nclass " + name + " {\n" + STUBS + "\n" + body + "\n}\n";
    }

    private static String classPath() throws Exception {
        String tests = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> entries = new ArrayList<>(List.of(tests.split(File.pathSeparator)));
        RealProviders.jars().forEach(jar -> entries.add(jar.toAbsolutePath().toString()));
        return String.join(File.pathSeparator, entries);
    }

    private static JavaFileObject unit(String name, String source) {
        return new SimpleJavaFileObject(URI.create("string:///readme/" + name + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
    }
}
