package io.webhooks4j.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.RawBody;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import io.webhooks4j.stripe.event.CheckoutSession;
import io.webhooks4j.stripe.event.Invoice;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Issues #16.17 (fields, payloadAs), #16.16 (invoice status deleted) and #16.12 (one JSON rendering). */
class StripeModelAdditionsTest {
    private static StripeEvent<?> parseBody(String body) {
        StripeProvider provider = Fixtures.provider();
        var request = Fixtures.signed(RawBody.ofUtf8(body));
        return provider.parse(request, provider.verify(request));
    }

    @Test
    void checkoutSessionTotalsPaymentMethodTypesCustomerCreationAndLocale() {
        CheckoutSession session = (CheckoutSession)
                Fixtures.parse("checkout.session.completed.json").data().object();

        assertThat(session.totalDetails().amountTax()).isEqualTo(1653L);
        assertThat(session.totalDetails().amountDiscount()).isZero();
        assertThat(session.totalDetails().breakdown()).isNull();
        assertThat(session.paymentMethodTypes()).containsExactly("card");
        assertThat(session.customerCreation()).isEqualTo(CheckoutSession.CustomerCreation.IF_REQUIRED);
        assertThat(session.locale()).isEqualTo("de");
        assertThat(session.collectedInformation()).isNull();
    }

    @Test
    void anExpandedBreakdownAndCollectedInformationAreTyped() {
        CheckoutSession session = (CheckoutSession) parseBody("""
                {"id": "evt_b", "object": "event", "type": "checkout.session.completed", "created": 1795780800,
                 "data": {"object": {"id": "cs_1", "object": "checkout.session", "customer_creation": "always",
                   "total_details": {"amount_discount": 500, "amount_shipping": 0, "amount_tax": 1653,
                     "breakdown": {
                       "discounts": [{"amount": 500, "discount": {"id": "di_1", "object": "discount",
                                      "promotion_code": "promo_1", "start": 1795780000}}],
                       "taxes": [{"amount": 1653, "taxability_reason": "standard_rated", "taxable_amount": 8700,
                                  "rate": {"id": "txr_1", "object": "tax_rate", "display_name": "MwSt.",
                                           "percentage": 19.0, "inclusive": false, "country": "DE",
                                           "tax_type": "vat"}}]}},
                   "collected_information": {"business_name": "Kaffeehaus GmbH", "individual_name": null,
                     "shipping_details": {"name": "Ines Moreau",
                       "address": {"city": "Berlin", "country": "DE", "postal_code": "10115"}}}}}}""").data().object();

        assertThat(session.customerCreation()).isEqualTo(CheckoutSession.CustomerCreation.ALWAYS);
        assertThat(session.paymentMethodTypes()).isEmpty();
        CheckoutSession.Breakdown breakdown = session.totalDetails().breakdown();
        assertThat(breakdown.discounts()).singleElement().satisfies(d -> {
            assertThat(d.amount()).isEqualTo(500L);
            assertThat(d.discount().promotionCode()).isEqualTo("promo_1");
        });
        assertThat(breakdown.taxes()).singleElement().satisfies(t -> {
            assertThat(t.taxableAmount()).isEqualTo(8700L);
            assertThat(t.taxabilityReason()).isEqualTo("standard_rated");
            assertThat(t.rate().percentage()).isEqualTo(new BigDecimal("19.0"));
            assertThat(t.rate().displayName()).isEqualTo("MwSt.");
        });
        assertThat(session.collectedInformation().businessName()).isEqualTo("Kaffeehaus GmbH");
        assertThat(session.collectedInformation().shippingDetails().address().city())
                .isEqualTo("Berlin");
    }

    @Test
    void unknownCustomerCreationReadsAsUnknown() {
        CheckoutSession session = (CheckoutSession)
                parseBody("{\"id\":\"evt_u\",\"object\":\"event\",\"type\":\"checkout.session.completed\","
                                + "\"data\":{\"object\":{\"id\":\"cs_2\",\"customer_creation\":\"sometimes\"}}}")
                        .data()
                        .object();

        assertThat(session.customerCreation()).isEqualTo(CheckoutSession.CustomerCreation.UNKNOWN);
    }

    @Test
    void invoiceAccountNameAndAutoAdvance() {
        Invoice invoice = (Invoice) Fixtures.parse("invoice.paid.json").data().object();

        assertThat(invoice.accountName()).isEqualTo("Kaffeehaus GmbH");
        assertThat(invoice.autoAdvance()).isFalse();
        assertThat(invoice.isDeleted()).isFalse();
    }

    @Test
    void aDeletedInvoiceIsNotUnknown() {
        for (String object : new String[] {
            "{\"id\":\"in_d\",\"object\":\"invoice\",\"status\":\"deleted\"}",
            "{\"id\":\"in_d\",\"object\":\"invoice\",\"deleted\":true}"
        }) {
            Invoice invoice = (Invoice) parseBody("{\"id\":\"evt_d\",\"object\":\"event\",\"type\":\"invoice.deleted\","
                            + "\"data\":{\"object\":" + object + "}}")
                    .data()
                    .object();

            assertThat(invoice.status()).isNotEqualTo(Invoice.Status.UNKNOWN);
            assertThat(invoice.isDeleted()).as(object).isTrue();
        }
    }

    /** A user's own view of an invoice. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MyInvoice(
            String id,
            @JsonProperty("amount_paid") long amountPaid,
            @JsonProperty("account_name") String accountName,
            JsonNode lines) {}

    @Test
    void payloadAsBindsDataObjectToTheUsersOwnType() {
        StripeEvent<?> event = Fixtures.parse("invoice.paid.json");

        MyInvoice mine = event.payloadAs(MyInvoice.class);

        assertThat(mine.id()).isEqualTo("in_1QwU6d2eZvKYlo2CiNv0Ice1");
        assertThat(mine.amountPaid()).isEqualTo(9650L);
        assertThat(mine.accountName()).isEqualTo("Kaffeehaus GmbH");
        assertThat(mine.lines().path("data").isArray()).isTrue();
        assertThat(event.payloadAs(JsonNode.class))
                .isEqualTo(event.raw().path("data").path("object"));
    }

    /** A type the object does not fit. */
    record Strict(@JsonProperty("amount_paid") java.util.List<String> amountPaid) {}

    @Test
    void payloadAsThatDoesNotFitIsAParseFailure() {
        StripeEvent<?> event = Fixtures.parse("invoice.paid.json");

        assertThatExceptionOfType(WebhookParseException.class).isThrownBy(() -> event.payloadAs(Strict.class));
    }

    @Test
    void payloadAsOfAThinEventIsTheThinEvent() {
        StripeEvent<?> event = Fixtures.parse("v1.billing.meter.error_report_triggered.thin.json");

        StripeThinEvent thin = event.payloadAs(StripeThinEvent.class);

        assertThat(thin.id()).isEqualTo(event.id());
        assertThat(thin.type()).isEqualTo("v1.billing.meter.error_report_triggered");
    }

    @Test
    void theJsonRenderingHasTheEnvelopeAndTheObjectExactlyAsSent() {
        StripeEvent<?> event = Fixtures.parse("price.updated.json");

        String json = WebhookJson.write(event);

        assertThat(json)
                .contains("\"provider\":\"stripe\"")
                .contains("\"id\":\"evt_1QwY1l2eZvKYlo2C9PrIcUp1\"")
                .contains("\"type\":\"price.updated\"")
                .contains("\"created\":\"2026-11-29T11:00:00Z\"")
                .contains("\"api_version\":\"2026-07-29.dahlia\"")
                .contains("\"livemode\":false")
                .contains("\"request\":{\"id\":\"req_PrIcEr3t1r3\",\"idempotency_key\":null}")
                .contains("\"pending_webhooks\":1")
                .contains("\"thin\":false")
                .contains("\"unit_amount\":2900")
                .contains("\"unit_amount_decimal\":\"2900\"")
                .contains("\"tax_behavior\":\"exclusive\"")
                .contains("\"previous_attributes\":{\"active\":true,\"lookup_key\":\"pro_monthly\"");
        JsonNode tree = WebhookJson.readTree(json);
        assertThat(tree.path("data").path("object"))
                .isEqualTo(event.raw().path("data").path("object"));
    }

    @Test
    void decimalsKeepTheirExactFormInTheRendering() {
        StripeEvent<?> event = parseBody("{\"id\":\"evt_x\",\"object\":\"event\",\"type\":\"price.updated\","
                + "\"data\":{\"object\":{\"id\":\"price_x\",\"unit_amount_decimal\":388.00,\"amount\":38800}}}");

        assertThat(WebhookJson.write(event))
                .contains("\"unit_amount_decimal\":388.00")
                .contains("\"amount\":38800")
                .contains("\"created\":null");
    }

    @Test
    void aThinEventRendersTheThinEventAsItsObject() {
        StripeEvent<?> event = Fixtures.parse("v1.billing.meter.error_report_triggered.thin.json");

        JsonNode tree = WebhookJson.readTree(WebhookJson.write(event));

        assertThat(tree.path("thin").booleanValue()).isTrue();
        assertThat(tree.path("data").path("object")).isEqualTo(event.raw());
        assertThat(tree.path("created").asString()).isEqualTo(event.created().toString());
    }
}
