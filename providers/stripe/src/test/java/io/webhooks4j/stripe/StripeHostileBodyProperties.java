package io.webhooks4j.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.EventType;
import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.stripe.event.CheckoutSession;
import io.webhooks4j.stripe.event.Invoice;
import io.webhooks4j.testkit.DocumentedOutcomes;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Authentic (correctly signed) but hostile bodies through {@link Webhooks#handle} (issue #15.8): every value a
 * sender controls, in the envelope ({@code created}, {@code pending_webhooks}, {@code request}, ...) and in
 * {@code data.object} of every catalogue type, set to huge, negative, overflowing or fractional numbers, MIN/MAX
 * longs, huge exponents, wrong types, deep nesting, unknown enum values and odd unicode. Only documented
 * statuses come back (a 400 for what cannot be read), never a 500, and handlers that read the typed fields the
 * way users do never see a value that makes them throw.
 */
class StripeHostileBodyProperties {
    private final AtomicLong sink = new AtomicLong();
    private final Webhooks webhooks = Webhooks.builder()
            .provider(Fixtures.provider())
            .on(StripeEvents.INVOICE_PAID, e -> {
                Invoice invoice = e.data().object();
                sink.addAndGet(Objects.requireNonNullElse(invoice.amountPaid(), 0L));
                touch(invoice.created(), invoice.periodEnd(), invoice.status());
                if (invoice.lines() != null) {
                    invoice.lines().data().forEach(line -> {
                        BigDecimal unit =
                                line.pricing() == null ? null : line.pricing().unitAmountDecimal();
                        if (unit != null) {
                            sink.addAndGet(unit.toBigInteger().bitLength()); // hangs on 1e999999999
                        }
                    });
                }
            })
            .on(StripeEvents.CHECKOUT_SESSION_COMPLETED, e -> {
                CheckoutSession session = e.data().object();
                touch(session.status(), session.expiresAt(), session.totalDetails(), session.customerCreation());
                sink.addAndGet(session.paymentMethodTypes().size());
                if (session.totalDetails() != null && session.totalDetails().breakdown() != null) {
                    session.totalDetails().breakdown().taxes().forEach(t -> touch(t.rate()));
                }
            })
            .on(StripeEvents.PRICE_UPDATED, e -> {
                BigDecimal unit = e.data().object().unitAmountDecimal();
                if (unit != null) {
                    sink.addAndGet(
                            unit.setScale(2, java.math.RoundingMode.HALF_UP).hashCode());
                }
            })
            .on(StripeEvents.ANY, e -> {
                touch(e.created(), e.id(), e.type(), e.pendingWebhooks(), e.requestId());
                sink.addAndGet(WebhookJson.write(e).length());
            })
            .build();

    private void touch(Object... values) {
        for (Object value : values) {
            sink.addAndGet(String.valueOf(value).length());
        }
    }

    private static final List<String> NUMBERS = List.of(
            "-9223372036854775808",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775809",
            "99999999999999999999999999999999999999",
            "100000000000000",
            "-100000000000000",
            "31556889864403199",
            "-31557014167219200",
            "0",
            "-1",
            "-0",
            "1.5",
            "1e3",
            "1E+2",
            "1e999999999",
            "-1e-999999999",
            "1e308",
            "1e400",
            "4.9e-324",
            "\"1e999999999\"",
            "\"-9223372036854775808\"",
            "\"12.50\"",
            "\"\"",
            "\"NaN\"",
            "\"Infinity\"");

    private static final List<String> ODD = List.of(
            "null",
            "true",
            "false",
            "{}",
            "[]",
            "[1,2,3]",
            "{\"id\":\"x\"}",
            "\"\"",
            "\"teleported\"",
            "\"DELETED\"",
            "\"paid\"",
            "\"deleted\"",
            "\"\\u0000\"",
            "\"\\ud83d\"",
            "\"\\udc00\\ud83d\"",
            "\"e\\u0301\\u202e\\ufeff\"",
            "\"𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🧾\"",
            "\"2026-11-27T12:00:00Z\"",
            "\"+1000000000-12-31T23:59:59Z\"",
            "\"yesterday\"",
            "[".repeat(250) + "]".repeat(250),
            "{\"a\":".repeat(199) + "1" + "}".repeat(199));

    private static final List<String> ENVELOPE_FIELDS =
            List.of("created", "pending_webhooks", "livemode", "api_version", "account", "request", "object");

    private static final List<String> OBJECT_FIELDS = List.of(
            "id",
            "object",
            "amount",
            "amount_paid",
            "amount_due",
            "amount_total",
            "unit_amount",
            "unit_amount_decimal",
            "quantity",
            "created",
            "period_start",
            "period_end",
            "current_period_end",
            "expires_at",
            "arrival_date",
            "due_by",
            "status",
            "mode",
            "payment_status",
            "type",
            "interval",
            "locale",
            "customer",
            "customer_creation",
            "payment_method_types",
            "total_details",
            "collected_information",
            "auto_advance",
            "account_name",
            "metadata",
            "lines",
            "items",
            "recurring",
            "pricing",
            "status_transitions",
            "refunds",
            "exp_month",
            "livemode");

    @Provide
    Arbitrary<String> scalars() {
        return Arbitraries.oneOf(
                Arbitraries.of(NUMBERS),
                Arbitraries.of(ODD),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.bigIntegers()
                        .between(
                                new java.math.BigInteger("-1" + "0".repeat(40)),
                                new java.math.BigInteger("1" + "0".repeat(40)))
                        .map(String::valueOf));
    }

    /** Mostly a hostile scalar, sometimes nested objects and lists of them. */
    @Provide
    Arbitrary<String> hostileValues() {
        return Arbitraries.oneOf(scalars(), scalars(), nested());
    }

    private Arbitrary<String> nested() {
        return Arbitraries.recursive(
                this::scalars,
                inner -> Arbitraries.oneOf(
                        Combinators.combine(Arbitraries.of(OBJECT_FIELDS), inner)
                                .as((k, v) -> "{\"" + k + "\":" + v + "}"),
                        Combinators.combine(Arbitraries.of(OBJECT_FIELDS), inner, Arbitraries.of(OBJECT_FIELDS), inner)
                                .as((k1, v1, k2, v2) -> "{\"" + k1 + "\":" + v1 + ",\"" + k2 + "\":" + v2 + "}"),
                        Combinators.combine(
                                        Arbitraries.of(List.of("data", "object", "total_details", "breakdown")), inner)
                                .as((k, v) -> "{\"" + k + "\":[" + v + "]}"),
                        inner.list().ofMaxSize(3).map(l -> "[" + String.join(",", l) + "]")),
                3);
    }

    @Provide
    Arbitrary<String> dataObjects() {
        return Combinators.combine(
                        Arbitraries.of(OBJECT_FIELDS), hostileValues(), Arbitraries.of(OBJECT_FIELDS), hostileValues())
                .as((k1, v1, k2, v2) -> "{\"id\":\"obj_1\",\"" + k1 + "\":" + v1 + ",\"" + k2 + "\":" + v2 + "}");
    }

    @Provide
    Arbitrary<String> types() {
        return Arbitraries.oneOf(
                Arbitraries.of(StripeEvents.all()).map(EventType::name),
                Arbitraries.of("invoice.paid", "checkout.session.completed", "price.updated", "a.new.type"));
    }

    private WebhookResponse handle(String body) {
        WebhookResponse response = webhooks.handle("stripe", Fixtures.signed(RawBody.ofUtf8(body)));
        DocumentedOutcomes.assertDocumented(response, Fixtures.SECRET);
        assertThat(response.status()).as("status of %s", body).isIn(200, 400);
        return response;
    }

    @Property(tries = 400)
    void hostileEnvelopeValuesGetADocumentedStatus(
            @ForAll("types") String type,
            @ForAll("envelopeFields") String field,
            @ForAll("hostileValues") String value,
            @ForAll("dataObjects") String dataObject) {
        handle("{\"id\":\"evt_h\",\"object\":\"event\",\"type\":\"" + type + "\",\"" + field + "\":" + value
                + ",\"data\":{\"object\":" + dataObject + "}}");
    }

    @Provide
    Arbitrary<String> envelopeFields() {
        return Arbitraries.of(ENVELOPE_FIELDS);
    }

    @Property(tries = 400)
    void hostileObjectsOfEveryCatalogueTypeGetADocumentedStatus(
            @ForAll("types") String type, @ForAll("dataObjects") String dataObject) {
        handle("{\"id\":\"evt_o\",\"object\":\"event\",\"type\":\"" + type + "\",\"created\":1795780800,"
                + "\"data\":{\"object\":" + dataObject + ",\"previous_attributes\":" + dataObject + "}}");
    }

    @Property(tries = 150)
    void hostileThinEventsGetADocumentedStatus(
            @ForAll("hostileValues") String created, @ForAll("hostileValues") String related) {
        handle("{\"id\":\"evt_t\",\"object\":\"v2.core.event\",\"type\":\"v1.billing.meter.no_meter_found\","
                + "\"created\":" + created + ",\"related_object\":" + related + ",\"livemode\":" + related + "}");
    }

    @Example
    void createdAtLongMinValueIsA400NotA500() {
        for (String created : List.of(
                "-9223372036854775808", "9223372036854775807", "-100000000000001", "\"+1000000000-01-01T00:00:00Z\"")) {
            WebhookResponse response = handle("{\"id\":\"evt_m\",\"object\":\"event\",\"type\":\"invoice.paid\","
                    + "\"created\":" + created + ",\"data\":{\"object\":{\"id\":\"in_1\"}}}");
            assertThat(response.status()).as(created).isEqualTo(400);
        }
    }

    @Example
    void payloadTimesAndAmountsBeyondTheirRangeAre400() {
        for (String field : List.of(
                "\"created\":-9223372036854775808",
                "\"period_end\":9223372036854775807",
                "\"amount_paid\":9223372036854775808",
                "\"amount_paid\":1e999999999")) {
            WebhookResponse response = handle("{\"id\":\"evt_p\",\"object\":\"event\",\"type\":\"invoice.paid\","
                    + "\"data\":{\"object\":{\"id\":\"in_1\"," + field + "}}}");
            assertThat(response.status()).as(field).isEqualTo(400);
            assertThat(response.outcome()).isEqualTo(DeliveryOutcome.Kind.REJECTED);
        }
    }

    @Example
    void hugeDecimalExponentsNeverReachAHandler() {
        for (String value : List.of("1e999999999", "\"1e999999999\"", "-1E-999999999", "\"1e1001\"")) {
            WebhookResponse response = handle("{\"id\":\"evt_d\",\"object\":\"event\",\"type\":\"price.updated\","
                    + "\"data\":{\"object\":{\"id\":\"price_1\",\"unit_amount_decimal\":" + value + "}}}");
            assertThat(response.status()).as(value).isEqualTo(400);
        }
    }
}
