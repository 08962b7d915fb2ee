package io.webhooks4j.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookEvent;
import io.webhooks4j.WebhookException;
import io.webhooks4j.WebhookJson;
import io.webhooks4j.WebhookObserver;
import io.webhooks4j.WebhookProvider;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Signed hostile bodies, for every provider (issue #15.8): each property takes a built-in fixture, replaces
 * one to three of its JSON values (or form parameters) with hostile ones (extreme and overlong numbers, times
 * of 99999999999999999, exponents of a billion, wrong types, empty and huge strings, lone surrogates, NULs,
 * nesting near and past the depth limit), or removes them, signs the result correctly with {@link
 * TestDeliveries} and sends it through the provider's real {@link Webhooks} pipeline. An authentic body
 * decides what we parse, so every answer must be a documented one: 200 (handled), 400 (authentic but
 * malformed) or 413 (too large), never a 500 (a defect in a parser) and never a 401 (a correctly signed body
 * refused). A handled event must also render as JSON (what {@code webhooks4j parse} prints).
 *
 * <p>Tries are bounded (a few hundred per provider) so the whole class runs in seconds; a failure prints the
 * fixture, the mutations, the body and the parser's stack trace.
 */
class HostileBodiesPropertyTest {
    static final String SECRET = "whsec_hostile_bodies_0123456789";
    static final Set<Integer> DOCUMENTED = Set.of(200, 400, 413);
    static final int TRIES = 250;

    /** Hostile JSON values, as raw JSON text (so that numbers no Java type holds can be written). */
    static final List<String> JSON_VALUES = List.of(
            "-9223372036854775808",
            "9223372036854775807",
            "-9223372036854775809",
            "9223372036854775808",
            "99999999999999999",
            "-99999999999999999",
            "999999999999999999999999999999",
            "1e999999999",
            "-1e999999999",
            "1e-999999999",
            "1E400",
            "1e308",
            "4.9e-324",
            "-1",
            "-0",
            "0",
            "-0.0",
            "0.5",
            "1.0000000000000000000001",
            "-2147483649",
            "2147483648",
            "true",
            "false",
            "null",
            "{}",
            "[]",
            "[null]",
            "{\"\":null}",
            "\"\"",
            "\" \"",
            "\"-1\"",
            "\"99999999999999999\"",
            "\"-9223372036854775808\"",
            "\"1e999999999\"",
            "\"9223372036854775808\"",
            "\"\\uff11\\uff12\\uff13\"",
            "\"2026-13-45T99:99:99Z\"",
            "\"+999999999-12-31T23:59:59Z\"",
            "\"0000-00-00T00:00:00Z\"",
            "\"not a date\"",
            "\"NaN\"",
            "\"Infinity\"",
            "\"\\ud800\"",
            "\"\\udc00x\\ud800\"",
            "\"\\u0000\"",
            "\"\\u202e\\u200b\\ufeff\\uffff\"",
            "\"\uD83D\uDE00 \u00e9 \u6f22\u5b57 \u0301\"",
            "\"" + "x".repeat(100_000) + "\"",
            "\"" + "\\u00e9".repeat(20_000) + "\"",
            "[" + "1,".repeat(20_000) + "1]",
            "{\"a\":" + "[".repeat(100) + "]".repeat(100) + "}");

    /** Hostile form values, decoded (they are percent-encoded into the body). */
    static final List<String> FORM_VALUES = List.of(
            "-9223372036854775808",
            "9223372036854775807",
            "9223372036854775808",
            "99999999999999999",
            "1e999999999",
            "-1",
            "-0",
            "0.5",
            "",
            " ",
            "x".repeat(100_000),
            "NaN",
            "true",
            "null",
            "{}",
            "\uff11\uff12\uff13",
            "\uD83D\uDE00",
            "\u0000",
            "\u202e\u200b\ufeff",
            "whatsapp:",
            "whatsapp:+",
            "Fri, 99 Nov 9999 99:99:99 +9999",
            "0x10",
            "+1",
            "AC",
            "SM");

    /** Hostile form values written as they are (broken percent-encoding and the like). */
    static final List<String> RAW_FORM_VALUES =
            List.of("%", "%Z", "%ZZ", "%C3", "%FF%FE", "%ED%A0%80", "%00", "a+b", "%2", "=", "&&");

    /** One change to a body: which value (an index, taken modulo the number of values), what to put there. */
    record Mutation(int where, String kind, String value) {
        @Override
        public String toString() {
            String shown = value.length() > 60 ? value.substring(0, 60) + "...(" + value.length() + " chars)" : value;
            return kind + "@" + where + (value.isEmpty() && !kind.equals("form") ? "" : " " + shown);
        }
    }

    record Hostile(Fixture fixture, List<Mutation> mutations) {
        @Override
        public String toString() {
            return fixture.provider() + "/" + fixture.name() + " " + mutations;
        }
    }

    @Provide
    Arbitrary<Hostile> stripe() {
        return hostile("stripe");
    }

    @Provide
    Arbitrary<Hostile> github() {
        return hostile("github");
    }

    @Provide
    Arbitrary<Hostile> twilio() {
        return hostile("twilio");
    }

    @Provide
    Arbitrary<Hostile> pagerduty() {
        return hostile("pagerduty");
    }

    @Provide
    Arbitrary<Hostile> shopify() {
        return hostile("shopify");
    }

    @Property(tries = TRIES)
    void stripeAnswersOnlyDocumentedStatuses(@ForAll("stripe") Hostile hostile) {
        check(hostile);
    }

    @Property(tries = TRIES)
    void githubAnswersOnlyDocumentedStatuses(@ForAll("github") Hostile hostile) {
        check(hostile);
    }

    @Property(tries = TRIES)
    void twilioAnswersOnlyDocumentedStatuses(@ForAll("twilio") Hostile hostile) {
        check(hostile);
    }

    @Property(tries = TRIES)
    void pagerdutyAnswersOnlyDocumentedStatuses(@ForAll("pagerduty") Hostile hostile) {
        check(hostile);
    }

    @Property(tries = TRIES)
    void shopifyAnswersOnlyDocumentedStatuses(@ForAll("shopify") Hostile hostile) {
        check(hostile);
    }

    static Arbitrary<Hostile> hostile(String provider) {
        List<Fixture> fixtures = Fixtures.of(provider);
        assertThat(fixtures).as(provider).isNotEmpty();
        boolean form = provider.equals("twilio");
        Arbitrary<Mutation> mutation = form ? formMutation() : jsonMutation();
        return Combinators.combine(
                        Arbitraries.of(fixtures), mutation.list().ofMinSize(1).ofMaxSize(3))
                .as(Hostile::new);
    }

    static Arbitrary<Mutation> jsonMutation() {
        Arbitrary<Integer> where = Arbitraries.integers().between(0, 100_000);
        Arbitrary<Mutation> replace =
                Combinators.combine(where, Arbitraries.of(JSON_VALUES)).as((w, v) -> new Mutation(w, "json", v));
        Arbitrary<Mutation> nest = Combinators.combine(
                        where, Arbitraries.integers().between(150, 215))
                .as((w, depth) -> new Mutation(w, "nest", String.valueOf(depth)));
        Arbitrary<Mutation> remove = where.map(w -> new Mutation(w, "remove", ""));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, replace), net.jqwik.api.Tuple.of(1, nest), net.jqwik.api.Tuple.of(1, remove));
    }

    static Arbitrary<Mutation> formMutation() {
        Arbitrary<Integer> where = Arbitraries.integers().between(0, 100_000);
        Arbitrary<Mutation> replace =
                Combinators.combine(where, Arbitraries.of(FORM_VALUES)).as((w, v) -> new Mutation(w, "form", v));
        Arbitrary<Mutation> raw =
                Combinators.combine(where, Arbitraries.of(RAW_FORM_VALUES)).as((w, v) -> new Mutation(w, "raw", v));
        Arbitrary<Mutation> remove = where.map(w -> new Mutation(w, "remove", ""));
        Arbitrary<Mutation> repeat = where.map(w -> new Mutation(w, "repeat", ""));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, replace),
                net.jqwik.api.Tuple.of(2, raw),
                net.jqwik.api.Tuple.of(1, remove),
                net.jqwik.api.Tuple.of(1, repeat));
    }

    static void check(Hostile hostile) {
        Fixture fixture = hostile.fixture();
        byte[] body = fixture.provider().equals("twilio")
                ? mutateForm(fixture.body().utf8(), hostile.mutations())
                : mutateJson(fixture.body(), hostile.mutations());
        TestDeliveries.Builder builder = TestDeliveries.provider(fixture.provider())
                .secrets(SECRET)
                .url("https://hooks.example.com/webhooks/" + fixture.provider())
                .fixture(fixture.name())
                .body(body);
        WebhookRequest signed;
        Set<Integer> expected = DOCUMENTED;
        try {
            signed = builder.build();
        } catch (WebhookException | IllegalArgumentException e) {
            // The signer cannot sign a body it cannot read (Twilio: broken percent-encoding). The receiver
            // still gets it, with the signature of the original fixture: it must refuse it, and say why.
            signed = TestDeliveries.provider(fixture.provider())
                    .secrets(SECRET)
                    .url("https://hooks.example.com/webhooks/" + fixture.provider())
                    .fixture(fixture.name())
                    .build()
                    .toBuilder()
                    .body(body)
                    .build();
            expected = Set.of(400, 401);
        }
        WebhookProvider<?> provider = builder.providerInstance();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<WebhookEvent> handled = new AtomicReference<>();
        Webhooks webhooks = Webhooks.builder()
                .provider(provider)
                .onAny(event -> {
                    handled.set(event);
                    // What a handler does first: look at what arrived.
                    event.type();
                    event.deliveryId();
                    String.valueOf(event);
                })
                .observer(new WebhookObserver() {
                    @Override
                    public void onOutcome(DeliveryOutcome outcome) {
                        if (outcome.kind() == DeliveryOutcome.Kind.FAILED) {
                            failure.set(outcome.error());
                        }
                    }
                })
                .build();

        WebhookResponse response = webhooks.handle(fixture.provider(), signed);

        String what = hostile + "\nbody: " + shorten(new String(body, StandardCharsets.UTF_8)) + "\nanswer: "
                + response.status() + " " + response.bodyAsString() + "\n" + stack(failure.get());
        assertThat(response.status()).as(what).isIn(expected);
        if (response.status() == 200 && handled.get() != null) {
            try {
                WebhookJson.write(handled.get());
            } catch (RuntimeException e) {
                throw new AssertionError("handled event does not render as JSON: " + what + stack(e), e);
            }
        }
    }

    static byte[] mutateJson(RawBody original, List<Mutation> mutations) {
        JsonNode root = WebhookJson.readTree(original);
        Map<String, String> raw = new java.util.LinkedHashMap<>();
        for (Mutation m : mutations) {
            List<Location> locations = new ArrayList<>();
            collect(root, locations);
            if (locations.isEmpty()) {
                break;
            }
            Location at = locations.get(m.where() % locations.size());
            if (m.kind().equals("remove")) {
                at.remove();
                continue;
            }
            String token = "__webhooks4j_hostile_" + raw.size() + "__";
            raw.put("\"" + token + "\"", m.kind().equals("nest") ? nested(Integer.parseInt(m.value())) : m.value());
            at.set(TextNode.valueOf(token));
        }
        String json = WebhookJson.write(root);
        for (Map.Entry<String, String> e : raw.entrySet()) {
            json = json.replace(e.getKey(), e.getValue());
        }
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** Arrays and objects alternating, {@code depth} levels deep in total. */
    static String nested(int depth) {
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            if (i % 2 == 0) {
                open.append("[");
                close.insert(0, "]");
            } else {
                open.append("{\"a\":");
                close.insert(0, "}");
            }
        }
        return open.append("1").append(close).toString();
    }

    /** A place in the tree: a field of an object or an element of an array. */
    interface Location {
        void set(JsonNode value);

        void remove();
    }

    static void collect(JsonNode node, List<Location> out) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                out.add(new Location() {
                    @Override
                    public void set(JsonNode value) {
                        object.set(name, value);
                    }

                    @Override
                    public void remove() {
                        object.remove(name);
                    }
                });
                collect(object.get(name), out);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                out.add(new Location() {
                    @Override
                    public void set(JsonNode value) {
                        array.set(index, value);
                    }

                    @Override
                    public void remove() {
                        array.remove(index);
                    }
                });
                collect(array.get(i), out);
            }
        }
    }

    static byte[] mutateForm(String original, List<Mutation> mutations) {
        List<String> pairs = new ArrayList<>(List.of(original.split("&")));
        for (Mutation m : mutations) {
            if (pairs.isEmpty()) {
                break;
            }
            int i = m.where() % pairs.size();
            String pair = pairs.get(i);
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            switch (m.kind()) {
                case "remove" -> pairs.remove(i);
                case "repeat" -> pairs.add(pair);
                case "raw" -> pairs.set(i, name + "=" + m.value());
                default -> pairs.set(i, name + "=" + URLEncoder.encode(m.value(), StandardCharsets.UTF_8));
            }
        }
        return String.join("&", pairs).getBytes(StandardCharsets.UTF_8);
    }

    static String shorten(String s) {
        return s.length() > 4000 ? s.substring(0, 4000) + "...(" + s.length() + " chars)" : s;
    }

    static String stack(Throwable t) {
        if (t == null) {
            return "";
        }
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        Iterator<String> lines = out.toString().lines().iterator();
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < 40 && lines.hasNext(); i++) {
            kept.append(lines.next()).append('\n');
        }
        return kept.toString();
    }
}
