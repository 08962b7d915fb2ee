package io.webhooks4j.sample.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.WebhookRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Posting deliveries (or the banner's printed curl commands) over real HTTP, and waiting for the workers. */
final class Http {
    static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");
    static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Http() {}

    static HttpResponse<String> post(WebhookRequest delivery, String url) throws Exception {
        Map<String, List<String>> headers =
                new LinkedHashMap<>(delivery.headers().asMap());
        return post(url, headers, delivery.body().toByteArray());
    }

    static HttpResponse<String> post(String url, Map<String, List<String>> headers, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> request.header(name, v));
            }
        });
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A curl command as the banner prints it: its URL, {@code -H} headers and {@code --data-binary @file}. */
    record Curl(String url, Map<String, List<String>> headers, Path bodyFile) {
        HttpResponse<String> send() throws Exception {
            return post(url, headers, Files.readAllBytes(bodyFile));
        }
    }

    /** Parses a printed curl line (single-quoted words, {@code '\''} for a quote) as a shell would. */
    static Curl parseCurl(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '\'') {
                    quoted = false;
                } else {
                    word.append(c);
                }
            } else if (c == '\'') {
                quoted = true;
                any = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
                any = true;
            } else if (c == ' ') {
                if (any || word.length() > 0) {
                    words.add(word.toString());
                }
                word.setLength(0);
                any = false;
            } else {
                word.append(c);
            }
        }
        if (any || word.length() > 0) {
            words.add(word.toString());
        }
        assertThat(words).startsWith("curl", "-sS", "-i", "-X", "POST");
        String url = words.get(5);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        Path body = null;
        for (int i = 6; i < words.size(); i++) {
            if (words.get(i).equals("-H")) {
                String header = words.get(++i);
                int colon = header.indexOf(':');
                headers.computeIfAbsent(header.substring(0, colon), n -> new ArrayList<>())
                        .add(header.substring(colon + 1).strip());
            } else if (words.get(i).equals("--data-binary")) {
                body = Path.of(words.get(++i).substring(1));
            }
        }
        assertThat(body).as(line).isNotNull();
        return new Curl(url, headers, body);
    }

    /** Waits until {@code condition} holds for what {@code value} gives, failing with the last value after {@code timeout}. */
    static <T> T await(Supplier<T> value, Predicate<T> condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        T current = value.get();
        while (!condition.test(current)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout + "; last seen:\n" + current);
            }
            Thread.sleep(50);
            current = value.get();
        }
        return current;
    }
}
