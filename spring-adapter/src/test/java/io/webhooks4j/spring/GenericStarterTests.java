package io.webhooks4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The starter's code names no provider and casts no handler (#17): it knows providers by their descriptors only,
 * and its handlers are typed. Comments may name providers (as examples for users); code and strings may not.
 */
class GenericStarterTests {
    private static final Path MAIN = Path.of("src", "main", "java");
    private static final List<String> PROVIDERS = List.of("stripe", "github", "twilio", "pagerduty", "shopify");

    @Test
    void theStartersCodeNamesNoProvider() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            String code = withoutComments(Files.readString(file)).toLowerCase(Locale.ROOT);
            for (String provider : PROVIDERS) {
                if (code.contains(provider)) {
                    found.add(MAIN.relativize(file) + " names " + provider);
                }
            }
        }
        assertThat(sources()).hasSizeGreaterThan(10);
        assertThat(found).isEmpty();
    }

    @Test
    void theStartersCodeCastsNoHandlerAndUsesNoRawType() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            String code = withoutComments(Files.readString(file));
            for (String cast : List.of(
                    "(EventType)", "(WebhookHandler)", "(ReplyingHandler)", "(DeliveryHandler)", "\"rawtypes\"")) {
                if (code.contains(cast)) {
                    found.add(MAIN.relativize(file) + " has " + cast);
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theCommentStripperKeepsStringsAndDropsComments() {
        assertThat(withoutComments("a /* stripe */ b // twilio\n\"http://github\" 'c'"))
                .isEqualTo("a  b \n\"http://github\" 'c'");
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** Java source without its comments; string and character literals (and text blocks) kept. */
    static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
            } else if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? source.length() : end + 3;
                out.append(source, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != c) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(j + 1, source.length());
                out.append(source, i, j);
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
