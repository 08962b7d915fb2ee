package io.webhooks4j.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.pagerduty.event.Client;
import io.webhooks4j.pagerduty.event.Incident;
import io.webhooks4j.pagerduty.event.Reference;
import io.webhooks4j.pagerduty.internal.PagerDutyEventParser;
import io.webhooks4j.pagerduty.internal.PagerDutySignatures;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import io.webhooks4j.test.Fixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/** Issue #18: the envelope read member by member, {@code data} bound straight from the bytes, the tree on demand. */
class PagerDutyOnePassTest {
    private final PagerDutyProvider provider = PagerDutyProvider.create(Fixtures.SECRET);

    private PagerDutyEvent<?> parse(WebhookRequest request) {
        return provider.parse(request, provider.verify(request));
    }

    private PagerDutyEvent<?> parse(String body) {
        return parse(Fixtures.signed(RawBody.ofUtf8(body), "wh-one-pass"));
    }

    private static Reason rejection(Runnable parse) {
        WebhookParseException e = catchThrowableOfType(WebhookParseException.class, parse::run);
        assertThat(e).as("a WebhookParseException").isNotNull();
        return e.reason();
    }

    /** Every fixture body: this module's (one per event type) and the test kit's. */
    private static List<RawBody> everyFixture() {
        List<RawBody> bodies = new ArrayList<>();
        try (Stream<Path> files = Files.list(
                Path.of(Objects.requireNonNull(PagerDutyOnePassTest.class.getResource("/io/webhooks4j/pagerduty"))
                        .toURI()))) {
            files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(f -> {
                try {
                    bodies.add(RawBody.of(Files.readAllBytes(f)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        for (Fixture kit : io.webhooks4j.test.Fixtures.of("pagerduty")) {
            bodies.add(kit.body());
        }
        bodies.add(RawBody.ofUtf8(Fixtures.GO_BODY));
        return bodies;
    }

    /** The event as the tree path read it before issue #18: the reference the one-pass read must agree with. */
    private record TreeRead(
            @Nullable String id,
            String type,
            @Nullable String resourceType,
            @Nullable Instant occurredAt,
            @Nullable Reference agent,
            @Nullable Client client,
            @Nullable String dataType,
            Object data) {

        static TreeRead of(RawBody body) {
            JsonNode event = WebhookJson.readTree(body).get("event");
            String type = event.get("event_type").asString();
            JsonNode data = event.get("data");
            Class<?> payloadType = PagerDutyEventParser.payloadType(type);
            return new TreeRead(
                    text(event, "id"),
                    type,
                    text(event, "resource_type"),
                    WebhookJson.convert(event.get("occurred_at"), Instant.class),
                    WebhookJson.convert(event.get("agent"), Reference.class),
                    WebhookJson.convert(event.get("client"), Client.class),
                    data == null ? null : text(data, "type"),
                    payloadType == JsonNode.class
                            ? (data == null ? NullNode.getInstance() : data)
                            : WebhookJson.convert(data, payloadType));
        }

        static TreeRead of(PagerDutyEvent<?> event) {
            return new TreeRead(
                    event.id(),
                    event.type(),
                    event.resourceType(),
                    event.occurredAt(),
                    event.agent(),
                    event.client(),
                    event.dataType(),
                    event.data());
        }

        private static @Nullable String text(JsonNode node, String field) {
            JsonNode value = node.get(field);
            return value == null || !value.isValueNode() || value.isNull() ? null : value.asString();
        }
    }

    @Test
    void theEventIsWhatTheTreePathGave() {
        List<RawBody> bodies = everyFixture();
        assertThat(bodies).hasSizeGreaterThan(60);
        for (RawBody body : bodies) {
            PagerDutyEvent<?> event = parse(Fixtures.signed(body, "wh-tree"));
            TreeRead expected = TreeRead.of(body);

            assertThat(TreeRead.of(event)).as(event.type()).isEqualTo(expected);
            assertThat(event.data()).as(event.type()).isInstanceOf(PagerDutyEventParser.payloadType(event.type()));
            assertThat(event.json()).isEqualTo(body);
        }
    }

    @Test
    void rawParsesTheRetainedBytesOnEachCall() {
        RawBody body = Fixtures.body("incident.triggered");
        PagerDutyEvent<?> event = parse(Fixtures.signed(body, "wh-raw"));

        JsonNode raw = event.raw();
        assertThat(raw).isEqualTo(WebhookJson.readTree(body));
        assertThat(raw.at("/event/data/title").asString()).startsWith("Checkout latency");
        ((ObjectNode) raw).removeAll();
        assertThat(event.raw()).isEqualTo(WebhookJson.readTree(body)).isNotSameAs(raw);
    }

    record MyIncident(String id, String title, Long number) {}

    @Test
    void payloadAsBindsTheNestedDataMember() {
        PagerDutyEvent<?> triggered = parse(Fixtures.signed("incident.triggered"));

        assertThat(triggered.payloadAs(Incident.class)).isEqualTo(triggered.data());
        assertThat(triggered.payloadAs(MyIncident.class))
                .isEqualTo(new MyIncident("Q2WX7TRGKD9ZM1", ((Incident) triggered.data()).title(), 4711L));
        assertThat(triggered.payloadAs(JsonNode.class))
                .isEqualTo(triggered.raw().at("/event/data"));

        // data before the envelope's other members, an unknown type, and no data at all
        PagerDutyEvent<?> unknown = parse("{\"event\":{\"data\":{\"id\":\"X1\",\"title\":\"t\",\"number\":3},"
                + "\"event_type\":\"incident.sla_breached\",\"id\":\"01A\"}}");
        assertThat(unknown.data()).isInstanceOf(JsonNode.class);
        assertThat(unknown.payloadAs(MyIncident.class)).isEqualTo(new MyIncident("X1", "t", 3L));
        assertThat(parse("{\"event\":{\"event_type\":\"incident.sla_breached\"}}")
                        .payloadAs(MyIncident.class))
                .isNull();
    }

    /** {@code event}'s members in another order, and members around it. */
    private static List<String> reorderings(RawBody body, Random random) {
        ObjectNode root = (ObjectNode) WebhookJson.readTree(body);
        ObjectNode event = (ObjectNode) root.get("event");
        List<Map.Entry<String, JsonNode>> members = new ArrayList<>(event.properties());
        List<String> bodies = new ArrayList<>();
        List<List<Map.Entry<String, JsonNode>>> orders = new ArrayList<>();
        List<Map.Entry<String, JsonNode>> reversed = new ArrayList<>(members);
        Collections.reverse(reversed);
        orders.add(reversed);
        for (int i = 0; i < 4; i++) {
            List<Map.Entry<String, JsonNode>> shuffled = new ArrayList<>(members);
            Collections.shuffle(shuffled, random);
            orders.add(shuffled);
        }
        for (List<Map.Entry<String, JsonNode>> order : orders) {
            ObjectNode reordered = event.objectNode();
            order.forEach(member -> reordered.set(member.getKey(), member.getValue()));
            ObjectNode wrapper = root.objectNode();
            wrapper.put("before", "x");
            wrapper.set("event", reordered);
            wrapper.set("after", root.arrayNode().add(1).add(root.objectNode().put("event", 1)));
            bodies.add(WebhookJson.write(wrapper));
        }
        return bodies;
    }

    @Test
    void theOrderOfTheMembersDoesNotMatter() {
        Random random = new Random(18);
        for (RawBody body : everyFixture()) {
            TreeRead expected = TreeRead.of(body);
            for (String reordered : reorderings(body, random)) {
                assertThat(TreeRead.of(parse(reordered))).as(reordered).isEqualTo(expected);
            }
        }
    }

    @Test
    void malformedJsonAfterTheDataIs400() {
        ObjectNode tree = (ObjectNode) WebhookJson.readTree(Fixtures.body("incident.triggered"));
        String body = WebhookJson.write(tree); // compact: ends with "}}"
        ObjectNode event = (ObjectNode) tree.get("event");
        ObjectNode reordered = event.objectNode();
        reordered.set("data", event.get("data"));
        event.properties().forEach(member -> reordered.set(member.getKey(), member.getValue()));
        String dataFirst = WebhookJson.write(tree.objectNode().set("event", reordered));
        assertThat(dataFirst).startsWith("{\"event\":{\"data\":{").endsWith("}}");
        assertThat(body).startsWith("{\"event\":{\"id\":").endsWith("}}");
        for (String document : List.of(body, dataFirst)) {
            List<String> bad = List.of(
                    document.substring(0, document.length() - 1), // the root's brace is missing
                    document.substring(0, document.length() - 2), // both braces are missing
                    document + " x",
                    document + " {}",
                    document + document,
                    document + "]",
                    document.substring(0, document.length() - 1) + ",}",
                    document.substring(0, document.length() - 2) + ", \"extra\": [1, }}",
                    document.substring(0, document.length() - 2) + ", \"extra\": tru}}",
                    document.substring(0, document.length() - 1) + ", \"after\": {\"a\": }}");
            for (String malformed : bad) {
                assertThat(rejection(() -> parse(malformed))).as(malformed).isEqualTo(Reason.MALFORMED_BODY);
            }
        }
    }

    @Test
    void whichRejectionWinsIsAsWhenTheTreeWasReadFirst() {
        // malformed JSON after everything else is wrong is still malformed JSON
        assertThat(rejection(() -> parse("{\"event\":{\"occurred_at\":\"yesterday\",\"data\":{}}} x")))
                .isEqualTo(Reason.MALFORMED_BODY);
        assertThat(rejection(() -> parse("{\"event\":{\"data\":{}}, \"x\": }"))).isEqualTo(Reason.MALFORMED_BODY);
        // no event_type wins over values that do not fit, wherever they come
        for (String body : List.of(
                "{\"event\":{\"occurred_at\":\"yesterday\",\"data\":{}}}",
                "{\"event\":{\"agent\":7,\"data\":{\"number\":\"twelve\"}}}",
                "{\"event\":{\"client\":[1],\"event_type\":42}}",
                "{\"event\":{\"data\":{\"number\":\"twelve\"},\"event_type\":\" \"}}")) {
            assertThat(rejection(() -> parse(body))).as(body).isEqualTo(Reason.MISSING_EVENT_TYPE);
        }
        // no event object wins over everything but malformed JSON
        assertThat(rejection(() -> parse("{\"event\":{\"occurred_at\":\"yesterday\"},\"event\":[]}")))
                .isEqualTo(Reason.MALFORMED_BODY);
        // values that do not fit, with an event type, wherever they come
        for (String body : List.of(
                "{\"event\":{\"event_type\":\"incident.triggered\",\"occurred_at\":\"yesterday\",\"data\":{}}}",
                "{\"event\":{\"data\":{},\"occurred_at\":\"yesterday\",\"event_type\":\"incident.triggered\"}}",
                "{\"event\":{\"data\":{\"number\":\"twelve\"},\"event_type\":\"incident.triggered\"}}",
                "{\"event\":{\"data\":[],\"event_type\":\"incident.triggered\"}}",
                "{\"event\":{\"data\":null,\"event_type\":\"incident.triggered\"}}",
                "{\"event\":{\"event_type\":\"incident.triggered\",\"data\":\"incident\"}}",
                "{\"event\":{\"event_type\":\"incident.triggered\",\"occurred_at\":99999999999999999,\"data\":{}}}")) {
            assertThat(rejection(() -> parse(body))).as(body).isEqualTo(Reason.MALFORMED_BODY);
        }
    }

    @Test
    void aMemberSentTwiceCountsTheLastTime() {
        PagerDutyEvent<?> event = parse("{\"event\":{\"event_type\":\"incident.triggered\",\"data\":{\"id\":\"P1\"},"
                + "\"id\":\"A\",\"event_type\":\"incident.resolved\",\"data\":{\"id\":\"P2\"},\"id\":\"B\"}}");
        assertThat(event.type()).isEqualTo("incident.resolved");
        assertThat(((Incident) event.data()).id()).isEqualTo("P2");
        assertThat(event.id()).isEqualTo("B");

        PagerDutyEvent<?> lastEvent = parse("{\"event\":{\"event_type\":\"pagey.ping\",\"data\":{}},"
                + "\"event\":{\"data\":{\"type\":\"incident\"},\"event_type\":\"incident.triggered\"}}");
        assertThat(lastEvent.type()).isEqualTo("incident.triggered");
        assertThat(lastEvent.dataType()).isEqualTo("incident");

        // data bound under one event type, then another type naming another payload: refused, not guessed
        assertThat(rejection(() -> parse("{\"event\":{\"event_type\":\"incident.triggered\",\"data\":{},"
                        + "\"event_type\":\"incident.annotated\"}}")))
                .isEqualTo(Reason.MALFORMED_BODY);
    }

    @Test
    void unknownEventTypesKeepAnyDataAsATree() {
        for (String data : List.of("{\"type\":\"x\",\"a\":[1,2]}", "[1,2]", "\"text\"", "7", "null")) {
            for (String body : List.of(
                    "{\"event\":{\"event_type\":\"incident.sla_breached\",\"data\":" + data + "}}",
                    "{\"event\":{\"data\":" + data + ",\"event_type\":\"incident.sla_breached\"}}")) {
                PagerDutyEvent<?> event = parse(body);

                assertThat(event.data()).as(body).isEqualTo(WebhookJson.readTree(data));
                assertThat(event.dataType()).as(body).isEqualTo(data.startsWith("{") ? "x" : null);
            }
        }
        assertThat(parse("{\"event\":{\"event_type\":\"incident.sla_breached\"}}")
                        .data())
                .isEqualTo(NullNode.getInstance());
    }

    @Test
    void envelopeScalarsReadAsTheTreeReadThem() {
        PagerDutyEvent<?> event = parse("{\"event\":{\"id\":42,\"resource_type\":true,\"event_type\":\"pagey.ping\","
                + "\"data\":{\"type\":\"ping\"},\"agent\":null,\"client\":null,\"occurred_at\":null}}");
        assertThat(event.id()).isEqualTo("42");
        assertThat(event.resourceType()).isEqualTo("true");
        assertThat(event.agent()).isNull();
        assertThat(event.client()).isNull();
        assertThat(event.occurredAt()).isNull();
        PagerDutyEvent<?> objects =
                parse("{\"event\":{\"id\":{\"a\":1},\"resource_type\":[],\"event_type\":\"pagey.ping\",\"data\":{}}}");
        assertThat(objects.id()).isNull();
        assertThat(objects.resourceType()).isNull();
        assertThat(objects.dataType()).isNull();
    }

    @Test
    void aHugeExponentIsA400EvenInAMemberNothingReads() {
        // the tree refuses exponents beyond +/-1000 (WebhookJson); the one pass refuses them too, skipped or not,
        // so raw() can never fail on a delivery that parsed
        assertThat(rejection(
                        () -> parse("{\"event\":{\"event_type\":\"pagey.ping\",\"data\":{},\"extra\":1e999999999}}")))
                .isEqualTo(Reason.MALFORMED_BODY);
        assertThat(rejection(() -> parse(
                        "{\"event\":{\"event_type\":\"incident.triggered\"," + "\"data\":{\"number\":1e999999999}}}")))
                .isEqualTo(Reason.MALFORMED_BODY);
    }

    /** The header parser before it scanned in place: the oracle. */
    private static PagerDutySignatures.Parsed splitParse(String header) {
        List<byte[]> v1 = new ArrayList<>();
        int unreadableV1 = 0;
        int otherVersions = 0;
        int paddedEntries = 0;
        boolean looksBase64 = false;
        for (String entry : header.split(",", -1)) {
            if (!entry.equals(entry.strip())) {
                paddedEntries++;
            }
            if (!entry.startsWith("v1=")) {
                if (!entry.isBlank()) {
                    otherVersions++;
                }
                continue;
            }
            String value = entry.substring(3);
            byte[] mac = io.webhooks4j.internal.Crypto.decodeHex(value, 32);
            if (mac == null) {
                unreadableV1++;
                byte[] decoded = io.webhooks4j.internal.Crypto.decodeBase64(value);
                looksBase64 |= decoded != null && decoded.length == 32;
                continue;
            }
            v1.add(mac);
        }
        return new PagerDutySignatures.Parsed(List.copyOf(v1), unreadableV1, otherVersions, paddedEntries, looksBase64);
    }

    @Test
    void theSignatureHeaderIsReadAsSplittingItDid() {
        Random random = new Random(18);
        String hex = HexFormat.of().formatHex(new byte[32]).replace('0', 'a');
        String base64 = Base64.getEncoder().encodeToString(new byte[32]);
        List<String> pieces = List.of(
                "v1=" + hex,
                "v1=" + hex.toUpperCase(java.util.Locale.ROOT),
                "v1=" + base64,
                "v2=" + hex,
                "v1=",
                "v1=" + hex.substring(2),
                "v1=" + "\u0663".repeat(64),
                " ",
                "",
                "\t",
                "v1",
                "x",
                "v1=" + hex + " ",
                " v1=" + hex,
                ",",
                "=",
                "v1==");
        for (int i = 0; i < 3000; i++) {
            StringBuilder header = new StringBuilder();
            int entries = 1 + random.nextInt(4);
            for (int e = 0; e < entries; e++) {
                if (e > 0) {
                    header.append(random.nextInt(8) == 0 ? ", " : ",");
                }
                header.append(pieces.get(random.nextInt(pieces.size())));
            }
            String text = header.toString();
            PagerDutySignatures.Parsed expected = splitParse(text);
            PagerDutySignatures.Parsed actual = PagerDutySignatures.parse(text);

            assertThat(actual.macs())
                    .as(text)
                    .usingElementComparator(java.util.Arrays::compare)
                    .containsExactlyElementsOf(expected.macs());
            assertThat(List.of(actual.unreadableV1(), actual.otherVersions(), actual.paddedEntries()))
                    .as(text)
                    .isEqualTo(List.of(expected.unreadableV1(), expected.otherVersions(), expected.paddedEntries()));
            assertThat(actual.looksBase64()).as(text).isEqualTo(expected.looksBase64());
        }
    }
}
