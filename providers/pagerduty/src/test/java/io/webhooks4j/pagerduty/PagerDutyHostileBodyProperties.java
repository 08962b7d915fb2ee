package io.webhooks4j.pagerduty;

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
 * times such as {@code "occurred_at": 99999999999999999}, wrong types, unknown enum values, deep nesting, decimal
 * exponents, odd unicode) get a documented status, never a 500. Each try takes a real fixture and replaces one to
 * four of its values, at any depth, by hostile JSON; the rendering of the event as JSON must not fail either.
 */
class PagerDutyHostileBodyProperties {
    private static final ObjectMapper PLAIN = new ObjectMapper();

    static final List<String> HOSTILE = List.of(
            "99999999999999999",
            "-99999999999999999",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775809",
            "2147483648",
            "-1",
            "-0",
            "0.5",
            "1.7e9",
            "1e400",
            "-1e400",
            "1E+1000",
            "1e1001",
            "1e-1001",
            "1" + "0".repeat(99),
            "1" + "0".repeat(120),
            "true",
            "null",
            "[]",
            "{}",
            "[1,\"a\",null,{}]",
            "{\"id\":{\"id\":[]},\"summary\":7}",
            "\"\"",
            "\"2026-13-45T99:99:99Z\"",
            "\"+999999999-12-31T23:59:59Z\"",
            "\"+1000000000-01-01T00:00:00Z\"",
            "\"99999999999999999\"",
            "\"1e400\"",
            "\"1e99999999\"",
            "\"yesterday\"",
            "\"\\u0000\"",
            "\"\\ud800\"",
            "\"\\udfff\\ud800x\"",
            "\"\uFEFF\u202Eevil\u200B\"",
            "\"\uD835\uDD18\uD835\uDD2B\"",
            "\"HIGH\"",
            "\"accepted \"",
            "\"unknown_value_from_the_future\"",
            "\"incident.triggered\"",
            "\"" + "x".repeat(20_000) + "\"",
            "[".repeat(150) + "]".repeat(150),
            "{\"a\":".repeat(150) + "1" + "}".repeat(150),
            "[".repeat(199) + "]".repeat(199));

    private static final List<String> FIXTURES = List.of(
            "incident.acknowledged",
            "incident.action_invocation.created",
            "incident.action_invocation.terminated",
            "incident.action_invocation.updated",
            "incident.annotated",
            "incident.conference_bridge.updated",
            "incident.custom_field_values.updated",
            "incident.delegated",
            "incident.escalated",
            "incident.incident_type.changed",
            "incident.priority_updated",
            "incident.reassigned",
            "incident.reopened",
            "incident.resolved",
            "incident.responder.added",
            "incident.responder.replied",
            "incident.role.assigned",
            "incident.service_updated",
            "incident.status_update_published",
            "incident.task.completed",
            "incident.task.created",
            "incident.task.updated",
            "incident.triggered",
            "incident.unacknowledged",
            "incident.workflow.completed",
            "incident.workflow.started",
            "pagey.ping",
            "service.created",
            "service.custom_field_values.updated",
            "service.deleted",
            "service.updated");

    private static final PagerDutySigner SIGNER = PagerDutySigner.create(Fixtures.SECRET);
    private static final Webhooks WEBHOOKS = Webhooks.builder()
            .provider(PagerDutyProvider.create(Fixtures.SECRET))
            .on(PagerDutyEvents.INCIDENT_TRIGGERED, e -> e.data().title())
            .on(PagerDutyEvents.ANY, e -> WebhookJson.write(e))
            .ledger(null)
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

    @Property(tries = 1500)
    void signedHostileBodiesGetADocumentedStatus(
            @ForAll("fixtures") String fixture, @ForAll("mutations") List<Mutation> mutations) {
        String body = mutate(Fixtures.body(fixture).utf8(), mutations);
        WebhookRequest request = SIGNER.sign(Fixtures.unsigned(RawBody.ofUtf8(body), "wh-hostile"));
        WebhookResponse response = WEBHOOKS.handle("pagerduty", request);
        DocumentedOutcomes.assertDocumented(response, Fixtures.SECRET);
        assertThat(response.status()).as("%s: %s", fixture, mutations).isIn(200, 400);
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
            setters.get(mutations.get(i).position() % setters.size()).accept(TextNode.valueOf("__hostile_" + i + "__"));
        }
        String out = root.toString();
        for (int i = 0; i < mutations.size(); i++) {
            out = out.replace("\"__hostile_" + i + "__\"", mutations.get(i).hostile());
        }
        return out;
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
}
