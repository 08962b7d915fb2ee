package io.webhooks4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.test.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code parse} prints each provider's event faithfully (issue #16.12): the payload's key fields with exactly
 * the values in the body, strings as strings, integers whole (also past 2^53), money as its exact decimal
 * string ("388.00", not 388 or 388.0), times as sent. Envelope fields may be printed under their wire name or
 * their Java name; the value must be exact either way.
 */
class ParseOutputTest {
    @TempDir
    Path dir;

    /** A field that must appear in the printed event: one of {@code names}, with exactly {@code json}. */
    record Field(List<String> names, String json) {
        static Field of(String name, String json) {
            return new Field(List.of(name), json);
        }

        static Field either(String wire, String java, String json) {
            return new Field(List.of(wire, java), json);
        }

        static Field text(String name, String value) {
            return of(name, quote(value));
        }

        Pattern pattern() {
            String alternatives =
                    String.join("|", names.stream().map(Pattern::quote).toList());
            return Pattern.compile("\"(?:" + alternatives + ")\" : " + Pattern.quote(json) + "(?=[,\\n\\r ]|$)");
        }

        @Override
        public String toString() {
            return names + " : " + json;
        }
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String fixture(String provider, String name) {
        return Fixtures.get(provider, name).body().utf8();
    }

    static Stream<Arguments> cases() {
        String order = fixture("shopify", "orders/create")
                .replace("\"total_price\": \"93.30\"", "\"total_price\": \"388.00\"")
                .replaceFirst("\"id\": 5931844223081", "\"id\": 820982911946154508");
        return Stream.of(
                Arguments.of(
                        "stripe",
                        fixture("stripe", "invoice.paid"),
                        List.<String>of(),
                        List.of(
                                Field.text("id", "evt_1QwU6f2eZvKYlo2C5InVpA1d"),
                                Field.text("type", "invoice.paid"),
                                Field.either("api_version", "apiVersion", "\"2026-07-29.dahlia\""),
                                Field.text("id", "in_1QwU6d2eZvKYlo2CiNv0Ice1"),
                                Field.of("amount_paid", "9650"),
                                Field.text("currency", "eur"),
                                Field.text("customer", "cus_RqL8mNvB2xYz7T"),
                                Field.text("customer_name", "Zo\u00eb M\u00fcller"))),
                Arguments.of(
                        "github",
                        fixture("github", "push"),
                        List.of(
                                "--event",
                                "push",
                                "--header",
                                "X-GitHub-Delivery: ff6d95db-3882-56c6-9150-98ce037637ff"),
                        List.of(
                                Field.text("ref", "refs/heads/main"),
                                Field.text("after", "8f3c2a91d04be7751c6a0e9b3d2f41c7a55e9b10"),
                                Field.text("message", "Add soft-start ramp to motor driver"),
                                Field.text("full_name", "acme-robotics/rover-firmware"),
                                Field.of("forced", "false"))),
                Arguments.of(
                        "twilio",
                        fixture("twilio", "message.incoming.whatsapp"),
                        List.of("--url", "https://hooks.example.com/twilio"),
                        List.of(
                                Field.either("MessageSid", "messageSid", "\"SMd4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9\""),
                                Field.either("From", "from", "\"whatsapp:+34600111222\""),
                                Field.either("ProfileName", "profileName", "\"Ana Mar\u00eda\""),
                                Field.either("WaId", "waId", "\"34600111222\""),
                                Field.either("MessageType", "messageType", "\"location\""),
                                new Field(List.of("Latitude", "latitude"), "40.4168"),
                                new Field(List.of("Longitude", "longitude"), "-3.7038"),
                                Field.either("Address", "address", "\"Puerta del Sol, Madrid\""),
                                Field.either("Label", "label", "\"Meet here\""))),
                Arguments.of(
                        "pagerduty",
                        fixture("pagerduty", "incident.triggered"),
                        List.<String>of(),
                        List.of(
                                Field.text("id", "01JDQ8Z6R301K4M7N9P2Q5S8T"),
                                new Field(List.of("event_type", "type"), "\"incident.triggered\""),
                                Field.either("occurred_at", "occurredAt", "\"2026-11-27T11:52:03.107Z\""),
                                Field.either("resource_type", "resourceType", "\"incident\""),
                                Field.of("number", "4711"),
                                Field.text(
                                        "title", "Checkout latency p99 above 2s \u2014 caf\u00e9 region \uD83D\uDD25"),
                                Field.text("urgency", "high"),
                                Field.text("incident_key", "checkout-latency-eu-west-1"),
                                Field.text("summary", "Alice Okafor"))),
                Arguments.of(
                        "shopify",
                        order,
                        List.of(
                                "--event",
                                "orders/create",
                                "--header",
                                "X-Shopify-Shop-Domain: example-shop.myshopify.com",
                                "--header",
                                "X-Shopify-API-Version: 2026-07",
                                "--header",
                                "X-Shopify-Webhook-Id: 08fba850-493e-5931-a566-5b08846d0588"),
                        List.of(
                                Field.of("id", "820982911946154508"),
                                Field.of("total_price", "\"388.00\""),
                                Field.of("total_discounts", "\"9.70\""),
                                Field.of("current_total_price", "\"93.30\""),
                                Field.text("currency", "EUR"),
                                Field.text("name", "#1042"),
                                Field.either("shop_domain", "shopDomain", "\"example-shop.myshopify.com\""))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parsePrintsThePayloadsKeyFieldsWithTheirExactValues(
            String provider, String body, List<String> extra, List<Field> fields) throws Exception {
        Path file = dir.resolve(provider + ".body");
        Files.writeString(file, body, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("parse", "--provider", provider, "--body-file", file.toString()));
        args.addAll(extra);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), Map.of());

        assertThat(code).as(err.toString()).isZero();
        String printed = out.toString();
        int event = printed.indexOf("\"event\" : {");
        assertThat(event).as("the typed event is printed: %s", printed).isPositive();
        String eventJson = printed.substring(event);
        List<Field> missing = new ArrayList<>();
        for (Field field : fields) {
            if (!field.pattern().matcher(eventJson).find()) {
                missing.add(field);
            }
        }
        assertThat(missing)
                .as("fields missing or changed in the printed %s event:%n%s", provider, printed)
                .isEmpty();
    }
}
