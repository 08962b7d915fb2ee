package io.webhooks4j.spring;

import io.webhooks4j.spi.WebhookProviderFactory;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * The real provider modules, copied to {@code target/real-providers} by the build and kept off the test class
 * path (whose fake providers have the same ids).
 */
final class RealProviders {
    static final Path DIRECTORY = Path.of("target", "real-providers");

    private RealProviders() {}

    static List<Path> jars() throws IOException {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            List<Path> jars =
                    files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
            if (jars.size() < 5) {
                throw new IllegalStateException("Expected the five provider jars in " + DIRECTORY.toAbsolutePath()
                        + " (copied by maven-dependency-plugin at process-test-classes), found " + jars);
            }
            return jars;
        }
    }

    /** A class loader for the real provider jars, over the test class path (for the core). */
    static URLClassLoader loader() throws IOException {
        List<Path> jars = jars();
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = jars.get(i).toUri().toURL();
        }
        return new URLClassLoader(urls, RealProviders.class.getClassLoader());
    }

    /** The catalogue of the real factories. */
    static ProviderCatalogue catalogue(ClassLoader loader) {
        return ProviderCatalogue.of(factories(loader).values());
    }

    /** The real factories by id (not the test class path's fakes). */
    static Map<String, WebhookProviderFactory> factories(ClassLoader loader) {
        Map<String, WebhookProviderFactory> byId = new LinkedHashMap<>();
        for (WebhookProviderFactory factory : ServiceLoader.load(WebhookProviderFactory.class, loader)) {
            if (factory.getClass().getClassLoader() == loader) {
                byId.put(factory.id(), factory);
            }
        }
        return byId;
    }
}
