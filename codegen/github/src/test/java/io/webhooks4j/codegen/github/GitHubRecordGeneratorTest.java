package io.webhooks4j.codegen.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator on a small hand-made schema (test resources {@code schemas/}): the Java text it writes. */
class GitHubRecordGeneratorTest {
    static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
    static final Path SCHEMAS = Path.of("src/test/resources/schemas/api.github.com");
    static final String EVENT = "io/webhooks4j/github/event/";

    private static SortedMap<String, String> generate() throws Exception {
        return GitHubRecordGenerator.generate(SCHEMAS, COMMIT, Set.of("User", "Installation", "Repository"))
                .files();
    }

    @Test
    void writesTheEventRecordWithItsActionsMergedAndTheEnvelopeLast() throws Exception {
        SortedMap<String, String> files = generate();
        assertThat(files)
                .containsOnlyKeys(
                        EVENT + "WidgetEvent.java",
                        EVENT + "Widget.java",
                        EVENT + "WidgetState.java",
                        EVENT + "Owner.java",
                        EVENT + "Part.java",
                        "io/webhooks4j/github/internal/GitHubSchemaEvents.java");
        String event = files.get(EVENT + "WidgetEvent.java");
        assertThat(event)
                .startsWith(GitHubRecordGenerator.MARKER)
                .contains("at commit " + COMMIT)
                .contains("@JsonDeserialize(using = GitHubRecordDeserializer.class)")
                .contains("public record WidgetEvent(\n"
                        + "        @JsonProperty(\"action\") @Nullable String action,\n"
                        + "        @JsonProperty(\"widget\") @Nullable Widget widget,\n"
                        + "        @JsonProperty(\"deleted_at\") @Nullable Instant deletedAt,\n"
                        + "        @JsonProperty(\"installation\") @Nullable Installation installation,\n"
                        + "        @JsonProperty(\"sender\") @Nullable User sender)\n"
                        + "        implements GitHubPayload {}")
                .contains("import java.time.Instant;")
                .contains("(actions {@code created}, {@code deleted})");
        assertThat(files.get("io/webhooks4j/github/internal/GitHubSchemaEvents.java"))
                .contains("public static final Class<WidgetEvent> WIDGET = WidgetEvent.class;")
                .contains("Map.entry(\"widget\", List.of(\"created\", \"deleted\"))");
    }

    @Test
    void typesIdsTimesEnumsNestedRecordsKeywordsAndNullables() throws Exception {
        String widget = generate().get(EVENT + "Widget.java");
        assertThat(widget)
                .contains("@JsonProperty(\"id\") @Nullable Long id,")
                .contains("@JsonProperty(\"created_at\") @Nullable Instant createdAt,")
                .contains("@JsonProperty(\"state\") @Nullable WidgetState state,")
                // Java keywords: a Boolean becomes isX, anything else xInfo
                .contains("@JsonProperty(\"default\") @Nullable Boolean isDefault,")
                .contains("@JsonProperty(\"package\") @Nullable String packageInfo,")
                .contains("@JsonProperty(\"owner\") @Nullable Owner owner,")
                .contains("@JsonProperty(\"parts\") @Nullable List<Part> parts,")
                // a oneOf of a time and null is a nullable Instant
                .contains("@JsonProperty(\"closed_at\") @Nullable Instant closedAt,")
                // a free-form object stays a tree
                .contains("@JsonProperty(\"extra\") @Nullable JsonNode extra)")
                .contains("parts = PayloadLists.own(parts);")
                .contains("From octokit/webhooks' {@code common/widget.schema.json}.");
        assertThat(widget.lines().filter(l -> l.contains("@JsonProperty(")))
                .hasSize(9)
                .allSatisfy(l -> assertThat(l).contains("@Nullable"));

        String state = generate().get(EVENT + "WidgetState.java");
        assertThat(state)
                .contains("public enum WidgetState {")
                .contains("    @JsonProperty(\"open\")\n    OPEN,")
                .contains("    @JsonProperty(\"in-review\")\n    IN_REVIEW,")
                .contains("    @JsonEnumDefaultValue\n    UNKNOWN\n}");

        assertThat(generate().get(EVENT + "Owner.java"))
                .contains("@JsonProperty(\"login\") @Nullable String login")
                .contains("@JsonProperty(\"score\") @Nullable Double score");
    }

    @Test
    void aNameAHandWrittenRecordHasTakesItsOwnersName() throws Exception {
        SortedMap<String, String> files = GitHubRecordGenerator.generate(
                        SCHEMAS, COMMIT, Set.of("User", "Installation", "Owner"))
                .files();
        assertThat(files).containsKey(EVENT + "WidgetOwner.java").doesNotContainKey(EVENT + "Owner.java");
        assertThat(files.get(EVENT + "Widget.java")).contains("@Nullable WidgetOwner owner,");
    }

    @Test
    void aRerunChangesNothingAndHandWrittenFilesAreNeverReplaced(@TempDir Path sources) throws Exception {
        Path events = Files.createDirectories(sources.resolve(EVENT));
        Files.writeString(events.resolve("User.java"), "package io.webhooks4j.github.event;\n");
        Files.writeString(events.resolve("Stale.java"), GitHubRecordGenerator.MARKER + " long ago\n");
        GitHubRecordGenerator.Result first = GitHubRecordGenerator.write(SCHEMAS, COMMIT, sources);
        assertThat(first.deleted()).isEqualTo(1);
        assertThat(events.resolve("Stale.java")).doesNotExist();
        assertThat(events.resolve("User.java")).hasContent("package io.webhooks4j.github.event;");
        String before = Files.readString(events.resolve("Widget.java"));
        GitHubRecordGenerator.Result second = GitHubRecordGenerator.write(SCHEMAS, COMMIT, sources);
        assertThat(second.files()).isEqualTo(first.files());
        assertThat(second.deleted()).isZero();
        assertThat(events.resolve("Widget.java")).hasContent(before.strip());

        // a hand-written record takes its name from the generator, which names its own record otherwise
        Files.writeString(events.resolve("Widget.java"), "// mine\n");
        GitHubRecordGenerator.Result third = GitHubRecordGenerator.write(SCHEMAS, COMMIT, sources);
        assertThat(events.resolve("Widget.java")).hasContent("// mine");
        assertThat(third.files()).containsKey(EVENT + "Widget2.java");
        // and a hand-written file where the generator must write is an error, not an overwrite
        Path catalogue = sources.resolve("io/webhooks4j/github/internal/GitHubSchemaEvents.java");
        Files.writeString(catalogue, "// mine\n");
        assertThatThrownBy(() -> GitHubRecordGenerator.write(SCHEMAS, COMMIT, sources))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("hand-written");
        assertThat(catalogue).hasContent("// mine");
    }
}
