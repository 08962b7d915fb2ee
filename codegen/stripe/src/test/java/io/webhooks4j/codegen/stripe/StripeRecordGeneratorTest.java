package io.webhooks4j.codegen.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StripeRecordGeneratorTest {
    @Test
    void namesFollowJavaConventions() {
        assertThat(StripeRecordGenerator.pascal("issuing.authorization")).isEqualTo("IssuingAuthorization");
        assertThat(StripeRecordGenerator.className("invoiceitem")).isEqualTo("InvoiceItem");
        assertThat(StripeRecordGenerator.camel("default")).isEqualTo("defaultValue");
        assertThat(StripeRecordGenerator.camel("three_d_secure")).isEqualTo("threeDSecure");
        assertThat(StripeRecordGenerator.singular("tax_rates")).isEqualTo("tax_rate");
        assertThat(StripeRecordGenerator.singular("tiers_entries")).isEqualTo("tiers_entry");
    }

    @Test
    void enumConstantsAreJavaIdentifiersOrNothing() {
        assertThat(StripeRecordGenerator.constant("charge_automatically")).isEqualTo("CHARGE_AUTOMATICALLY");
        assertThat(StripeRecordGenerator.constant("2023-08-16")).isEqualTo("V_2023_08_16");
        assertThat(StripeRecordGenerator.constant("*")).isNull();
    }

    @Test
    void retypesOnlyRawConstantsWithARecord() {
        String source = "import io.webhooks4j.stripe.event.Charge;\n"
                + "    public static final EventType<StripeEvent<JsonNode>> COUPON_CREATED =\n"
                + "            DEFINE.type(\"coupon.created\", JsonNode.class);\n"
                + "    public static final EventType<StripeEvent<JsonNode>> BILLING_METER_CREATED =\n"
                + "            DEFINE.type(\"billing.meter.created\", JsonNode.class);\n";
        String typed = StripeRecordGenerator.retypeCatalogue(source, Map.of("coupon.created", "Coupon"));
        assertThat(typed)
                .contains("import io.webhooks4j.stripe.event.Coupon;\n")
                .contains(
                        "EventType<StripeEvent<Coupon>> COUPON_CREATED = DEFINE.type(\"coupon.created\", Coupon.class);")
                .contains("DEFINE.type(\"billing.meter.created\", JsonNode.class);");
        assertThat(StripeRecordGenerator.retypeCatalogue(typed, Map.of("coupon.created", "Coupon")))
                .isEqualTo(typed);
    }

    @Test
    void retiredHandWrittenRecordsAreNeverGeneratedFromASpecThatStillHasThem() {
        JsonNode spec = JsonMapper.builder().build().readTree("""
                {"info": {"version": "2020-08-27"}, "components": {"schemas": {
                  "sku": {"type": "object", "properties": {"id": {"type": "string"}}},
                  "recipient": {"type": "object", "properties": {"id": {"type": "string"}}}}}}""");
        String catalogue =
                "DEFINE.type(\"sku.created\", Sku.class);\nDEFINE.type(\"recipient.created\", Recipient.class);\n";
        StripeRecordGenerator generator = new StripeRecordGenerator(spec, "dd21899b", "openapi/spec3.yaml");

        Map<String, String> mapping = generator.plan(spec, catalogue);

        assertThat(mapping).containsEntry("sku.created", "Sku").containsEntry("recipient.created", "Recipient");
        assertThat(generator.generated()).doesNotContainKeys("Sku", "Recipient");
        assertThat(StripeRecordGenerator.OTHER_NAMES).contains("LegacyOrder");
    }

    @Test
    void aSchemaNestedByTwoObjectsBecomesOneTopLevelRecord() {
        JsonNode spec = JsonMapper.builder().build().readTree("""
                {"info": {"version": "2023-08-16"}, "components": {"schemas": {
                  "alpha": {"type": "object", "properties": {
                    "id": {"type": "string"},
                    "fee": {"anyOf": [{"$ref": "#/components/schemas/shared_fee"}], "nullable": true},
                    "detail": {"$ref": "#/components/schemas/alpha_detail"}}},
                  "beta": {"type": "object", "properties": {
                    "id": {"type": "string"},
                    "fees": {"type": "array", "items": {"$ref": "#/components/schemas/shared_fee"}},
                    "card": {"$ref": "#/components/schemas/card"}}},
                  "gamma": {"type": "object", "properties": {
                    "card": {"$ref": "#/components/schemas/card"}}},
                  "alpha_detail": {"type": "object", "properties": {"note": {"type": "string"}}},
                  "card": {"type": "object", "properties": {"last4": {"type": "string"}}},
                  "shared_fee": {"type": "object", "properties": {
                    "amount": {"type": "integer"},
                    "kind": {"type": "string", "enum": ["flat", "percent"]}}}}}}""");
        String catalogue = "DEFINE.type(\"alpha.created\", JsonNode.class);\n"
                + "DEFINE.type(\"beta.created\", JsonNode.class);\n"
                + "DEFINE.type(\"gamma.created\", JsonNode.class);\n";
        StripeRecordGenerator generator = new StripeRecordGenerator(spec, "63a67463", "openapi/spec3.yaml");

        generator.plan(spec, catalogue);

        assertThat(generator.generated())
                .containsEntry("SharedFee", "shared_fee")
                .containsEntry("CardDetails", "card") // Card is a hand-written record of the package
                .doesNotContainKey("Detail")
                .doesNotContainValue("alpha_detail");
        String alpha = generator.render("Alpha", "alpha");
        String beta = generator.render("Beta", "beta");
        String fee = generator.render("SharedFee", "shared_fee");
        assertThat(alpha)
                .contains("@Nullable SharedFee fee,")
                .doesNotContain("record SharedFee")
                .contains("@Nullable Detail detail,")
                .contains("    public record Detail(");
        assertThat(beta)
                .contains("List<SharedFee> fees")
                .contains("@Nullable CardDetails card,")
                .doesNotContain("record SharedFee")
                .doesNotContain("enum Kind");
        assertThat(fee)
                .startsWith(StripeRecordGenerator.GENERATED_MARK)
                .contains("Stripe's {@code shared_fee}, one record for every place that has one: in {@link Alpha},"
                        + " {@link Beta}.")
                .contains("@JsonIgnoreProperties(ignoreUnknown = true)\npublic record SharedFee(")
                .contains("@Nullable Long amount,")
                .contains("@Nullable Kind kind) {")
                .contains("    public enum Kind {")
                .contains("@JsonEnumDefaultValue")
                .doesNotContain("deleted");
        StripeRecordGenerator again = new StripeRecordGenerator(spec, "63a67463", "openapi/spec3.yaml");
        again.plan(spec, catalogue);
        assertThat(again.generated()).isEqualTo(generator.generated());
        assertThat(again.render("SharedFee", "shared_fee")).isEqualTo(fee);
    }
}
