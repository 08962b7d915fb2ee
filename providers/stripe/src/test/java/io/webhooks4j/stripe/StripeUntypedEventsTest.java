package io.webhooks4j.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.EventType;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every catalogued Stripe event type whose object stays a {@code JsonNode}, with the reason. The records are
 * generated from stripe/openapi's spec3 at 63a674638635c68de26b9f3add13e58198f4df44 (API version 2023-08-16, the
 * newest complete spec in our snapshot of that repository; see codegen/stripe/README.md): an object that spec does
 * not describe has no record. Typing one of these (or a regeneration from a newer spec) fails this test until the
 * entry is removed, so the list cannot go stale.
 */
class StripeUntypedEventsTest {
    static final Map<String, String> RAW = new TreeMap<>(Map.ofEntries(
            Map.entry("account_notice.created", "account notices (2024) are not in the 2023-08-16 spec"),
            Map.entry("account_notice.updated", "account notices (2024) are not in the 2023-08-16 spec"),
            Map.entry("balance_settings.updated", "balance settings (2025) are not in the 2023-08-16 spec"),
            Map.entry("billing.alert.triggered", "billing alerts (2024) are not in the 2023-08-16 spec"),
            Map.entry(
                    "billing.credit_balance_transaction.created",
                    "billing credits (2024) are not in the 2023-08-16 spec"),
            Map.entry("billing.credit_grant.created", "billing credits (2024) are not in the 2023-08-16 spec"),
            Map.entry("billing.credit_grant.updated", "billing credits (2024) are not in the 2023-08-16 spec"),
            Map.entry("billing.meter.created", "billing meters (2024) are not in the 2023-08-16 spec"),
            Map.entry("billing.meter.deactivated", "billing meters (2024) are not in the 2023-08-16 spec"),
            Map.entry("billing.meter.reactivated", "billing meters (2024) are not in the 2023-08-16 spec"),
            Map.entry("billing.meter.updated", "billing meters (2024) are not in the 2023-08-16 spec"),
            Map.entry("billing.meter_error_report.triggered", "billing meters (2024) are not in the 2023-08-16 spec"),
            Map.entry(
                    "capital.financing_offer.accepted",
                    "Capital financing objects are a private preview, never in the public spec"),
            Map.entry(
                    "capital.financing_offer.canceled",
                    "Capital financing objects are a private preview, never in the public spec"),
            Map.entry(
                    "capital.financing_offer.created",
                    "Capital financing objects are a private preview, never in the public spec"),
            Map.entry(
                    "capital.financing_offer.expired",
                    "Capital financing objects are a private preview, never in the public spec"),
            Map.entry(
                    "capital.financing_offer.fully_repaid",
                    "Capital financing objects are a private preview, never in the public spec"),
            Map.entry(
                    "capital.financing_offer.paid_out",
                    "Capital financing objects are a private preview, never in the public spec"),
            Map.entry(
                    "capital.financing_offer.rejected",
                    "Capital financing objects are a private preview, never in the public spec"),
            Map.entry(
                    "capital.financing_offer.replacement_created",
                    "Capital financing objects are a private preview, never in the public spec"),
            Map.entry(
                    "capital.financing_transaction.created",
                    "Capital financing objects are a private preview, never in the public spec"),
            Map.entry(
                    "climate.order.canceled",
                    "Climate orders and products (October 2023) are not in the 2023-08-16 spec"),
            Map.entry(
                    "climate.order.created",
                    "Climate orders and products (October 2023) are not in the 2023-08-16 spec"),
            Map.entry(
                    "climate.order.delayed",
                    "Climate orders and products (October 2023) are not in the 2023-08-16 spec"),
            Map.entry(
                    "climate.order.delivered",
                    "Climate orders and products (October 2023) are not in the 2023-08-16 spec"),
            Map.entry(
                    "climate.order.product_substituted",
                    "Climate orders and products (October 2023) are not in the 2023-08-16 spec"),
            Map.entry(
                    "climate.product.created",
                    "Climate orders and products (October 2023) are not in the 2023-08-16 spec"),
            Map.entry(
                    "climate.product.pricing_updated",
                    "Climate orders and products (October 2023) are not in the 2023-08-16 spec"),
            Map.entry(
                    "entitlements.active_entitlement_summary.updated",
                    "entitlements (2024) are not in the 2023-08-16 spec"),
            Map.entry(
                    "invoice.payment.overpaid",
                    "a public preview whose object Stripe does not document (invoice or invoice payment)"),
            Map.entry("issuing_dispute_settlement_detail.created", "a 2025 Issuing object, not in the 2023-08-16 spec"),
            Map.entry("issuing_dispute_settlement_detail.updated", "a 2025 Issuing object, not in the 2023-08-16 spec"),
            Map.entry("issuing_fraud_liability_debit.created", "a 2025 Issuing object, not in the 2023-08-16 spec"),
            Map.entry(
                    "issuing_personalization_design.activated",
                    "Issuing personalization designs (2024) are not in the 2023-08-16 spec"),
            Map.entry(
                    "issuing_personalization_design.deactivated",
                    "Issuing personalization designs (2024) are not in the 2023-08-16 spec"),
            Map.entry(
                    "issuing_personalization_design.rejected",
                    "Issuing personalization designs (2024) are not in the 2023-08-16 spec"),
            Map.entry(
                    "issuing_personalization_design.updated",
                    "Issuing personalization designs (2024) are not in the 2023-08-16 spec"),
            Map.entry("issuing_token.created", "Issuing tokens (late 2023) are not in the 2023-08-16 spec"),
            Map.entry("issuing_token.updated", "Issuing tokens (late 2023) are not in the 2023-08-16 spec"),
            Map.entry(
                    "privacy.redaction_job.canceled",
                    "privacy redaction jobs (2025 preview) are not in the 2023-08-16 spec"),
            Map.entry(
                    "privacy.redaction_job.created",
                    "privacy redaction jobs (2025 preview) are not in the 2023-08-16 spec"),
            Map.entry(
                    "privacy.redaction_job.ready",
                    "privacy redaction jobs (2025 preview) are not in the 2023-08-16 spec"),
            Map.entry(
                    "privacy.redaction_job.succeeded",
                    "privacy redaction jobs (2025 preview) are not in the 2023-08-16 spec"),
            Map.entry(
                    "privacy.redaction_job.validation_error",
                    "privacy redaction jobs (2025 preview) are not in the 2023-08-16 spec"),
            Map.entry("tax.form.updated", "tax forms (2024) are not in the 2023-08-16 spec")));

    @Test
    void everyUntypedEventTypeIsListedWithItsReason() {
        TreeSet<String> untyped = new TreeSet<>();
        for (EventType<?> type : StripeEvents.all()) {
            if (type.payloadType() == JsonNode.class) {
                untyped.add(type.name());
            }
        }
        assertThat(untyped).containsExactlyElementsOf(RAW.keySet());
        assertThat(RAW.values()).allSatisfy(reason -> assertThat(reason).isNotBlank());
    }

    @Test
    void mostOfTheCatalogueIsTyped() {
        long typed = StripeEvents.all().stream()
                .filter(t -> !t.isAny() && t.payloadType() != JsonNode.class)
                .count();
        long named = StripeEvents.all().stream().filter(t -> !t.isAny()).count();
        System.out.printf("stripe catalogue: %d of %d event types typed%n", typed, named);
        assertThat(named - typed).isEqualTo(RAW.size());
    }
}
