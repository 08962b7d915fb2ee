package io.webhooks4j.github;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.testkit.DocumentedOutcomes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue #15.8: authentic (signed) deliveries whose values are hostile (huge or negative numbers, out-of-range
 * times, wrong types, unknown enum values, deep nesting, decimal exponents, odd unicode) get a documented status,
 * never a 500. Each try takes a real fixture and replaces one to four of its values, at any depth, by hostile JSON.
 */
class GitHubHostileBodyProperties {
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final List<String> FIXTURES = List.of(
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
            "workflow_run.completed");

    static final List<String> HOSTILE = List.of(
            "99999999999999999",
            "-99999999999999999",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775809",
            "2147483648",
            "-2147483649",
            "-1",
            "-0",
            "0.5",
            "1.7e9",
            "1e400",
            "-1e400",
            "1E+1000",
            "1e1001",
            "1e-1001",
            "0.1e-999",
            "1" + "0".repeat(99),
            "1" + "0".repeat(120),
            "true",
            "null",
            "[]",
            "{}",
            "[1,\"a\",null,{}]",
            "{\"id\":{\"id\":[]},\"login\":7}",
            "\"\"",
            "\" \"",
            "\"2026-13-45T99:99:99Z\"",
            "\"+999999999-12-31T23:59:59Z\"",
            "\"-999999999-01-01T00:00:00Z\"",
            "\"+1000000000-01-01T00:00:00Z\"",
            "\"99999999999999999\"",
            "\"1e400\"",
            "\"1e99999999\"",
            "\"yesterday\"",
            "\"\\u0000\"",
            "\"\\ud800\"",
            "\"\\udfff\\ud800x\"",
            "\"\uFEFF\u202Eevil\u200B\"",
            "\"\uD835\uDD18\uD835\uDD2B\uD835\uDD26\"",
            "\"SUCCESS\"",
            "\"in_progress \"",
            "\"unknown_value_from_the_future\"",
            "\"" + "x".repeat(20_000) + "\"",
            "[".repeat(150) + "]".repeat(150),
            "{\"a\":".repeat(150) + "1" + "}".repeat(150),
            "[".repeat(199) + "]".repeat(199));

    private final GitHubProvider provider = GitHubProvider.create(Fixtures.SECRET);
    private final Webhooks webhooks = Webhooks.builder()
            .provider(provider)
            .on(GitHubEvents.PUSH, e -> e.payload().commits())
            .on(GitHubEvents.PULL_REQUEST, e -> e.payload().pullRequest())
            .on(GitHubEvents.ANY, e -> String.valueOf(e.payload()))
            .build();

    record Mutation(int position, String hostile) {}

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Combinators.combine(Arbitraries.integers().between(0, 1_000_000), Arbitraries.of(HOSTILE))
                .as(Mutation::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(4);
    }

    @Provide
    Arbitrary<String> fixtures() {
        return Arbitraries.of(FIXTURES);
    }

    @Provide
    Arbitrary<String> events() {
        return Arbitraries.of(GitHubEvents.all()).map(t -> t.name()).filter(n -> !n.contains(".") && !n.equals("*"));
    }

    @Property(tries = 1500)
    void signedHostileBodiesGetADocumentedStatus(
            @ForAll("fixtures") String fixture,
            @ForAll("mutations") List<Mutation> mutations,
            @ForAll("events") String otherEvent,
            @ForAll boolean asOtherEvent) {
        String body = mutate(Fixtures.body(fixture).utf8(), mutations);
        String event = asOtherEvent ? otherEvent : Fixtures.eventOf(fixture);
        WebhookRequest request = provider.sign(Fixtures.unsigned(event, RawBody.ofUtf8(body)));
        WebhookResponse response = webhooks.handle("github", request);
        DocumentedOutcomes.assertDocumented(response, Fixtures.SECRET);
        assertThat(response.status())
                .as("%s as %s: %s", fixture, event, mutations)
                .isIn(200, 400);
    }

    /** Replaces the values at the given positions (in a walk of every value of the document) by hostile JSON. */
    static String mutate(String json, List<Mutation> mutations) {
        JsonNode root;
        try {
            root = PLAIN.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Consumer<JsonNode>> setters = new ArrayList<>();
        collect(root, setters);
        for (int i = 0; i < mutations.size(); i++) {
            setters.get(mutations.get(i).position() % setters.size()).accept(TextNode.valueOf(placeholder(i)));
        }
        String out = root.toString();
        for (int i = 0; i < mutations.size(); i++) {
            out = out.replace("\"" + placeholder(i) + "\"", mutations.get(i).hostile());
        }
        return out;
    }

    private static String placeholder(int i) {
        return "__hostile_" + i + "__";
    }

    private static void collect(JsonNode node, List<Consumer<JsonNode>> setters) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String name = field.getKey();
                setters.add(value -> object.set(name, value));
                collect(field.getValue(), setters);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                setters.add(value -> array.set(index, value));
                collect(array.get(i), setters);
            }
        }
    }

    /** Sanity: a mutation really lands in the body (so the property cannot pass on unmodified fixtures). */
    @Property(tries = 50)
    void aMutationLandsInTheBody(@ForAll("fixtures") String fixture, @ForAll("mutations") List<Mutation> mutations) {
        Mutation first = mutations.get(0);
        String mutated = mutate(Fixtures.body(fixture).utf8(), List.of(first));
        assertThat(mutated).contains(first.hostile());
        assertThat(WebhookJson.readTree(Fixtures.body(fixture))).isNotNull();
    }
}
