package io.webhooks4j.test.kit;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookEvent;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.spi.WebhookProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A corpus of published payloads, signed and parsed through a real provider, for the test that measures how many
 * of them reach a typed record (issue 21). Every provider's corpus test has the same three steps, written once
 * here: read the files of a test-resource folder, sign each as the provider would send it and parse it, then count
 * the typed ones and name the raw ones.
 *
 * <pre>{@code
 * PayloadCorpus<GitHubEvent<?>> corpus = PayloadCorpus.parse(provider,
 *         PayloadCorpus.read(MyTest.class, "octokit", ".json"),
 *         payload -> signer.sign(unsigned(payload.folder(), payload.body())));
 * corpus.assertNoErrors();
 * assertThat(corpus.share(e -> !(e.payload() instanceof JsonNode), "octokit")).isGreaterThanOrEqualTo(0.9);
 * }</pre>
 *
 * @param <E> the provider's envelope
 */
public final class PayloadCorpus<E extends WebhookEvent> {
    /**
     * One file of the corpus.
     *
     * @param name its path below the corpus folder, with {@code /} separators ({@code push/payload.json})
     * @param body its bytes, verbatim
     */
    public record Payload(String name, RawBody body) {
        public Payload {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(body, "body");
        }

        /** The name without its folders and extension ({@code payload} for {@code push/payload.json}). */
        public String baseName() {
            String file = name.substring(name.lastIndexOf('/') + 1);
            int dot = file.lastIndexOf('.');
            return dot < 0 ? file : file.substring(0, dot);
        }

        /** The folder the file is in, below the corpus folder ({@code push}); empty at the top. */
        public String folder() {
            int slash = name.lastIndexOf('/');
            return slash < 0 ? "" : name.substring(0, slash);
        }
    }

    private final Map<String, E> parsed;
    private final List<String> errors;

    private PayloadCorpus(Map<String, E> parsed, List<String> errors) {
        this.parsed = parsed;
        this.errors = errors;
    }

    /**
     * The files below test-resource folder {@code folder} (resolved as {@code anchor.getResource(folder)}, so a
     * relative name is in {@code anchor}'s package) whose names end with one of {@code extensions}, in name order,
     * folders included.
     *
     * @throws IllegalArgumentException when the folder does not exist or holds no such file
     */
    public static List<Payload> read(Class<?> anchor, String folder, String... extensions) {
        URL url = anchor.getResource(folder);
        if (url == null) {
            throw new IllegalArgumentException("no test resource folder '" + folder + "' beside " + anchor.getName());
        }
        List<String> endings = Arrays.asList(extensions);
        try {
            Path root = Path.of(url.toURI());
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(Files::isRegularFile)
                        .filter(p -> endings.stream().anyMatch(p.getFileName().toString()::endsWith))
                        .sorted()
                        .toList();
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException("no " + endings + " file in '" + folder + "'");
            }
            List<Payload> payloads = new ArrayList<>(files.size());
            for (Path file : files) {
                String name = root.relativize(file)
                        .toString()
                        .replace(file.getFileSystem().getSeparator(), "/");
                payloads.add(new Payload(name, RawBody.of(Files.readAllBytes(file))));
            }
            return payloads;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * Signs every payload with {@code sign} and has {@code provider} verify and parse it. A payload that fails
     * (verification or parsing) is an error, named with its file; the rest are parsed.
     */
    public static <E extends WebhookEvent> PayloadCorpus<E> parse(
            WebhookProvider<? extends E> provider, List<Payload> payloads, Function<Payload, WebhookRequest> sign) {
        Map<String, E> parsed = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        for (Payload payload : payloads) {
            try {
                WebhookRequest request = sign.apply(payload);
                parsed.put(payload.name(), provider.parse(request, provider.verify(request)));
            } catch (RuntimeException e) {
                errors.add(payload.name() + ": " + e);
            }
        }
        return new PayloadCorpus<>(parsed, errors);
    }

    /** The parsed events by file name, in name order. */
    public Map<String, E> parsed() {
        return parsed;
    }

    /** The files that did not verify or parse, each with its exception. */
    public List<String> errors() {
        return errors;
    }

    /** Asserts that every file verified and parsed, and that there were {@code expected} of them. */
    public PayloadCorpus<E> assertNoErrors(int expected) {
        assertThat(errors).as("corpus files that failed").isEmpty();
        assertThat(parsed).as("corpus files").hasSize(expected);
        return this;
    }

    /** The event parsed from file {@code name}. */
    public E event(String name) {
        E event = parsed.get(name);
        if (event == null) {
            throw new IllegalArgumentException("no parsed corpus file '" + name + "'");
        }
        return event;
    }

    /** The files whose event {@code typed} rejects, each with its event type, in name order. */
    public Map<String, String> raw(Predicate<? super E> typed) {
        Map<String, String> raw = new TreeMap<>();
        parsed.forEach((name, event) -> {
            if (!typed.test(event)) {
                raw.put(name, event.type());
            }
        });
        return raw;
    }

    /**
     * The share of parsed files whose event {@code typed} accepts, after printing it under {@code label} with the
     * raw files' event types counted, so a build log shows the figure ({@code octokit corpus: 273 of 273 payloads
     * typed (100.0%); raw by type: {}}).
     */
    public double share(Predicate<? super E> typed, String label) {
        Map<String, String> raw = raw(typed);
        Map<String, Integer> rawByType = new TreeMap<>();
        raw.values().forEach(type -> rawByType.merge(type, 1, Integer::sum));
        int count = parsed.size() - raw.size();
        double share = parsed.isEmpty() ? 0 : (double) count / parsed.size();
        System.out.printf(
                "%s corpus: %d of %d payloads typed (%.1f%%); raw by type: %s%n",
                label, count, parsed.size(), 100 * share, rawByType);
        return share;
    }
}
