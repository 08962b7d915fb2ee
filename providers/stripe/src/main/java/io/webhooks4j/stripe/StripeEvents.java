package io.webhooks4j.stripe;

import com.fasterxml.jackson.databind.JsonNode;
import io.webhooks4j.EventType;
import io.webhooks4j.stripe.event.Charge;
import io.webhooks4j.stripe.event.CheckoutSession;
import io.webhooks4j.stripe.event.Customer;
import io.webhooks4j.stripe.event.Discount;
import io.webhooks4j.stripe.event.Dispute;
import io.webhooks4j.stripe.event.Invoice;
import io.webhooks4j.stripe.event.InvoicePayment;
import io.webhooks4j.stripe.event.PaymentIntent;
import io.webhooks4j.stripe.event.PaymentMethod;
import io.webhooks4j.stripe.event.Payout;
import io.webhooks4j.stripe.event.Price;
import io.webhooks4j.stripe.event.Product;
import io.webhooks4j.stripe.event.Refund;
import io.webhooks4j.stripe.event.SetupIntent;
import io.webhooks4j.stripe.event.Subscription;
import io.webhooks4j.stripe.event.TaxId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every Stripe event type, as a typed key for {@code Webhooks.Builder.on(...)}:
 * {@code on(StripeEvents.INVOICE_PAID, e -> e.data().object().amountPaid())} compiles with no cast.
 *
 * <p>The snapshot event types are the values of Stripe's {@code Event.type} enum (the "Types of events" page,
 * https://docs.stripe.com/api/events/types, as generated into the official SDKs from Stripe's OpenAPI spec,
 * public previews included). Types whose {@code data.object} is modelled carry its record ({@link Invoice},
 * {@link PaymentIntent}, ...); the others carry the object as a {@link JsonNode}. A type Stripe adds later
 * still parses (to a {@code JsonNode} payload) and reaches {@link #ANY} handlers.
 *
 * <p>Thin events ({@code "object": "v2.core.event"}, sent to event destinations) carry a {@link StripeThinEvent}:
 * {@link #THIN_EVENT} matches all of them, and the few typed constants below match one type each.
 */
public final class StripeEvents {
    private static final Map<String, EventType<?>> REGISTRY = new LinkedHashMap<>();

    /** Every Stripe event, snapshot or thin. */
    public static final EventType<StripeEvent<?>> ANY = EventType.any(StripeProvider.ID);

    /** Every thin event ({@code "object": "v2.core.event"}), whatever its type. */
    public static final EventType<StripeEvent<StripeThinEvent>> THIN_EVENT =
            EventType.of(StripeProvider.ID, StripeThinEvent.OBJECT, StripeThinEvent.class);

    // Thin event types (event destinations).
    public static final EventType<StripeEvent<StripeThinEvent>> V1_BILLING_METER_ERROR_REPORT_TRIGGERED =
            define("v1.billing.meter.error_report_triggered", StripeThinEvent.class);
    public static final EventType<StripeEvent<StripeThinEvent>> V1_BILLING_METER_NO_METER_FOUND =
            define("v1.billing.meter.no_meter_found", StripeThinEvent.class);
    public static final EventType<StripeEvent<StripeThinEvent>> V2_CORE_EVENT_DESTINATION_PING =
            define("v2.core.event_destination.ping", StripeThinEvent.class);

    // Snapshot event types.
    public static final EventType<StripeEvent<JsonNode>> ACCOUNT_APPLICATION_AUTHORIZED =
            define("account.application.authorized", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> ACCOUNT_APPLICATION_DEAUTHORIZED =
            define("account.application.deauthorized", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> ACCOUNT_EXTERNAL_ACCOUNT_CREATED =
            define("account.external_account.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> ACCOUNT_EXTERNAL_ACCOUNT_DELETED =
            define("account.external_account.deleted", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> ACCOUNT_EXTERNAL_ACCOUNT_UPDATED =
            define("account.external_account.updated", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> ACCOUNT_UPDATED = define("account.updated", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> ACCOUNT_NOTICE_CREATED =
            define("account_notice.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> ACCOUNT_NOTICE_UPDATED =
            define("account_notice.updated", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> APPLICATION_FEE_CREATED =
            define("application_fee.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> APPLICATION_FEE_REFUND_UPDATED =
            define("application_fee.refund.updated", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> APPLICATION_FEE_REFUNDED =
            define("application_fee.refunded", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> BALANCE_AVAILABLE =
            define("balance.available", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> BALANCE_SETTINGS_UPDATED =
            define("balance_settings.updated", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> BILLING_ALERT_TRIGGERED =
            define("billing.alert.triggered", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> BILLING_CREDIT_BALANCE_TRANSACTION_CREATED =
            define("billing.credit_balance_transaction.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> BILLING_CREDIT_GRANT_CREATED =
            define("billing.credit_grant.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> BILLING_CREDIT_GRANT_UPDATED =
            define("billing.credit_grant.updated", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> BILLING_METER_CREATED =
            define("billing.meter.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> BILLING_METER_DEACTIVATED =
            define("billing.meter.deactivated", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> BILLING_METER_REACTIVATED =
            define("billing.meter.reactivated", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> BILLING_METER_UPDATED =
            define("billing.meter.updated", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> BILLING_METER_ERROR_REPORT_TRIGGERED =
            define("billing.meter_error_report.triggered", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> BILLING_PORTAL_CONFIGURATION_CREATED =
            define("billing_portal.configuration.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> BILLING_PORTAL_CONFIGURATION_UPDATED =
            define("billing_portal.configuration.updated", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> BILLING_PORTAL_SESSION_CREATED =
            define("billing_portal.session.created", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> CAPABILITY_UPDATED =
            define("capability.updated", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> CAPITAL_FINANCING_OFFER_ACCEPTED =
            define("capital.financing_offer.accepted", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> CAPITAL_FINANCING_OFFER_CANCELED =
            define("capital.financing_offer.canceled", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> CAPITAL_FINANCING_OFFER_CREATED =
            define("capital.financing_offer.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> CAPITAL_FINANCING_OFFER_EXPIRED =
            define("capital.financing_offer.expired", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> CAPITAL_FINANCING_OFFER_FULLY_REPAID =
            define("capital.financing_offer.fully_repaid", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> CAPITAL_FINANCING_OFFER_PAID_OUT =
            define("capital.financing_offer.paid_out", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> CAPITAL_FINANCING_OFFER_REJECTED =
            define("capital.financing_offer.rejected", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> CAPITAL_FINANCING_OFFER_REPLACEMENT_CREATED =
            define("capital.financing_offer.replacement_created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> CAPITAL_FINANCING_TRANSACTION_CREATED =
            define("capital.financing_transaction.created", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> CASH_BALANCE_FUNDS_AVAILABLE =
            define("cash_balance.funds_available", JsonNode.class);

    public static final EventType<StripeEvent<Charge>> CHARGE_CAPTURED = define("charge.captured", Charge.class);
    public static final EventType<StripeEvent<Dispute>> CHARGE_DISPUTE_CLOSED =
            define("charge.dispute.closed", Dispute.class);
    public static final EventType<StripeEvent<Dispute>> CHARGE_DISPUTE_CREATED =
            define("charge.dispute.created", Dispute.class);
    public static final EventType<StripeEvent<Dispute>> CHARGE_DISPUTE_FUNDS_REINSTATED =
            define("charge.dispute.funds_reinstated", Dispute.class);
    public static final EventType<StripeEvent<Dispute>> CHARGE_DISPUTE_FUNDS_WITHDRAWN =
            define("charge.dispute.funds_withdrawn", Dispute.class);
    public static final EventType<StripeEvent<Dispute>> CHARGE_DISPUTE_UPDATED =
            define("charge.dispute.updated", Dispute.class);
    public static final EventType<StripeEvent<Charge>> CHARGE_EXPIRED = define("charge.expired", Charge.class);
    public static final EventType<StripeEvent<Charge>> CHARGE_FAILED = define("charge.failed", Charge.class);
    public static final EventType<StripeEvent<Charge>> CHARGE_PENDING = define("charge.pending", Charge.class);
    public static final EventType<StripeEvent<Refund>> CHARGE_REFUND_UPDATED =
            define("charge.refund.updated", Refund.class);
    public static final EventType<StripeEvent<Charge>> CHARGE_REFUNDED = define("charge.refunded", Charge.class);
    public static final EventType<StripeEvent<Charge>> CHARGE_SUCCEEDED = define("charge.succeeded", Charge.class);
    public static final EventType<StripeEvent<Charge>> CHARGE_UPDATED = define("charge.updated", Charge.class);

    public static final EventType<StripeEvent<CheckoutSession>> CHECKOUT_SESSION_ASYNC_PAYMENT_FAILED =
            define("checkout.session.async_payment_failed", CheckoutSession.class);
    public static final EventType<StripeEvent<CheckoutSession>> CHECKOUT_SESSION_ASYNC_PAYMENT_SUCCEEDED =
            define("checkout.session.async_payment_succeeded", CheckoutSession.class);
    public static final EventType<StripeEvent<CheckoutSession>> CHECKOUT_SESSION_COMPLETED =
            define("checkout.session.completed", CheckoutSession.class);
    public static final EventType<StripeEvent<CheckoutSession>> CHECKOUT_SESSION_EXPIRED =
            define("checkout.session.expired", CheckoutSession.class);

    public static final EventType<StripeEvent<JsonNode>> CLIMATE_ORDER_CANCELED =
            define("climate.order.canceled", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> CLIMATE_ORDER_CREATED =
            define("climate.order.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> CLIMATE_ORDER_DELAYED =
            define("climate.order.delayed", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> CLIMATE_ORDER_DELIVERED =
            define("climate.order.delivered", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> CLIMATE_ORDER_PRODUCT_SUBSTITUTED =
            define("climate.order.product_substituted", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> CLIMATE_PRODUCT_CREATED =
            define("climate.product.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> CLIMATE_PRODUCT_PRICING_UPDATED =
            define("climate.product.pricing_updated", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> COUPON_CREATED = define("coupon.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> COUPON_DELETED = define("coupon.deleted", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> COUPON_UPDATED = define("coupon.updated", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> CREDIT_NOTE_CREATED =
            define("credit_note.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> CREDIT_NOTE_UPDATED =
            define("credit_note.updated", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> CREDIT_NOTE_VOIDED =
            define("credit_note.voided", JsonNode.class);

    public static final EventType<StripeEvent<Customer>> CUSTOMER_CREATED = define("customer.created", Customer.class);
    public static final EventType<StripeEvent<Customer>> CUSTOMER_DELETED = define("customer.deleted", Customer.class);
    public static final EventType<StripeEvent<Discount>> CUSTOMER_DISCOUNT_CREATED =
            define("customer.discount.created", Discount.class);
    public static final EventType<StripeEvent<Discount>> CUSTOMER_DISCOUNT_DELETED =
            define("customer.discount.deleted", Discount.class);
    public static final EventType<StripeEvent<Discount>> CUSTOMER_DISCOUNT_UPDATED =
            define("customer.discount.updated", Discount.class);
    public static final EventType<StripeEvent<JsonNode>> CUSTOMER_SOURCE_CREATED =
            define("customer.source.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> CUSTOMER_SOURCE_DELETED =
            define("customer.source.deleted", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> CUSTOMER_SOURCE_EXPIRING =
            define("customer.source.expiring", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> CUSTOMER_SOURCE_UPDATED =
            define("customer.source.updated", JsonNode.class);
    public static final EventType<StripeEvent<Subscription>> CUSTOMER_SUBSCRIPTION_COLLECTION_PAUSED =
            define("customer.subscription.collection_paused", Subscription.class);
    public static final EventType<StripeEvent<Subscription>> CUSTOMER_SUBSCRIPTION_COLLECTION_RESUMED =
            define("customer.subscription.collection_resumed", Subscription.class);
    public static final EventType<StripeEvent<Subscription>> CUSTOMER_SUBSCRIPTION_CREATED =
            define("customer.subscription.created", Subscription.class);
    public static final EventType<StripeEvent<Subscription>> CUSTOMER_SUBSCRIPTION_CUSTOM_EVENT =
            define("customer.subscription.custom_event", Subscription.class);
    public static final EventType<StripeEvent<Subscription>> CUSTOMER_SUBSCRIPTION_DELETED =
            define("customer.subscription.deleted", Subscription.class);
    public static final EventType<StripeEvent<Subscription>> CUSTOMER_SUBSCRIPTION_PAUSED =
            define("customer.subscription.paused", Subscription.class);
    public static final EventType<StripeEvent<Subscription>> CUSTOMER_SUBSCRIPTION_PENDING_UPDATE_APPLIED =
            define("customer.subscription.pending_update_applied", Subscription.class);
    public static final EventType<StripeEvent<Subscription>> CUSTOMER_SUBSCRIPTION_PENDING_UPDATE_EXPIRED =
            define("customer.subscription.pending_update_expired", Subscription.class);
    public static final EventType<StripeEvent<Subscription>> CUSTOMER_SUBSCRIPTION_PRICE_MIGRATION_FAILED =
            define("customer.subscription.price_migration_failed", Subscription.class);
    public static final EventType<StripeEvent<Subscription>> CUSTOMER_SUBSCRIPTION_RESUMED =
            define("customer.subscription.resumed", Subscription.class);
    public static final EventType<StripeEvent<Subscription>> CUSTOMER_SUBSCRIPTION_TRIAL_WILL_END =
            define("customer.subscription.trial_will_end", Subscription.class);
    public static final EventType<StripeEvent<Subscription>> CUSTOMER_SUBSCRIPTION_UPDATED =
            define("customer.subscription.updated", Subscription.class);
    public static final EventType<StripeEvent<TaxId>> CUSTOMER_TAX_ID_CREATED =
            define("customer.tax_id.created", TaxId.class);
    public static final EventType<StripeEvent<TaxId>> CUSTOMER_TAX_ID_DELETED =
            define("customer.tax_id.deleted", TaxId.class);
    public static final EventType<StripeEvent<TaxId>> CUSTOMER_TAX_ID_UPDATED =
            define("customer.tax_id.updated", TaxId.class);
    public static final EventType<StripeEvent<Customer>> CUSTOMER_UPDATED = define("customer.updated", Customer.class);

    public static final EventType<StripeEvent<JsonNode>> CUSTOMER_CASH_BALANCE_TRANSACTION_CREATED =
            define("customer_cash_balance_transaction.created", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> ENTITLEMENTS_ACTIVE_ENTITLEMENT_SUMMARY_UPDATED =
            define("entitlements.active_entitlement_summary.updated", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> FILE_CREATED = define("file.created", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> FINANCIAL_CONNECTIONS_ACCOUNT_CREATED =
            define("financial_connections.account.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> FINANCIAL_CONNECTIONS_ACCOUNT_DEACTIVATED =
            define("financial_connections.account.deactivated", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> FINANCIAL_CONNECTIONS_ACCOUNT_DISCONNECTED =
            define("financial_connections.account.disconnected", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> FINANCIAL_CONNECTIONS_ACCOUNT_REACTIVATED =
            define("financial_connections.account.reactivated", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> FINANCIAL_CONNECTIONS_ACCOUNT_REFRESHED_BALANCE =
            define("financial_connections.account.refreshed_balance", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> FINANCIAL_CONNECTIONS_ACCOUNT_REFRESHED_INFERRED_BALANCES =
            define("financial_connections.account.refreshed_inferred_balances", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> FINANCIAL_CONNECTIONS_ACCOUNT_REFRESHED_OWNERSHIP =
            define("financial_connections.account.refreshed_ownership", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> FINANCIAL_CONNECTIONS_ACCOUNT_REFRESHED_TRANSACTIONS =
            define("financial_connections.account.refreshed_transactions", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> FINANCIAL_CONNECTIONS_SESSION_UPDATED =
            define("financial_connections.session.updated", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> IDENTITY_VERIFICATION_SESSION_CANCELED =
            define("identity.verification_session.canceled", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> IDENTITY_VERIFICATION_SESSION_CREATED =
            define("identity.verification_session.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> IDENTITY_VERIFICATION_SESSION_PROCESSING =
            define("identity.verification_session.processing", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> IDENTITY_VERIFICATION_SESSION_REDACTED =
            define("identity.verification_session.redacted", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> IDENTITY_VERIFICATION_SESSION_REQUIRES_INPUT =
            define("identity.verification_session.requires_input", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> IDENTITY_VERIFICATION_SESSION_VERIFIED =
            define("identity.verification_session.verified", JsonNode.class);

    public static final EventType<StripeEvent<Invoice>> INVOICE_CREATED = define("invoice.created", Invoice.class);
    public static final EventType<StripeEvent<Invoice>> INVOICE_DELETED = define("invoice.deleted", Invoice.class);
    public static final EventType<StripeEvent<Invoice>> INVOICE_FINALIZATION_FAILED =
            define("invoice.finalization_failed", Invoice.class);
    public static final EventType<StripeEvent<Invoice>> INVOICE_FINALIZED = define("invoice.finalized", Invoice.class);
    public static final EventType<StripeEvent<Invoice>> INVOICE_MARKED_UNCOLLECTIBLE =
            define("invoice.marked_uncollectible", Invoice.class);
    public static final EventType<StripeEvent<Invoice>> INVOICE_OVERDUE = define("invoice.overdue", Invoice.class);
    public static final EventType<StripeEvent<Invoice>> INVOICE_OVERPAID = define("invoice.overpaid", Invoice.class);
    public static final EventType<StripeEvent<Invoice>> INVOICE_PAID = define("invoice.paid", Invoice.class);
    public static final EventType<StripeEvent<JsonNode>> INVOICE_PAYMENT_OVERPAID =
            define("invoice.payment.overpaid", JsonNode.class);
    public static final EventType<StripeEvent<Invoice>> INVOICE_PAYMENT_ACTION_REQUIRED =
            define("invoice.payment_action_required", Invoice.class);
    public static final EventType<StripeEvent<Invoice>> INVOICE_PAYMENT_ATTEMPT_REQUIRED =
            define("invoice.payment_attempt_required", Invoice.class);
    public static final EventType<StripeEvent<Invoice>> INVOICE_PAYMENT_FAILED =
            define("invoice.payment_failed", Invoice.class);
    public static final EventType<StripeEvent<Invoice>> INVOICE_PAYMENT_SUCCEEDED =
            define("invoice.payment_succeeded", Invoice.class);
    public static final EventType<StripeEvent<Invoice>> INVOICE_SENT = define("invoice.sent", Invoice.class);
    public static final EventType<StripeEvent<Invoice>> INVOICE_UPCOMING = define("invoice.upcoming", Invoice.class);
    public static final EventType<StripeEvent<Invoice>> INVOICE_UPDATED = define("invoice.updated", Invoice.class);
    public static final EventType<StripeEvent<Invoice>> INVOICE_VOIDED = define("invoice.voided", Invoice.class);
    public static final EventType<StripeEvent<Invoice>> INVOICE_WILL_BE_DUE =
            define("invoice.will_be_due", Invoice.class);

    public static final EventType<StripeEvent<InvoicePayment>> INVOICE_PAYMENT_PAID =
            define("invoice_payment.paid", InvoicePayment.class);

    public static final EventType<StripeEvent<JsonNode>> INVOICEITEM_CREATED =
            define("invoiceitem.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> INVOICEITEM_DELETED =
            define("invoiceitem.deleted", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> ISSUING_AUTHORIZATION_CREATED =
            define("issuing_authorization.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> ISSUING_AUTHORIZATION_REQUEST =
            define("issuing_authorization.request", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> ISSUING_AUTHORIZATION_UPDATED =
            define("issuing_authorization.updated", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> ISSUING_CARD_CREATED =
            define("issuing_card.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> ISSUING_CARD_UPDATED =
            define("issuing_card.updated", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> ISSUING_CARDHOLDER_CREATED =
            define("issuing_cardholder.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> ISSUING_CARDHOLDER_UPDATED =
            define("issuing_cardholder.updated", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> ISSUING_DISPUTE_CLOSED =
            define("issuing_dispute.closed", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> ISSUING_DISPUTE_CREATED =
            define("issuing_dispute.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> ISSUING_DISPUTE_FUNDS_REINSTATED =
            define("issuing_dispute.funds_reinstated", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> ISSUING_DISPUTE_FUNDS_RESCINDED =
            define("issuing_dispute.funds_rescinded", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> ISSUING_DISPUTE_SUBMITTED =
            define("issuing_dispute.submitted", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> ISSUING_DISPUTE_UPDATED =
            define("issuing_dispute.updated", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> ISSUING_DISPUTE_SETTLEMENT_DETAIL_CREATED =
            define("issuing_dispute_settlement_detail.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> ISSUING_DISPUTE_SETTLEMENT_DETAIL_UPDATED =
            define("issuing_dispute_settlement_detail.updated", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> ISSUING_FRAUD_LIABILITY_DEBIT_CREATED =
            define("issuing_fraud_liability_debit.created", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> ISSUING_PERSONALIZATION_DESIGN_ACTIVATED =
            define("issuing_personalization_design.activated", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> ISSUING_PERSONALIZATION_DESIGN_DEACTIVATED =
            define("issuing_personalization_design.deactivated", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> ISSUING_PERSONALIZATION_DESIGN_REJECTED =
            define("issuing_personalization_design.rejected", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> ISSUING_PERSONALIZATION_DESIGN_UPDATED =
            define("issuing_personalization_design.updated", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> ISSUING_SETTLEMENT_CREATED =
            define("issuing_settlement.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> ISSUING_SETTLEMENT_UPDATED =
            define("issuing_settlement.updated", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> ISSUING_TOKEN_CREATED =
            define("issuing_token.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> ISSUING_TOKEN_UPDATED =
            define("issuing_token.updated", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> ISSUING_TRANSACTION_CREATED =
            define("issuing_transaction.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> ISSUING_TRANSACTION_PURCHASE_DETAILS_RECEIPT_UPDATED =
            define("issuing_transaction.purchase_details_receipt_updated", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> ISSUING_TRANSACTION_UPDATED =
            define("issuing_transaction.updated", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> MANDATE_UPDATED = define("mandate.updated", JsonNode.class);

    public static final EventType<StripeEvent<PaymentIntent>> PAYMENT_INTENT_AMOUNT_CAPTURABLE_UPDATED =
            define("payment_intent.amount_capturable_updated", PaymentIntent.class);
    public static final EventType<StripeEvent<PaymentIntent>> PAYMENT_INTENT_CANCELED =
            define("payment_intent.canceled", PaymentIntent.class);
    public static final EventType<StripeEvent<PaymentIntent>> PAYMENT_INTENT_CREATED =
            define("payment_intent.created", PaymentIntent.class);
    public static final EventType<StripeEvent<PaymentIntent>> PAYMENT_INTENT_PARTIALLY_FUNDED =
            define("payment_intent.partially_funded", PaymentIntent.class);
    public static final EventType<StripeEvent<PaymentIntent>> PAYMENT_INTENT_PAYMENT_FAILED =
            define("payment_intent.payment_failed", PaymentIntent.class);
    public static final EventType<StripeEvent<PaymentIntent>> PAYMENT_INTENT_PROCESSING =
            define("payment_intent.processing", PaymentIntent.class);
    public static final EventType<StripeEvent<PaymentIntent>> PAYMENT_INTENT_REQUIRES_ACTION =
            define("payment_intent.requires_action", PaymentIntent.class);
    public static final EventType<StripeEvent<PaymentIntent>> PAYMENT_INTENT_SUCCEEDED =
            define("payment_intent.succeeded", PaymentIntent.class);

    public static final EventType<StripeEvent<JsonNode>> PAYMENT_LINK_CREATED =
            define("payment_link.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> PAYMENT_LINK_UPDATED =
            define("payment_link.updated", JsonNode.class);

    public static final EventType<StripeEvent<PaymentMethod>> PAYMENT_METHOD_ATTACHED =
            define("payment_method.attached", PaymentMethod.class);
    public static final EventType<StripeEvent<PaymentMethod>> PAYMENT_METHOD_AUTOMATICALLY_UPDATED =
            define("payment_method.automatically_updated", PaymentMethod.class);
    public static final EventType<StripeEvent<PaymentMethod>> PAYMENT_METHOD_DETACHED =
            define("payment_method.detached", PaymentMethod.class);
    public static final EventType<StripeEvent<PaymentMethod>> PAYMENT_METHOD_UPDATED =
            define("payment_method.updated", PaymentMethod.class);

    public static final EventType<StripeEvent<Payout>> PAYOUT_CANCELED = define("payout.canceled", Payout.class);
    public static final EventType<StripeEvent<Payout>> PAYOUT_CREATED = define("payout.created", Payout.class);
    public static final EventType<StripeEvent<Payout>> PAYOUT_FAILED = define("payout.failed", Payout.class);
    public static final EventType<StripeEvent<Payout>> PAYOUT_PAID = define("payout.paid", Payout.class);
    public static final EventType<StripeEvent<Payout>> PAYOUT_RECONCILIATION_COMPLETED =
            define("payout.reconciliation_completed", Payout.class);
    public static final EventType<StripeEvent<Payout>> PAYOUT_UPDATED = define("payout.updated", Payout.class);

    public static final EventType<StripeEvent<JsonNode>> PERSON_CREATED = define("person.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> PERSON_DELETED = define("person.deleted", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> PERSON_UPDATED = define("person.updated", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> PLAN_CREATED = define("plan.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> PLAN_DELETED = define("plan.deleted", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> PLAN_UPDATED = define("plan.updated", JsonNode.class);

    public static final EventType<StripeEvent<Price>> PRICE_CREATED = define("price.created", Price.class);
    public static final EventType<StripeEvent<Price>> PRICE_DELETED = define("price.deleted", Price.class);
    public static final EventType<StripeEvent<Price>> PRICE_UPDATED = define("price.updated", Price.class);

    public static final EventType<StripeEvent<JsonNode>> PRIVACY_REDACTION_JOB_CANCELED =
            define("privacy.redaction_job.canceled", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> PRIVACY_REDACTION_JOB_CREATED =
            define("privacy.redaction_job.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> PRIVACY_REDACTION_JOB_READY =
            define("privacy.redaction_job.ready", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> PRIVACY_REDACTION_JOB_SUCCEEDED =
            define("privacy.redaction_job.succeeded", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> PRIVACY_REDACTION_JOB_VALIDATION_ERROR =
            define("privacy.redaction_job.validation_error", JsonNode.class);

    public static final EventType<StripeEvent<Product>> PRODUCT_CREATED = define("product.created", Product.class);
    public static final EventType<StripeEvent<Product>> PRODUCT_DELETED = define("product.deleted", Product.class);
    public static final EventType<StripeEvent<Product>> PRODUCT_UPDATED = define("product.updated", Product.class);

    public static final EventType<StripeEvent<JsonNode>> PROMOTION_CODE_CREATED =
            define("promotion_code.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> PROMOTION_CODE_UPDATED =
            define("promotion_code.updated", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> QUOTE_ACCEPT_FAILED =
            define("quote.accept_failed", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> QUOTE_ACCEPTED = define("quote.accepted", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> QUOTE_ACCEPTING = define("quote.accepting", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> QUOTE_CANCELED = define("quote.canceled", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> QUOTE_CREATED = define("quote.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> QUOTE_DRAFT = define("quote.draft", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> QUOTE_FINALIZED = define("quote.finalized", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> QUOTE_REESTIMATE_FAILED =
            define("quote.reestimate_failed", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> QUOTE_REESTIMATED =
            define("quote.reestimated", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> QUOTE_STALE = define("quote.stale", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> RADAR_EARLY_FRAUD_WARNING_CREATED =
            define("radar.early_fraud_warning.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> RADAR_EARLY_FRAUD_WARNING_UPDATED =
            define("radar.early_fraud_warning.updated", JsonNode.class);

    public static final EventType<StripeEvent<Refund>> REFUND_CREATED = define("refund.created", Refund.class);
    public static final EventType<StripeEvent<Refund>> REFUND_FAILED = define("refund.failed", Refund.class);
    public static final EventType<StripeEvent<Refund>> REFUND_UPDATED = define("refund.updated", Refund.class);

    public static final EventType<StripeEvent<JsonNode>> REPORTING_REPORT_RUN_FAILED =
            define("reporting.report_run.failed", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> REPORTING_REPORT_RUN_SUCCEEDED =
            define("reporting.report_run.succeeded", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> REPORTING_REPORT_TYPE_UPDATED =
            define("reporting.report_type.updated", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> REVIEW_CLOSED = define("review.closed", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> REVIEW_OPENED = define("review.opened", JsonNode.class);

    public static final EventType<StripeEvent<SetupIntent>> SETUP_INTENT_CANCELED =
            define("setup_intent.canceled", SetupIntent.class);
    public static final EventType<StripeEvent<SetupIntent>> SETUP_INTENT_CREATED =
            define("setup_intent.created", SetupIntent.class);
    public static final EventType<StripeEvent<SetupIntent>> SETUP_INTENT_REQUIRES_ACTION =
            define("setup_intent.requires_action", SetupIntent.class);
    public static final EventType<StripeEvent<SetupIntent>> SETUP_INTENT_SETUP_FAILED =
            define("setup_intent.setup_failed", SetupIntent.class);
    public static final EventType<StripeEvent<SetupIntent>> SETUP_INTENT_SUCCEEDED =
            define("setup_intent.succeeded", SetupIntent.class);

    public static final EventType<StripeEvent<JsonNode>> SIGMA_SCHEDULED_QUERY_RUN_CREATED =
            define("sigma.scheduled_query_run.created", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> SOURCE_CANCELED = define("source.canceled", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> SOURCE_CHARGEABLE =
            define("source.chargeable", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> SOURCE_FAILED = define("source.failed", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> SOURCE_MANDATE_NOTIFICATION =
            define("source.mandate_notification", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> SOURCE_REFUND_ATTRIBUTES_REQUIRED =
            define("source.refund_attributes_required", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> SOURCE_TRANSACTION_CREATED =
            define("source.transaction.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> SOURCE_TRANSACTION_UPDATED =
            define("source.transaction.updated", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> SUBSCRIPTION_SCHEDULE_ABORTED =
            define("subscription_schedule.aborted", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> SUBSCRIPTION_SCHEDULE_CANCELED =
            define("subscription_schedule.canceled", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> SUBSCRIPTION_SCHEDULE_COMPLETED =
            define("subscription_schedule.completed", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> SUBSCRIPTION_SCHEDULE_CREATED =
            define("subscription_schedule.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> SUBSCRIPTION_SCHEDULE_EXPIRING =
            define("subscription_schedule.expiring", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> SUBSCRIPTION_SCHEDULE_PRICE_MIGRATION_FAILED =
            define("subscription_schedule.price_migration_failed", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> SUBSCRIPTION_SCHEDULE_RELEASED =
            define("subscription_schedule.released", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> SUBSCRIPTION_SCHEDULE_UPDATED =
            define("subscription_schedule.updated", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> TAX_FORM_UPDATED = define("tax.form.updated", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TAX_SETTINGS_UPDATED =
            define("tax.settings.updated", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> TAX_RATE_CREATED = define("tax_rate.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TAX_RATE_UPDATED = define("tax_rate.updated", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> TERMINAL_READER_ACTION_FAILED =
            define("terminal.reader.action_failed", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TERMINAL_READER_ACTION_SUCCEEDED =
            define("terminal.reader.action_succeeded", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TERMINAL_READER_ACTION_UPDATED =
            define("terminal.reader.action_updated", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> TEST_HELPERS_TEST_CLOCK_ADVANCING =
            define("test_helpers.test_clock.advancing", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TEST_HELPERS_TEST_CLOCK_CREATED =
            define("test_helpers.test_clock.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TEST_HELPERS_TEST_CLOCK_DELETED =
            define("test_helpers.test_clock.deleted", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TEST_HELPERS_TEST_CLOCK_INTERNAL_FAILURE =
            define("test_helpers.test_clock.internal_failure", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TEST_HELPERS_TEST_CLOCK_READY =
            define("test_helpers.test_clock.ready", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> TOPUP_CANCELED = define("topup.canceled", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TOPUP_CREATED = define("topup.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TOPUP_FAILED = define("topup.failed", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TOPUP_REVERSED = define("topup.reversed", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TOPUP_SUCCEEDED = define("topup.succeeded", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> TRANSFER_CREATED = define("transfer.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TRANSFER_REVERSED =
            define("transfer.reversed", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TRANSFER_UPDATED = define("transfer.updated", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> TREASURY_CREDIT_REVERSAL_CREATED =
            define("treasury.credit_reversal.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TREASURY_CREDIT_REVERSAL_POSTED =
            define("treasury.credit_reversal.posted", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TREASURY_DEBIT_REVERSAL_COMPLETED =
            define("treasury.debit_reversal.completed", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TREASURY_DEBIT_REVERSAL_CREATED =
            define("treasury.debit_reversal.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TREASURY_DEBIT_REVERSAL_INITIAL_CREDIT_GRANTED =
            define("treasury.debit_reversal.initial_credit_granted", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TREASURY_FINANCIAL_ACCOUNT_CLOSED =
            define("treasury.financial_account.closed", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TREASURY_FINANCIAL_ACCOUNT_CREATED =
            define("treasury.financial_account.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TREASURY_FINANCIAL_ACCOUNT_FEATURES_STATUS_UPDATED =
            define("treasury.financial_account.features_status_updated", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TREASURY_INBOUND_TRANSFER_CANCELED =
            define("treasury.inbound_transfer.canceled", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TREASURY_INBOUND_TRANSFER_CREATED =
            define("treasury.inbound_transfer.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TREASURY_INBOUND_TRANSFER_FAILED =
            define("treasury.inbound_transfer.failed", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TREASURY_INBOUND_TRANSFER_SUCCEEDED =
            define("treasury.inbound_transfer.succeeded", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TREASURY_OUTBOUND_PAYMENT_CANCELED =
            define("treasury.outbound_payment.canceled", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TREASURY_OUTBOUND_PAYMENT_CREATED =
            define("treasury.outbound_payment.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TREASURY_OUTBOUND_PAYMENT_EXPECTED_ARRIVAL_DATE_UPDATED =
            define("treasury.outbound_payment.expected_arrival_date_updated", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TREASURY_OUTBOUND_PAYMENT_FAILED =
            define("treasury.outbound_payment.failed", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TREASURY_OUTBOUND_PAYMENT_POSTED =
            define("treasury.outbound_payment.posted", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TREASURY_OUTBOUND_PAYMENT_RETURNED =
            define("treasury.outbound_payment.returned", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TREASURY_OUTBOUND_PAYMENT_TRACKING_DETAILS_UPDATED =
            define("treasury.outbound_payment.tracking_details_updated", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TREASURY_OUTBOUND_TRANSFER_CANCELED =
            define("treasury.outbound_transfer.canceled", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TREASURY_OUTBOUND_TRANSFER_CREATED =
            define("treasury.outbound_transfer.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TREASURY_OUTBOUND_TRANSFER_EXPECTED_ARRIVAL_DATE_UPDATED =
            define("treasury.outbound_transfer.expected_arrival_date_updated", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TREASURY_OUTBOUND_TRANSFER_FAILED =
            define("treasury.outbound_transfer.failed", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TREASURY_OUTBOUND_TRANSFER_POSTED =
            define("treasury.outbound_transfer.posted", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TREASURY_OUTBOUND_TRANSFER_RETURNED =
            define("treasury.outbound_transfer.returned", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TREASURY_OUTBOUND_TRANSFER_TRACKING_DETAILS_UPDATED =
            define("treasury.outbound_transfer.tracking_details_updated", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TREASURY_RECEIVED_CREDIT_CREATED =
            define("treasury.received_credit.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TREASURY_RECEIVED_CREDIT_FAILED =
            define("treasury.received_credit.failed", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TREASURY_RECEIVED_CREDIT_SUCCEEDED =
            define("treasury.received_credit.succeeded", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> TREASURY_RECEIVED_DEBIT_CREATED =
            define("treasury.received_debit.created", JsonNode.class);

    private static final Map<String, EventType<?>> BY_NAME = Collections.unmodifiableMap(REGISTRY);
    private static final List<EventType<?>> ALL = List.copyOf(REGISTRY.values());

    private StripeEvents() {}

    private static <T> EventType<StripeEvent<T>> define(String name, Class<T> payloadType) {
        EventType<StripeEvent<T>> type = EventType.of(StripeProvider.ID, name, payloadType);
        REGISTRY.put(name, type);
        return type;
    }

    /** Every named event type of this catalogue (not {@link #ANY} nor {@link #THIN_EVENT}), in catalogue order. */
    public static List<EventType<?>> all() {
        return ALL;
    }

    /** The catalogue key named {@code name}, such as {@code invoice.paid}. */
    public static Optional<EventType<?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
