package io.webhooks4j.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.github.event.Commit;
import io.webhooks4j.github.event.CommitAuthor;
import io.webhooks4j.github.event.GitHubPayload;
import io.webhooks4j.github.event.PullRequestEvent;
import io.webhooks4j.github.event.PushEvent;
import io.webhooks4j.github.internal.GitHubEventParser;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.JacksonAnnotationIntrospector;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue #18: the payload is bound straight from the bytes in one pass, the envelope's action and installation id
 * come from the bound record, {@code raw()} parses the retained bytes on demand, and the result is what the tree
 * path and Jackson's own record binding give.
 */
class GitHubOnePassTest {
    /** webhooks4j's mapper with Jackson's own record binding instead of {@link GitHubRecordDeserializer}. */
    private static final JsonMapper JACKSON_RECORDS = WebhookJson.mapper()
            .rebuild()
            .annotationIntrospector(new JacksonAnnotationIntrospector() {
                private static final long serialVersionUID = 1L;

                @Override
                public @Nullable Object findDeserializer(MapperConfig<?> config, Annotated a) {
                    Object found = super.findDeserializer(config, a);
                    return found == GitHubRecordDeserializer.class ? null : found;
                }
            })
            .build();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final GitHubProvider provider = GitHubProvider.create(Fixtures.SECRET);

    private GitHubEvent<?> parse(WebhookRequest request) {
        return provider.parse(request, provider.verify(request));
    }

    private GitHubEvent<?> parse(String event, RawBody body) {
        return parse(provider.sign(Fixtures.unsigned(event, body)));
    }

    /** Every GitHub fixture of this module and of the test kit: name, event, body. */
    static Stream<Arguments> fixtures() {
        List<Arguments> all = new ArrayList<>();
        for (String name : List.of(
                "check_run.completed",
                "check_suite.completed",
                "code_scanning_alert.created",
                "create",
                "delete",
                "dependabot_alert.created",
                "deployment.created",
                "deployment_status.created",
                "fork",
                "installation.created",
                "installation_repositories.added",
                "issue_comment.created",
                "issues.closed",
                "issues.labeled",
                "issues.opened",
                "label.created",
                "member.added",
                "ping",
                "pull_request.closed",
                "pull_request.labeled",
                "pull_request.opened",
                "pull_request_review.submitted",
                "pull_request_review_comment.created",
                "push",
                "release.published",
                "repository.renamed",
                "secret_scanning_alert.resolved",
                "star.created",
                "status",
                "workflow_dispatch",
                "workflow_job.completed",
                "workflow_run.completed")) {
            all.add(Arguments.of("module " + name, Fixtures.eventOf(name), Fixtures.body(name)));
        }
        for (var fixture : io.webhooks4j.test.Fixtures.of("github")) {
            String event = fixture.headers().first(GitHubHeaders.EVENT).orElseThrow();
            all.add(Arguments.of("kit " + fixture.name(), event, fixture.body()));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void theOnePassPayloadIsWhatTheTreePathAndJacksonsRecordBindingGive(String name, String event, RawBody body) {
        Class<?> type = GitHubEventParser.payloadClass(event);
        GitHubEvent<?> parsed = parse(event, body);
        JsonNode tree = WebhookJson.readTree(body);

        assertThat(parsed.payload()).isEqualTo(WebhookJson.convert(tree, type));
        if (type != JsonNode.class) {
            assertThat(parsed.payload()).isInstanceOf(GitHubPayload.class);
            assertThat(parsed.payload())
                    .isEqualTo(JACKSON_RECORDS.readValue(body.toByteArray(), type))
                    .hasToString(
                            JACKSON_RECORDS.readValue(body.toByteArray(), type).toString());
        }
        JsonNode action = tree.path("action");
        assertThat(parsed.action()).isEqualTo(action.isString() ? action.stringValue() : null);
        JsonNode installationId = tree.path("installation").path("id");
        assertThat(parsed.installationId()).isEqualTo(installationId.isNumber() ? installationId.longValue() : null);
        assertThat(parsed.json()).isSameAs(parsed.json()).isEqualTo(body);
        assertThat(parsed.raw()).isEqualTo(tree);
    }

    @Test
    void everyModelledPayloadCarriesItsActionAndInstallation() {
        for (var key : GitHubEvents.all()) {
            if (!key.isAny() && key.payloadType() != JsonNode.class) {
                assertThat(GitHubPayload.class).as(key.name()).isAssignableFrom(key.payloadType());
            }
        }
    }

    /**
     * Every member of the fixtures set to null, removed, or replaced by a value of another shape: the one-pass
     * binding and Jackson's own record binding agree (both fail, or both give the same record).
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "push",
                "pull_request.opened",
                "issues.opened",
                "workflow_job.completed",
                "installation.created",
                "check_run.completed",
                "release.published",
                "status"
            })
    void nullMissingAndMisshapenValuesBindAsJacksonsRecordBindingBindsThem(String name) {
        Class<?> type = GitHubEventParser.payloadClass(Fixtures.eventOf(name));
        ObjectNode root = (ObjectNode) WebhookJson.readTree(Fixtures.body(name));
        List<JsonNode> replacements = List.of(
                NODES.nullNode(),
                NODES.stringNode("x"),
                NODES.stringNode(""),
                NODES.numberNode(12),
                NODES.numberNode(new java.math.BigDecimal("1.5")),
                NODES.booleanNode(true),
                NODES.arrayNode(),
                NODES.arrayNode().add("x"),
                NODES.objectNode());
        int[] variants = {0};
        forEachMember(root, (parent, member) -> {
            JsonNode original = parent.get(member);
            for (JsonNode replacement : replacements) {
                parent.set(member, replacement);
                assertSameOutcome(root, type, member + " = " + replacement);
                variants[0]++;
            }
            parent.remove(member);
            assertSameOutcome(root, type, member + " removed");
            parent.set(member, original);
        });
        assertThat(variants[0]).isGreaterThan(100);
    }

    private interface MemberVisitor {
        void visit(ObjectNode parent, String member);
    }

    private static void forEachMember(JsonNode node, MemberVisitor visitor) {
        if (node instanceof ObjectNode object) {
            for (String member : new ArrayList<>(object.propertyNames())) {
                forEachMember(object.get(member), visitor);
                visitor.visit(object, member);
            }
        } else if (node instanceof ArrayNode array && !array.isEmpty()) {
            forEachMember(array.get(0), visitor);
        }
    }

    private static void assertSameOutcome(JsonNode root, Class<?> type, String variant) {
        byte[] bytes = root.toString().getBytes(StandardCharsets.UTF_8);
        Object ours;
        Object theirs;
        try {
            ours = WebhookJson.read(RawBody.of(bytes), type);
        } catch (WebhookParseException e) {
            ours = "fails";
        }
        try {
            theirs = JACKSON_RECORDS.readValue(bytes, type);
        } catch (RuntimeException e) {
            theirs = "fails";
        }
        assertThat(ours).as(variant).isEqualTo(theirs);
    }

    @Test
    void rawParsesTheRetainedBytesOnEachCall() {
        GitHubEvent<?> event = parse(Fixtures.signed("pull_request.opened"));
        JsonNode first = event.raw();
        JsonNode second = event.raw();
        assertThat(first).isEqualTo(WebhookJson.readTree(Fixtures.body("pull_request.opened")));
        assertThat(second).isEqualTo(first).isNotSameAs(first);
        ((ObjectNode) first).put("action", "changed by the caller");
        assertThat(event.raw().path("action").asString()).isEqualTo("opened");
        assertThat(event.json()).isEqualTo(Fixtures.body("pull_request.opened"));
    }

    @Test
    void aFormEncodedHookKeepsThePayloadParametersJson() {
        RawBody json = Fixtures.body("push");
        WebhookRequest request =
                GitHubSigner.create(Fixtures.SECRET).sign(Fixtures.unsignedForm("push", Fixtures.formEncoded(json)));
        GitHubEvent<?> event = parse(request);
        assertThat(event.json()).isEqualTo(json);
        assertThat(event.raw()).isEqualTo(WebhookJson.readTree(json));
        assertThat(event.payloadAs(MyPush.class)).isEqualTo(new MyPush("refs/heads/main", 2));
    }

    record MyPush(String ref, int commitCount) {
        @com.fasterxml.jackson.annotation.JsonCreator
        MyPush(
                @com.fasterxml.jackson.annotation.JsonProperty("ref") String ref,
                @com.fasterxml.jackson.annotation.JsonProperty("commits") List<Object> commits) {
            this(ref, commits.size());
        }
    }

    record MyHead(@Nullable String sha) {}

    @Test
    void payloadAsBindsTheRetainedBytesToAnyType() {
        GitHubEvent<?> push = parse(Fixtures.signed("push"));
        assertThat(push.payloadAs(MyPush.class)).isEqualTo(new MyPush("refs/heads/main", 2));
        assertThat(push.payloadAs(PushEvent.class)).isEqualTo(push.payload());
        assertThat(push.payloadAs(JsonNode.class)).isEqualTo(push.raw());
        GitHubEvent<?> unmodelled = parse("rover_telemetry", RawBody.ofUtf8("{\"ref\":\"x\",\"commits\":[1,2,3]}"));
        assertThat(unmodelled.payloadAs(MyPush.class)).isEqualTo(new MyPush("x", 3));
        assertThat(unmodelled.payloadAs(MyHead.class)).isEqualTo(new MyHead(null));
        GitHubEvent<?> odd = parse("rover_telemetry", RawBody.ofUtf8("{\"ref\":{\"not\":\"text\"},\"commits\":[]}"));
        assertThatExceptionOfType(WebhookParseException.class)
                .isThrownBy(() -> odd.payloadAs(MyPush.class))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_BODY));
    }

    @Test
    void malformedJsonAfterThePayloadIsA400() {
        String push = Fixtures.body("push").utf8().strip();
        List<String> bodies = new ArrayList<>();
        for (int cut : new int[] {1, push.length() / 3, push.length() / 2, push.length() - 2, push.length() - 1}) {
            bodies.add(push.substring(0, cut));
        }
        bodies.add(push + "}");
        bodies.add(push + " x");
        bodies.add(push + " {}");
        bodies.add(push + push);
        bodies.add(push + ",");
        bodies.add(push.substring(0, push.length() - 1) + ",}");
        bodies.add(push.replaceFirst("\"ref\":", "\"ref\"::"));
        bodies.add("{\"ref\":\"refs/heads/main\"}{\"ref\":\"refs/heads/other\"}");
        bodies.add("{\"ref\":\"refs/heads/main\"} null");
        for (String event : List.of("push", "rover_telemetry")) {
            for (String body : bodies) {
                WebhookRequest request = provider.sign(Fixtures.unsigned(event, RawBody.ofUtf8(body)));
                assertThatExceptionOfType(WebhookParseException.class)
                        .as("%s: %s", event, body.length() > 60 ? body.substring(body.length() - 60) : body)
                        .isThrownBy(() -> parse(request))
                        .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_BODY));
                WebhookRequest form = GitHubSigner.create(Fixtures.SECRET)
                        .sign(Fixtures.unsignedForm(event, Fixtures.formEncoded(RawBody.ofUtf8(body))));
                assertThatExceptionOfType(WebhookParseException.class)
                        .isThrownBy(() -> parse(form))
                        .satisfies(e -> assertThat(e.reason().status()).isEqualTo(400));
            }
        }
    }

    @Test
    void theOrderOfMembersDoesNotMatter() {
        for (String name : List.of("pull_request.opened", "push", "installation.created")) {
            JsonNode tree = WebhookJson.readTree(Fixtures.body(name));
            RawBody reversed = RawBody.ofUtf8(reverse(tree).toString());
            GitHubEvent<?> asSent = parse(Fixtures.signed(name));
            GitHubEvent<?> backwards = parse(Fixtures.eventOf(name), reversed);
            assertThat(backwards.payload()).as(name).isEqualTo(asSent.payload());
            assertThat(backwards.action()).isEqualTo(asSent.action());
            assertThat(backwards.installationId()).isEqualTo(asSent.installationId());
            assertThat(backwards.raw()).isEqualTo(tree);
        }
        assertThat(parse(
                                "pull_request",
                                RawBody.ofUtf8("{\"installation\":{\"id\":7},\"number\":1,\"action\":\"closed\"}"))
                        .type())
                .isEqualTo("pull_request.closed");
    }

    private static JsonNode reverse(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>(object.propertyNames());
            ObjectNode copy = NODES.objectNode();
            for (int i = names.size() - 1; i >= 0; i--) {
                copy.set(names.get(i), reverse(object.get(names.get(i))));
            }
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = NODES.arrayNode();
            array.forEach(element -> copy.add(reverse(element)));
            return copy;
        }
        return node;
    }

    @Test
    void timesAreReadAsTheCoresInstantDeserializerReadsThem() {
        List<String> values = new ArrayList<>(List.of(
                "\"2026-11-27T10:15:30Z\"",
                "\"2026-11-27T10:15:30+01:00\"",
                "\"2026-11-27T10:15:30-07:30\"",
                "\"2026-11-27T10:15:30-00:00\"",
                "\"2026-11-27T10:15:30+00:00\"",
                "\"2026-11-27T10:15:30+18:00\"",
                "\"2026-11-27T10:15:30+17:59\"",
                "\"2026-11-27T10:15:30.123Z\"",
                "\"2026-11-27t10:15:30z\"",
                "\"2026-11-27 10:15:30Z\"",
                "\"2024-02-29T00:00:00Z\"",
                "\"2023-02-29T00:00:00Z\"",
                "\"1900-02-29T00:00:00Z\"",
                "\"2000-02-29T00:00:00Z\"",
                "\"2026-11-27T23:59:60Z\"",
                "\"2026-11-27T24:00:00Z\"",
                "\"0000-01-01T00:00:00Z\"",
                "\"0001-01-01T00:00:00Z\"",
                "\"0001-01-01T00:30:00+01:00\"",
                "\"9999-12-31T23:59:59Z\"",
                "\"9999-12-31T23:59:59-01:00\"",
                "\"１９９９-01-01T00:00:00Z\"",
                "\"\"",
                "\" 2026-11-27T10:15:30Z\"",
                "1703001121",
                "0",
                "-62135596800",
                "-62135596801",
                "253402300799",
                "253402300800",
                "99999999999999999999",
                "1703001121.5",
                "true"));
        Random random = new Random(18);
        for (int i = 0; i < 3000; i++) {
            String offset =
                    switch (random.nextInt(4)) {
                        case 0 -> "Z";
                        case 1 -> String.format("+%02d:%02d", random.nextInt(20), random.nextInt(61));
                        case 2 -> String.format("-%02d:%02d", random.nextInt(20), random.nextInt(61));
                        default -> "";
                    };
            values.add(String.format(
                    "\"%04d-%02d-%02dT%02d:%02d:%02d%s\"",
                    random.nextInt(10) == 0 ? random.nextInt(10000) : 1970 + random.nextInt(80),
                    random.nextInt(14),
                    random.nextInt(33),
                    random.nextInt(25),
                    random.nextInt(61),
                    random.nextInt(61),
                    offset));
        }
        for (String value : values) {
            Object core;
            Object ours;
            try {
                core = WebhookJson.read(value, Instant.class);
            } catch (WebhookParseException e) {
                core = "fails";
            }
            try {
                CommitAuthor author = WebhookJson.read("{\"date\":" + value + "}", CommitAuthor.class);
                ours = author == null ? null : author.date();
            } catch (WebhookParseException e) {
                ours = "fails";
            }
            assertThat(ours).as(value).isEqualTo(core);
        }
    }

    @Test
    void listsAreUnmodifiableAndCopiedOnlyWhenAnotherCallerHandsThemIn() {
        PushEvent push = (PushEvent) parse(Fixtures.signed("push")).payload();
        for (List<?> list : List.of(
                push.commits(),
                push.commits().get(0).added(),
                push.commits().get(0).removed())) {
            assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> list.add(null));
            assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(list::clear);
            Iterator<?> it = list.iterator();
            if (it.hasNext()) {
                it.next();
                assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(it::remove);
            }
            assertThat(list.contains(null)).isFalse();
        }
        assertThat(push.commits().get(0).added()).isEqualTo(List.of("src/motor/ramp.cpp"));

        List<String> mine = new ArrayList<>(List.of("a.txt"));
        Commit commit = new Commit(null, null, null, null, null, null, null, null, mine, null, null);
        mine.add("b.txt");
        assertThat(commit.added()).containsExactly("a.txt");
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> commit.added().add("c.txt"));
        assertThat(commit.removed()).isNull();

        String withNulls = "{\"commits\":[null,{\"added\":[null,\"x\",null]}],\"installation\":null}";
        PushEvent nulls = (PushEvent) parse("push", RawBody.ofUtf8(withNulls)).payload();
        assertThat(nulls.commits()).hasSize(2).startsWith((Commit) null);
        assertThat(nulls.commits().get(1).added()).containsExactly(null, "x", null);
        assertThat(nulls).isEqualTo(JACKSON_RECORDS.readValue(withNulls, PushEvent.class));
    }

    @Test
    void aTeamHoldingItsParentTeamBindsToAnyDepth() {
        StringBuilder teams = new StringBuilder("{\"slug\":\"t0\"}");
        for (int i = 1; i < 50; i++) {
            teams.insert(0, "{\"slug\":\"t" + i + "\",\"parent\":").append('}');
        }
        String body = "{\"action\":\"opened\",\"pull_request\":{\"requested_teams\":[" + teams + "]}}";
        PullRequestEvent event =
                (PullRequestEvent) parse("pull_request", RawBody.ofUtf8(body)).payload();
        var team = event.pullRequest().requestedTeams().get(0);
        for (int i = 49; i > 0; i--) {
            assertThat(team.slug()).isEqualTo("t" + i);
            team = team.parent();
        }
        assertThat(team.slug()).isEqualTo("t0");
        assertThat(team.parent()).isNull();
        assertThat(event).isEqualTo(JACKSON_RECORDS.readValue(body, PullRequestEvent.class));
    }

    @Test
    void jsonNullForATreeComponentIsANullNodeAndAbsenceIsNull() {
        PullRequestEvent event =
                (PullRequestEvent) parse("pull_request", RawBody.ofUtf8("{\"action\":\"edited\",\"changes\":null}"))
                        .payload();
        JsonNode changes = event.changes();
        assertThat(changes).isNotNull();
        assertThat(changes.isNull()).isTrue();
        assertThat(event.requestedTeam()).isNull();
        assertThat(Map.of("event", event))
                .isEqualTo(Map.of(
                        "event",
                        JACKSON_RECORDS.readValue("{\"action\":\"edited\",\"changes\":null}", PullRequestEvent.class)));
    }
}
