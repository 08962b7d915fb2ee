package io.webhooks4j.stripe;

import io.webhooks4j.EventType;
import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.Webhooks;
import io.webhooks4j.testkit.DocumentedOutcomes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random bodies and headers through {@link Webhooks#handle}: signed with the right secret (so the parser sees
 * them), with the wrong one, or with random headers. Every answer is documented and nothing is a 500.
 */
class StripeRandomInputPropertyTest {
    private final StripeProvider provider = Fixtures.provider();
    private final AtomicLong sink = new AtomicLong();
    private final Webhooks webhooks = Webhooks.builder()
            .provider(provider)
            // Handlers written as users should: nested objects may be absent (null); lists and maps never are.
            .on(StripeEvents.INVOICE_PAID, e -> Optional.ofNullable(
                            e.data().object().lines())
                    .map(lines -> lines.data().size()))
            .on(StripeEvents.CUSTOMER_SUBSCRIPTION_UPDATED, e -> Optional.ofNullable(
                            e.data().object().items())
                    .map(items -> items.data().size()))
            .on(
                    StripeEvents.PAYMENT_INTENT_SUCCEEDED,
                    e -> e.data().object().metadata().get("order_id"))
            .on(StripeEvents.THIN_EVENT, e -> e.data().object().id().length())
            .on(
                    StripeEvents.ANY,
                    e -> sink.addAndGet(
                            e.raw().size() + e.id().length() + e.type().length()))
            .build();

    private static final List<String> TYPES = List.of(
            "invoice.paid",
            "customer.subscription.updated",
            "payment_intent.succeeded",
            "charge.refunded",
            "checkout.session.completed",
            "v1.billing.meter.no_meter_found",
            "unknown.thing");

    @Provide
    Arbitrary<String> jsonValues() {
        return Arbitraries.recursive(
                () -> Arbitraries.oneOf(
                        Arbitraries.strings()
                                .ofMaxLength(12)
                                .map(s -> "\"" + s.replace("\\", "").replace("\"", "") + "\""),
                        Arbitraries.longs().map(String::valueOf),
                        Arbitraries.of("null", "true", "false", "1.5", "-0", "1e400", "\"in_1\"", "{}", "[]")),
                inner -> Arbitraries.oneOf(
                        Combinators.combine(
                                        Arbitraries.of(
                                                "id",
                                                "amount_paid",
                                                "lines",
                                                "data",
                                                "items",
                                                "metadata",
                                                "created",
                                                "status",
                                                "customer",
                                                "price",
                                                "object",
                                                "period"),
                                        inner)
                                .as((k, v) -> "{\"" + k + "\":" + v + "}"),
                        inner.list().ofMaxSize(3).map(l -> "[" + String.join(",", l) + "]")),
                4);
    }

    @Provide
    Arbitrary<WebhookRequest> deliveries() {
        Arbitrary<String> envelope = Combinators.combine(
                        Arbitraries.of(TYPES),
                        Arbitraries.of("\"event\"", "\"v2.core.event\"", "null", "\"charge\""),
                        jsonValues(),
                        jsonValues())
                .as((type, object, dataObject, created) -> "{\"id\":\"evt_p\",\"object\":" + object + ",\"type\":\""
                        + type + "\",\"created\":" + created + ",\"data\":{\"object\":" + dataObject + "}}");
        Arbitrary<byte[]> body = Arbitraries.oneOf(
                envelope.map(s -> s.getBytes(StandardCharsets.UTF_8)),
                jsonValues().map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300),
                Arbitraries.of(
                                "payment_intent.succeeded.json",
                                "invoice.paid.json",
                                "customer.subscription.updated.json",
                                "v1.billing.meter.error_report_triggered.thin.json")
                        .map(f -> Fixtures.body(f).toByteArray()));
        Arbitrary<String> header = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(80),
                Arbitraries.strings().numeric().ofMaxLength(25).map(t -> "t=" + t + ",v1=" + "ab".repeat(32)),
                Arbitraries.strings().withCharRange('0', 'f').ofMaxLength(70).map(v -> "t=1795780800,v1=" + v),
                Arbitraries.just("t=1795780800,v0=" + "00".repeat(32)));
        Arbitrary<Integer> mode = Arbitraries.integers().between(0, 3);
        return Combinators.combine(body, header, mode).as((b, h, m) -> {
            WebhookRequest unsigned = Fixtures.unsigned(RawBody.of(b));
            return switch (m) {
                case 0, 1 -> provider.sign(unsigned);
                case 2 ->
                    StripeProvider.builder()
                            .secrets(Fixtures.OTHER_SECRET)
                            .clock(Fixtures.CLOCK)
                            .build()
                            .sign(unsigned);
                default -> unsigned.toBuilder().header("Stripe-Signature", h).build();
            };
        });
    }

    @Property(tries = 300)
    void everyAnswerIsDocumented(@ForAll("deliveries") WebhookRequest request) {
        DocumentedOutcomes.assertDocumented(webhooks.handle("stripe", request), Fixtures.SECRET, Fixtures.OTHER_SECRET);
    }

    @Property(tries = 100)
    void everyCatalogueTypeWithARandomObjectIsDocumented(
            @ForAll("catalogueTypes") String type, @ForAll("jsonValues") String dataObject) {
        String body = "{\"id\":\"evt_c\",\"object\":\"event\",\"type\":\"" + type + "\",\"data\":{\"object\":"
                + dataObject + "}}";
        DocumentedOutcomes.assertDocumented(
                webhooks.handle("stripe", provider.sign(Fixtures.unsigned(RawBody.ofUtf8(body)))), Fixtures.SECRET);
    }

    @Provide
    Arbitrary<String> catalogueTypes() {
        return Arbitraries.of(StripeEvents.all()).map(EventType::name);
    }
}
