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
}
