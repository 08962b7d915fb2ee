package io.webhooks4j.stripe;

import io.webhooks4j.EventType;
import io.webhooks4j.spi.EventCatalogue;
import io.webhooks4j.stripe.event.Account;
import io.webhooks4j.stripe.event.Application;
import io.webhooks4j.stripe.event.ApplicationFee;
import io.webhooks4j.stripe.event.Balance;
import io.webhooks4j.stripe.event.BillingPortalConfiguration;
import io.webhooks4j.stripe.event.BillingPortalSession;
import io.webhooks4j.stripe.event.Capability;
import io.webhooks4j.stripe.event.CashBalance;
import io.webhooks4j.stripe.event.Charge;
import io.webhooks4j.stripe.event.CheckoutSession;
import io.webhooks4j.stripe.event.Coupon;
import io.webhooks4j.stripe.event.CreditNote;
import io.webhooks4j.stripe.event.Customer;
import io.webhooks4j.stripe.event.CustomerCashBalanceTransaction;
import io.webhooks4j.stripe.event.Discount;
import io.webhooks4j.stripe.event.Dispute;
import io.webhooks4j.stripe.event.ExternalAccount;
import io.webhooks4j.stripe.event.FeeRefund;
import io.webhooks4j.stripe.event.File;
import io.webhooks4j.stripe.event.FinancialConnectionsAccount;
import io.webhooks4j.stripe.event.FinancialConnectionsSession;
import io.webhooks4j.stripe.event.IdentityVerificationSession;
import io.webhooks4j.stripe.event.Invoice;
import io.webhooks4j.stripe.event.InvoiceItem;
import io.webhooks4j.stripe.event.InvoicePayment;
import io.webhooks4j.stripe.event.IssuingAuthorization;
import io.webhooks4j.stripe.event.IssuingCard;
import io.webhooks4j.stripe.event.IssuingCardholder;
import io.webhooks4j.stripe.event.IssuingDispute;
import io.webhooks4j.stripe.event.IssuingSettlement;
import io.webhooks4j.stripe.event.IssuingTransaction;
import io.webhooks4j.stripe.event.LegacyOrder;
import io.webhooks4j.stripe.event.Mandate;
import io.webhooks4j.stripe.event.PaymentIntent;
import io.webhooks4j.stripe.event.PaymentLink;
import io.webhooks4j.stripe.event.PaymentMethod;
import io.webhooks4j.stripe.event.PaymentSource;
import io.webhooks4j.stripe.event.Payout;
import io.webhooks4j.stripe.event.Person;
import io.webhooks4j.stripe.event.Plan;
import io.webhooks4j.stripe.event.Price;
import io.webhooks4j.stripe.event.Product;
import io.webhooks4j.stripe.event.PromotionCode;
import io.webhooks4j.stripe.event.Quote;
import io.webhooks4j.stripe.event.RadarEarlyFraudWarning;
import io.webhooks4j.stripe.event.Recipient;
import io.webhooks4j.stripe.event.Refund;
import io.webhooks4j.stripe.event.ReportingReportRun;
import io.webhooks4j.stripe.event.ReportingReportType;
import io.webhooks4j.stripe.event.Review;
import io.webhooks4j.stripe.event.ScheduledQueryRun;
import io.webhooks4j.stripe.event.SetupIntent;
import io.webhooks4j.stripe.event.Sku;
import io.webhooks4j.stripe.event.Source;
import io.webhooks4j.stripe.event.SourceTransaction;
import io.webhooks4j.stripe.event.Subscription;
import io.webhooks4j.stripe.event.SubscriptionSchedule;
import io.webhooks4j.stripe.event.TaxId;
import io.webhooks4j.stripe.event.TaxRate;
import io.webhooks4j.stripe.event.TaxSettings;
import io.webhooks4j.stripe.event.TerminalReader;
import io.webhooks4j.stripe.event.TestHelpersTestClock;
import io.webhooks4j.stripe.event.Topup;
import io.webhooks4j.stripe.event.Transfer;
import io.webhooks4j.stripe.event.TreasuryCreditReversal;
import io.webhooks4j.stripe.event.TreasuryDebitReversal;
import io.webhooks4j.stripe.event.TreasuryFinancialAccount;
import io.webhooks4j.stripe.event.TreasuryInboundTransfer;
import io.webhooks4j.stripe.event.TreasuryOutboundPayment;
import io.webhooks4j.stripe.event.TreasuryOutboundTransfer;
import io.webhooks4j.stripe.event.TreasuryReceivedCredit;
import io.webhooks4j.stripe.event.TreasuryReceivedDebit;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

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
 * <p>A few retired types that enum no longer lists are catalogued too, {@code @Deprecated}, because endpoints
 * that subscribed to them can still receive them: {@code order.*} (legacy Orders v1, {@link
 * LegacyOrder}), {@code recipient.*} ({@link Recipient}), {@code sku.*} ({@link Sku}), and the former name
 * {@code payment_method.card_automatically_updated} ({@link PaymentMethod}).
 *
 * <p>Thin events ({@code "object": "v2.core.event"}, sent to event destinations) carry a {@link StripeThinEvent}:
 * {@link #THIN_EVENT} matches all of them, and the few typed constants below match one type each.
 *
 * <p>Every constant is defined through one {@link EventCatalogue.Builder} and the catalogue is built in the last
 * static field, so {@link #all()} lists every constant, {@link #ANY} and {@link #THIN_EVENT} included, in
 * declaration order, and {@link #find(String)} is a map lookup.
 */
public final class StripeEvents {
    private static final EventCatalogue.Builder DEFINE = EventCatalogue.builder(StripeProvider.ID);

    /** Every Stripe event, snapshot or thin. */
    public static final EventType<StripeEvent<?>> ANY = DEFINE.any();

    /** Every thin event ({@code "object": "v2.core.event"}), whatever its type. */
    public static final EventType<StripeEvent<StripeThinEvent>> THIN_EVENT =
            DEFINE.type(StripeThinEvent.OBJECT, StripeThinEvent.class);

    // Thin event types (event destinations).
    public static final EventType<StripeEvent<StripeThinEvent>> V1_BILLING_METER_ERROR_REPORT_TRIGGERED =
            DEFINE.type("v1.billing.meter.error_report_triggered", StripeThinEvent.class);
    public static final EventType<StripeEvent<StripeThinEvent>> V1_BILLING_METER_NO_METER_FOUND =
            DEFINE.type("v1.billing.meter.no_meter_found", StripeThinEvent.class);
    public static final EventType<StripeEvent<StripeThinEvent>> V2_CORE_EVENT_DESTINATION_PING =
            DEFINE.type("v2.core.event_destination.ping", StripeThinEvent.class);

    // Snapshot event types.
    public static final EventType<StripeEvent<Application>> ACCOUNT_APPLICATION_AUTHORIZED =
            DEFINE.type("account.application.authorized", Application.class);
    public static final EventType<StripeEvent<Application>> ACCOUNT_APPLICATION_DEAUTHORIZED =
            DEFINE.type("account.application.deauthorized", Application.class);
    public static final EventType<StripeEvent<ExternalAccount>> ACCOUNT_EXTERNAL_ACCOUNT_CREATED =
            DEFINE.type("account.external_account.created", ExternalAccount.class);
    public static final EventType<StripeEvent<ExternalAccount>> ACCOUNT_EXTERNAL_ACCOUNT_DELETED =
            DEFINE.type("account.external_account.deleted", ExternalAccount.class);
    public static final EventType<StripeEvent<ExternalAccount>> ACCOUNT_EXTERNAL_ACCOUNT_UPDATED =
            DEFINE.type("account.external_account.updated", ExternalAccount.class);
    public static final EventType<StripeEvent<Account>> ACCOUNT_UPDATED = DEFINE.type("account.updated", Account.class);

    public static final EventType<StripeEvent<JsonNode>> ACCOUNT_NOTICE_CREATED =
            DEFINE.type("account_notice.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> ACCOUNT_NOTICE_UPDATED =
            DEFINE.type("account_notice.updated", JsonNode.class);

    public static final EventType<StripeEvent<ApplicationFee>> APPLICATION_FEE_CREATED =
            DEFINE.type("application_fee.created", ApplicationFee.class);
    public static final EventType<StripeEvent<FeeRefund>> APPLICATION_FEE_REFUND_UPDATED =
            DEFINE.type("application_fee.refund.updated", FeeRefund.class);
    public static final EventType<StripeEvent<ApplicationFee>> APPLICATION_FEE_REFUNDED =
            DEFINE.type("application_fee.refunded", ApplicationFee.class);

    public static final EventType<StripeEvent<Balance>> BALANCE_AVAILABLE =
            DEFINE.type("balance.available", Balance.class);

    public static final EventType<StripeEvent<JsonNode>> BALANCE_SETTINGS_UPDATED =
            DEFINE.type("balance_settings.updated", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> BILLING_ALERT_TRIGGERED =
            DEFINE.type("billing.alert.triggered", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> BILLING_CREDIT_BALANCE_TRANSACTION_CREATED =
            DEFINE.type("billing.credit_balance_transaction.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> BILLING_CREDIT_GRANT_CREATED =
            DEFINE.type("billing.credit_grant.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> BILLING_CREDIT_GRANT_UPDATED =
            DEFINE.type("billing.credit_grant.updated", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> BILLING_METER_CREATED =
            DEFINE.type("billing.meter.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> BILLING_METER_DEACTIVATED =
            DEFINE.type("billing.meter.deactivated", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> BILLING_METER_REACTIVATED =
            DEFINE.type("billing.meter.reactivated", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> BILLING_METER_UPDATED =
            DEFINE.type("billing.meter.updated", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> BILLING_METER_ERROR_REPORT_TRIGGERED =
            DEFINE.type("billing.meter_error_report.triggered", JsonNode.class);

    public static final EventType<StripeEvent<BillingPortalConfiguration>> BILLING_PORTAL_CONFIGURATION_CREATED =
            DEFINE.type("billing_portal.configuration.created", BillingPortalConfiguration.class);
    public static final EventType<StripeEvent<BillingPortalConfiguration>> BILLING_PORTAL_CONFIGURATION_UPDATED =
            DEFINE.type("billing_portal.configuration.updated", BillingPortalConfiguration.class);
    public static final EventType<StripeEvent<BillingPortalSession>> BILLING_PORTAL_SESSION_CREATED =
            DEFINE.type("billing_portal.session.created", BillingPortalSession.class);

    public static final EventType<StripeEvent<Capability>> CAPABILITY_UPDATED =
            DEFINE.type("capability.updated", Capability.class);

    public static final EventType<StripeEvent<JsonNode>> CAPITAL_FINANCING_OFFER_ACCEPTED =
            DEFINE.type("capital.financing_offer.accepted", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> CAPITAL_FINANCING_OFFER_CANCELED =
            DEFINE.type("capital.financing_offer.canceled", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> CAPITAL_FINANCING_OFFER_CREATED =
            DEFINE.type("capital.financing_offer.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> CAPITAL_FINANCING_OFFER_EXPIRED =
            DEFINE.type("capital.financing_offer.expired", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> CAPITAL_FINANCING_OFFER_FULLY_REPAID =
            DEFINE.type("capital.financing_offer.fully_repaid", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> CAPITAL_FINANCING_OFFER_PAID_OUT =
            DEFINE.type("capital.financing_offer.paid_out", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> CAPITAL_FINANCING_OFFER_REJECTED =
            DEFINE.type("capital.financing_offer.rejected", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> CAPITAL_FINANCING_OFFER_REPLACEMENT_CREATED =
            DEFINE.type("capital.financing_offer.replacement_created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> CAPITAL_FINANCING_TRANSACTION_CREATED =
            DEFINE.type("capital.financing_transaction.created", JsonNode.class);

    public static final EventType<StripeEvent<CashBalance>> CASH_BALANCE_FUNDS_AVAILABLE =
            DEFINE.type("cash_balance.funds_available", CashBalance.class);

    public static final EventType<StripeEvent<Charge>> CHARGE_CAPTURED = DEFINE.type("charge.captured", Charge.class);
    public static final EventType<StripeEvent<Dispute>> CHARGE_DISPUTE_CLOSED =
            DEFINE.type("charge.dispute.closed", Dispute.class);
    public static final EventType<StripeEvent<Dispute>> CHARGE_DISPUTE_CREATED =
            DEFINE.type("charge.dispute.created", Dispute.class);
    public static final EventType<StripeEvent<Dispute>> CHARGE_DISPUTE_FUNDS_REINSTATED =
            DEFINE.type("charge.dispute.funds_reinstated", Dispute.class);
    public static final EventType<StripeEvent<Dispute>> CHARGE_DISPUTE_FUNDS_WITHDRAWN =
            DEFINE.type("charge.dispute.funds_withdrawn", Dispute.class);
    public static final EventType<StripeEvent<Dispute>> CHARGE_DISPUTE_UPDATED =
            DEFINE.type("charge.dispute.updated", Dispute.class);
    public static final EventType<StripeEvent<Charge>> CHARGE_EXPIRED = DEFINE.type("charge.expired", Charge.class);
    public static final EventType<StripeEvent<Charge>> CHARGE_FAILED = DEFINE.type("charge.failed", Charge.class);
    public static final EventType<StripeEvent<Charge>> CHARGE_PENDING = DEFINE.type("charge.pending", Charge.class);
    public static final EventType<StripeEvent<Refund>> CHARGE_REFUND_UPDATED =
            DEFINE.type("charge.refund.updated", Refund.class);
    public static final EventType<StripeEvent<Charge>> CHARGE_REFUNDED = DEFINE.type("charge.refunded", Charge.class);
    public static final EventType<StripeEvent<Charge>> CHARGE_SUCCEEDED = DEFINE.type("charge.succeeded", Charge.class);
    public static final EventType<StripeEvent<Charge>> CHARGE_UPDATED = DEFINE.type("charge.updated", Charge.class);

    public static final EventType<StripeEvent<CheckoutSession>> CHECKOUT_SESSION_ASYNC_PAYMENT_FAILED =
            DEFINE.type("checkout.session.async_payment_failed", CheckoutSession.class);
    public static final EventType<StripeEvent<CheckoutSession>> CHECKOUT_SESSION_ASYNC_PAYMENT_SUCCEEDED =
            DEFINE.type("checkout.session.async_payment_succeeded", CheckoutSession.class);
    public static final EventType<StripeEvent<CheckoutSession>> CHECKOUT_SESSION_COMPLETED =
            DEFINE.type("checkout.session.completed", CheckoutSession.class);
    public static final EventType<StripeEvent<CheckoutSession>> CHECKOUT_SESSION_EXPIRED =
            DEFINE.type("checkout.session.expired", CheckoutSession.class);

    public static final EventType<StripeEvent<JsonNode>> CLIMATE_ORDER_CANCELED =
            DEFINE.type("climate.order.canceled", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> CLIMATE_ORDER_CREATED =
            DEFINE.type("climate.order.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> CLIMATE_ORDER_DELAYED =
            DEFINE.type("climate.order.delayed", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> CLIMATE_ORDER_DELIVERED =
            DEFINE.type("climate.order.delivered", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> CLIMATE_ORDER_PRODUCT_SUBSTITUTED =
            DEFINE.type("climate.order.product_substituted", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> CLIMATE_PRODUCT_CREATED =
            DEFINE.type("climate.product.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> CLIMATE_PRODUCT_PRICING_UPDATED =
            DEFINE.type("climate.product.pricing_updated", JsonNode.class);

    public static final EventType<StripeEvent<Coupon>> COUPON_CREATED = DEFINE.type("coupon.created", Coupon.class);
    public static final EventType<StripeEvent<Coupon>> COUPON_DELETED = DEFINE.type("coupon.deleted", Coupon.class);
    public static final EventType<StripeEvent<Coupon>> COUPON_UPDATED = DEFINE.type("coupon.updated", Coupon.class);

    public static final EventType<StripeEvent<CreditNote>> CREDIT_NOTE_CREATED =
            DEFINE.type("credit_note.created", CreditNote.class);
    public static final EventType<StripeEvent<CreditNote>> CREDIT_NOTE_UPDATED =
            DEFINE.type("credit_note.updated", CreditNote.class);
    public static final EventType<StripeEvent<CreditNote>> CREDIT_NOTE_VOIDED =
            DEFINE.type("credit_note.voided", CreditNote.class);

    public static final EventType<StripeEvent<Customer>> CUSTOMER_CREATED =
            DEFINE.type("customer.created", Customer.class);
    public static final EventType<StripeEvent<Customer>> CUSTOMER_DELETED =
            DEFINE.type("customer.deleted", Customer.class);
    public static final EventType<StripeEvent<Discount>> CUSTOMER_DISCOUNT_CREATED =
            DEFINE.type("customer.discount.created", Discount.class);
    public static final EventType<StripeEvent<Discount>> CUSTOMER_DISCOUNT_DELETED =
            DEFINE.type("customer.discount.deleted", Discount.class);
    public static final EventType<StripeEvent<Discount>> CUSTOMER_DISCOUNT_UPDATED =
            DEFINE.type("customer.discount.updated", Discount.class);
    public static final EventType<StripeEvent<PaymentSource>> CUSTOMER_SOURCE_CREATED =
            DEFINE.type("customer.source.created", PaymentSource.class);
    public static final EventType<StripeEvent<PaymentSource>> CUSTOMER_SOURCE_DELETED =
            DEFINE.type("customer.source.deleted", PaymentSource.class);
    public static final EventType<StripeEvent<PaymentSource>> CUSTOMER_SOURCE_EXPIRING =
            DEFINE.type("customer.source.expiring", PaymentSource.class);
    public static final EventType<StripeEvent<PaymentSource>> CUSTOMER_SOURCE_UPDATED =
            DEFINE.type("customer.source.updated", PaymentSource.class);
    public static final EventType<StripeEvent<Subscription>> CUSTOMER_SUBSCRIPTION_COLLECTION_PAUSED =
            DEFINE.type("customer.subscription.collection_paused", Subscription.class);
    public static final EventType<StripeEvent<Subscription>> CUSTOMER_SUBSCRIPTION_COLLECTION_RESUMED =
            DEFINE.type("customer.subscription.collection_resumed", Subscription.class);
    public static final EventType<StripeEvent<Subscription>> CUSTOMER_SUBSCRIPTION_CREATED =
            DEFINE.type("customer.subscription.created", Subscription.class);
    public static final EventType<StripeEvent<Subscription>> CUSTOMER_SUBSCRIPTION_CUSTOM_EVENT =
            DEFINE.type("customer.subscription.custom_event", Subscription.class);
    public static final EventType<StripeEvent<Subscription>> CUSTOMER_SUBSCRIPTION_DELETED =
            DEFINE.type("customer.subscription.deleted", Subscription.class);
    public static final EventType<StripeEvent<Subscription>> CUSTOMER_SUBSCRIPTION_PAUSED =
            DEFINE.type("customer.subscription.paused", Subscription.class);
    public static final EventType<StripeEvent<Subscription>> CUSTOMER_SUBSCRIPTION_PENDING_UPDATE_APPLIED =
            DEFINE.type("customer.subscription.pending_update_applied", Subscription.class);
    public static final EventType<StripeEvent<Subscription>> CUSTOMER_SUBSCRIPTION_PENDING_UPDATE_EXPIRED =
            DEFINE.type("customer.subscription.pending_update_expired", Subscription.class);
    public static final EventType<StripeEvent<Subscription>> CUSTOMER_SUBSCRIPTION_PRICE_MIGRATION_FAILED =
            DEFINE.type("customer.subscription.price_migration_failed", Subscription.class);
    public static final EventType<StripeEvent<Subscription>> CUSTOMER_SUBSCRIPTION_RESUMED =
            DEFINE.type("customer.subscription.resumed", Subscription.class);
    public static final EventType<StripeEvent<Subscription>> CUSTOMER_SUBSCRIPTION_TRIAL_WILL_END =
            DEFINE.type("customer.subscription.trial_will_end", Subscription.class);
    public static final EventType<StripeEvent<Subscription>> CUSTOMER_SUBSCRIPTION_UPDATED =
            DEFINE.type("customer.subscription.updated", Subscription.class);
    public static final EventType<StripeEvent<TaxId>> CUSTOMER_TAX_ID_CREATED =
            DEFINE.type("customer.tax_id.created", TaxId.class);
    public static final EventType<StripeEvent<TaxId>> CUSTOMER_TAX_ID_DELETED =
            DEFINE.type("customer.tax_id.deleted", TaxId.class);
    public static final EventType<StripeEvent<TaxId>> CUSTOMER_TAX_ID_UPDATED =
            DEFINE.type("customer.tax_id.updated", TaxId.class);
    public static final EventType<StripeEvent<Customer>> CUSTOMER_UPDATED =
            DEFINE.type("customer.updated", Customer.class);

    public static final EventType<StripeEvent<CustomerCashBalanceTransaction>>
            CUSTOMER_CASH_BALANCE_TRANSACTION_CREATED =
                    DEFINE.type("customer_cash_balance_transaction.created", CustomerCashBalanceTransaction.class);

    public static final EventType<StripeEvent<JsonNode>> ENTITLEMENTS_ACTIVE_ENTITLEMENT_SUMMARY_UPDATED =
            DEFINE.type("entitlements.active_entitlement_summary.updated", JsonNode.class);

    public static final EventType<StripeEvent<File>> FILE_CREATED = DEFINE.type("file.created", File.class);

    public static final EventType<StripeEvent<FinancialConnectionsAccount>> FINANCIAL_CONNECTIONS_ACCOUNT_CREATED =
            DEFINE.type("financial_connections.account.created", FinancialConnectionsAccount.class);
    public static final EventType<StripeEvent<FinancialConnectionsAccount>> FINANCIAL_CONNECTIONS_ACCOUNT_DEACTIVATED =
            DEFINE.type("financial_connections.account.deactivated", FinancialConnectionsAccount.class);
    public static final EventType<StripeEvent<FinancialConnectionsAccount>> FINANCIAL_CONNECTIONS_ACCOUNT_DISCONNECTED =
            DEFINE.type("financial_connections.account.disconnected", FinancialConnectionsAccount.class);
    public static final EventType<StripeEvent<FinancialConnectionsAccount>> FINANCIAL_CONNECTIONS_ACCOUNT_REACTIVATED =
            DEFINE.type("financial_connections.account.reactivated", FinancialConnectionsAccount.class);
    public static final EventType<StripeEvent<FinancialConnectionsAccount>>
            FINANCIAL_CONNECTIONS_ACCOUNT_REFRESHED_BALANCE =
                    DEFINE.type("financial_connections.account.refreshed_balance", FinancialConnectionsAccount.class);
    public static final EventType<StripeEvent<FinancialConnectionsAccount>>
            FINANCIAL_CONNECTIONS_ACCOUNT_REFRESHED_INFERRED_BALANCES = DEFINE.type(
                    "financial_connections.account.refreshed_inferred_balances", FinancialConnectionsAccount.class);
    public static final EventType<StripeEvent<FinancialConnectionsAccount>>
            FINANCIAL_CONNECTIONS_ACCOUNT_REFRESHED_OWNERSHIP =
                    DEFINE.type("financial_connections.account.refreshed_ownership", FinancialConnectionsAccount.class);
    public static final EventType<StripeEvent<FinancialConnectionsAccount>>
            FINANCIAL_CONNECTIONS_ACCOUNT_REFRESHED_TRANSACTIONS = DEFINE.type(
                    "financial_connections.account.refreshed_transactions", FinancialConnectionsAccount.class);
    public static final EventType<StripeEvent<FinancialConnectionsSession>> FINANCIAL_CONNECTIONS_SESSION_UPDATED =
            DEFINE.type("financial_connections.session.updated", FinancialConnectionsSession.class);

    public static final EventType<StripeEvent<IdentityVerificationSession>> IDENTITY_VERIFICATION_SESSION_CANCELED =
            DEFINE.type("identity.verification_session.canceled", IdentityVerificationSession.class);
    public static final EventType<StripeEvent<IdentityVerificationSession>> IDENTITY_VERIFICATION_SESSION_CREATED =
            DEFINE.type("identity.verification_session.created", IdentityVerificationSession.class);
    public static final EventType<StripeEvent<IdentityVerificationSession>> IDENTITY_VERIFICATION_SESSION_PROCESSING =
            DEFINE.type("identity.verification_session.processing", IdentityVerificationSession.class);
    public static final EventType<StripeEvent<IdentityVerificationSession>> IDENTITY_VERIFICATION_SESSION_REDACTED =
            DEFINE.type("identity.verification_session.redacted", IdentityVerificationSession.class);
    public static final EventType<StripeEvent<IdentityVerificationSession>>
            IDENTITY_VERIFICATION_SESSION_REQUIRES_INPUT =
                    DEFINE.type("identity.verification_session.requires_input", IdentityVerificationSession.class);
    public static final EventType<StripeEvent<IdentityVerificationSession>> IDENTITY_VERIFICATION_SESSION_VERIFIED =
            DEFINE.type("identity.verification_session.verified", IdentityVerificationSession.class);

    public static final EventType<StripeEvent<Invoice>> INVOICE_CREATED = DEFINE.type("invoice.created", Invoice.class);
    public static final EventType<StripeEvent<Invoice>> INVOICE_DELETED = DEFINE.type("invoice.deleted", Invoice.class);
    public static final EventType<StripeEvent<Invoice>> INVOICE_FINALIZATION_FAILED =
            DEFINE.type("invoice.finalization_failed", Invoice.class);
    public static final EventType<StripeEvent<Invoice>> INVOICE_FINALIZED =
            DEFINE.type("invoice.finalized", Invoice.class);
    public static final EventType<StripeEvent<Invoice>> INVOICE_MARKED_UNCOLLECTIBLE =
            DEFINE.type("invoice.marked_uncollectible", Invoice.class);
    public static final EventType<StripeEvent<Invoice>> INVOICE_OVERDUE = DEFINE.type("invoice.overdue", Invoice.class);
    public static final EventType<StripeEvent<Invoice>> INVOICE_OVERPAID =
            DEFINE.type("invoice.overpaid", Invoice.class);
    public static final EventType<StripeEvent<Invoice>> INVOICE_PAID = DEFINE.type("invoice.paid", Invoice.class);
    public static final EventType<StripeEvent<JsonNode>> INVOICE_PAYMENT_OVERPAID =
            DEFINE.type("invoice.payment.overpaid", JsonNode.class);
    public static final EventType<StripeEvent<Invoice>> INVOICE_PAYMENT_ACTION_REQUIRED =
            DEFINE.type("invoice.payment_action_required", Invoice.class);
    public static final EventType<StripeEvent<Invoice>> INVOICE_PAYMENT_ATTEMPT_REQUIRED =
            DEFINE.type("invoice.payment_attempt_required", Invoice.class);
    public static final EventType<StripeEvent<Invoice>> INVOICE_PAYMENT_FAILED =
            DEFINE.type("invoice.payment_failed", Invoice.class);
    public static final EventType<StripeEvent<Invoice>> INVOICE_PAYMENT_SUCCEEDED =
            DEFINE.type("invoice.payment_succeeded", Invoice.class);
    public static final EventType<StripeEvent<Invoice>> INVOICE_SENT = DEFINE.type("invoice.sent", Invoice.class);
    public static final EventType<StripeEvent<Invoice>> INVOICE_UPCOMING =
            DEFINE.type("invoice.upcoming", Invoice.class);
    public static final EventType<StripeEvent<Invoice>> INVOICE_UPDATED = DEFINE.type("invoice.updated", Invoice.class);
    public static final EventType<StripeEvent<Invoice>> INVOICE_VOIDED = DEFINE.type("invoice.voided", Invoice.class);
    public static final EventType<StripeEvent<Invoice>> INVOICE_WILL_BE_DUE =
            DEFINE.type("invoice.will_be_due", Invoice.class);

    public static final EventType<StripeEvent<InvoicePayment>> INVOICE_PAYMENT_PAID =
            DEFINE.type("invoice_payment.paid", InvoicePayment.class);

    public static final EventType<StripeEvent<InvoiceItem>> INVOICEITEM_CREATED =
            DEFINE.type("invoiceitem.created", InvoiceItem.class);
    public static final EventType<StripeEvent<InvoiceItem>> INVOICEITEM_DELETED =
            DEFINE.type("invoiceitem.deleted", InvoiceItem.class);

    public static final EventType<StripeEvent<IssuingAuthorization>> ISSUING_AUTHORIZATION_CREATED =
            DEFINE.type("issuing_authorization.created", IssuingAuthorization.class);
    public static final EventType<StripeEvent<IssuingAuthorization>> ISSUING_AUTHORIZATION_REQUEST =
            DEFINE.type("issuing_authorization.request", IssuingAuthorization.class);
    public static final EventType<StripeEvent<IssuingAuthorization>> ISSUING_AUTHORIZATION_UPDATED =
            DEFINE.type("issuing_authorization.updated", IssuingAuthorization.class);

    public static final EventType<StripeEvent<IssuingCard>> ISSUING_CARD_CREATED =
            DEFINE.type("issuing_card.created", IssuingCard.class);
    public static final EventType<StripeEvent<IssuingCard>> ISSUING_CARD_UPDATED =
            DEFINE.type("issuing_card.updated", IssuingCard.class);

    public static final EventType<StripeEvent<IssuingCardholder>> ISSUING_CARDHOLDER_CREATED =
            DEFINE.type("issuing_cardholder.created", IssuingCardholder.class);
    public static final EventType<StripeEvent<IssuingCardholder>> ISSUING_CARDHOLDER_UPDATED =
            DEFINE.type("issuing_cardholder.updated", IssuingCardholder.class);

    public static final EventType<StripeEvent<IssuingDispute>> ISSUING_DISPUTE_CLOSED =
            DEFINE.type("issuing_dispute.closed", IssuingDispute.class);
    public static final EventType<StripeEvent<IssuingDispute>> ISSUING_DISPUTE_CREATED =
            DEFINE.type("issuing_dispute.created", IssuingDispute.class);
    public static final EventType<StripeEvent<IssuingDispute>> ISSUING_DISPUTE_FUNDS_REINSTATED =
            DEFINE.type("issuing_dispute.funds_reinstated", IssuingDispute.class);
    public static final EventType<StripeEvent<IssuingDispute>> ISSUING_DISPUTE_FUNDS_RESCINDED =
            DEFINE.type("issuing_dispute.funds_rescinded", IssuingDispute.class);
    public static final EventType<StripeEvent<IssuingDispute>> ISSUING_DISPUTE_SUBMITTED =
            DEFINE.type("issuing_dispute.submitted", IssuingDispute.class);
    public static final EventType<StripeEvent<IssuingDispute>> ISSUING_DISPUTE_UPDATED =
            DEFINE.type("issuing_dispute.updated", IssuingDispute.class);

    public static final EventType<StripeEvent<JsonNode>> ISSUING_DISPUTE_SETTLEMENT_DETAIL_CREATED =
            DEFINE.type("issuing_dispute_settlement_detail.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> ISSUING_DISPUTE_SETTLEMENT_DETAIL_UPDATED =
            DEFINE.type("issuing_dispute_settlement_detail.updated", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> ISSUING_FRAUD_LIABILITY_DEBIT_CREATED =
            DEFINE.type("issuing_fraud_liability_debit.created", JsonNode.class);

    public static final EventType<StripeEvent<JsonNode>> ISSUING_PERSONALIZATION_DESIGN_ACTIVATED =
            DEFINE.type("issuing_personalization_design.activated", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> ISSUING_PERSONALIZATION_DESIGN_DEACTIVATED =
            DEFINE.type("issuing_personalization_design.deactivated", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> ISSUING_PERSONALIZATION_DESIGN_REJECTED =
            DEFINE.type("issuing_personalization_design.rejected", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> ISSUING_PERSONALIZATION_DESIGN_UPDATED =
            DEFINE.type("issuing_personalization_design.updated", JsonNode.class);

    public static final EventType<StripeEvent<IssuingSettlement>> ISSUING_SETTLEMENT_CREATED =
            DEFINE.type("issuing_settlement.created", IssuingSettlement.class);
    public static final EventType<StripeEvent<IssuingSettlement>> ISSUING_SETTLEMENT_UPDATED =
            DEFINE.type("issuing_settlement.updated", IssuingSettlement.class);

    public static final EventType<StripeEvent<JsonNode>> ISSUING_TOKEN_CREATED =
            DEFINE.type("issuing_token.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> ISSUING_TOKEN_UPDATED =
            DEFINE.type("issuing_token.updated", JsonNode.class);

    public static final EventType<StripeEvent<IssuingTransaction>> ISSUING_TRANSACTION_CREATED =
            DEFINE.type("issuing_transaction.created", IssuingTransaction.class);
    public static final EventType<StripeEvent<IssuingTransaction>>
            ISSUING_TRANSACTION_PURCHASE_DETAILS_RECEIPT_UPDATED =
                    DEFINE.type("issuing_transaction.purchase_details_receipt_updated", IssuingTransaction.class);
    public static final EventType<StripeEvent<IssuingTransaction>> ISSUING_TRANSACTION_UPDATED =
            DEFINE.type("issuing_transaction.updated", IssuingTransaction.class);

    public static final EventType<StripeEvent<Mandate>> MANDATE_UPDATED = DEFINE.type("mandate.updated", Mandate.class);

    public static final EventType<StripeEvent<PaymentIntent>> PAYMENT_INTENT_AMOUNT_CAPTURABLE_UPDATED =
            DEFINE.type("payment_intent.amount_capturable_updated", PaymentIntent.class);
    public static final EventType<StripeEvent<PaymentIntent>> PAYMENT_INTENT_CANCELED =
            DEFINE.type("payment_intent.canceled", PaymentIntent.class);
    public static final EventType<StripeEvent<PaymentIntent>> PAYMENT_INTENT_CREATED =
            DEFINE.type("payment_intent.created", PaymentIntent.class);
    public static final EventType<StripeEvent<PaymentIntent>> PAYMENT_INTENT_PARTIALLY_FUNDED =
            DEFINE.type("payment_intent.partially_funded", PaymentIntent.class);
    public static final EventType<StripeEvent<PaymentIntent>> PAYMENT_INTENT_PAYMENT_FAILED =
            DEFINE.type("payment_intent.payment_failed", PaymentIntent.class);
    public static final EventType<StripeEvent<PaymentIntent>> PAYMENT_INTENT_PROCESSING =
            DEFINE.type("payment_intent.processing", PaymentIntent.class);
    public static final EventType<StripeEvent<PaymentIntent>> PAYMENT_INTENT_REQUIRES_ACTION =
            DEFINE.type("payment_intent.requires_action", PaymentIntent.class);
    public static final EventType<StripeEvent<PaymentIntent>> PAYMENT_INTENT_SUCCEEDED =
            DEFINE.type("payment_intent.succeeded", PaymentIntent.class);

    public static final EventType<StripeEvent<PaymentLink>> PAYMENT_LINK_CREATED =
            DEFINE.type("payment_link.created", PaymentLink.class);
    public static final EventType<StripeEvent<PaymentLink>> PAYMENT_LINK_UPDATED =
            DEFINE.type("payment_link.updated", PaymentLink.class);

    public static final EventType<StripeEvent<PaymentMethod>> PAYMENT_METHOD_ATTACHED =
            DEFINE.type("payment_method.attached", PaymentMethod.class);
    public static final EventType<StripeEvent<PaymentMethod>> PAYMENT_METHOD_AUTOMATICALLY_UPDATED =
            DEFINE.type("payment_method.automatically_updated", PaymentMethod.class);
    public static final EventType<StripeEvent<PaymentMethod>> PAYMENT_METHOD_DETACHED =
            DEFINE.type("payment_method.detached", PaymentMethod.class);
    public static final EventType<StripeEvent<PaymentMethod>> PAYMENT_METHOD_UPDATED =
            DEFINE.type("payment_method.updated", PaymentMethod.class);

    public static final EventType<StripeEvent<Payout>> PAYOUT_CANCELED = DEFINE.type("payout.canceled", Payout.class);
    public static final EventType<StripeEvent<Payout>> PAYOUT_CREATED = DEFINE.type("payout.created", Payout.class);
    public static final EventType<StripeEvent<Payout>> PAYOUT_FAILED = DEFINE.type("payout.failed", Payout.class);
    public static final EventType<StripeEvent<Payout>> PAYOUT_PAID = DEFINE.type("payout.paid", Payout.class);
    public static final EventType<StripeEvent<Payout>> PAYOUT_RECONCILIATION_COMPLETED =
            DEFINE.type("payout.reconciliation_completed", Payout.class);
    public static final EventType<StripeEvent<Payout>> PAYOUT_UPDATED = DEFINE.type("payout.updated", Payout.class);

    public static final EventType<StripeEvent<Person>> PERSON_CREATED = DEFINE.type("person.created", Person.class);
    public static final EventType<StripeEvent<Person>> PERSON_DELETED = DEFINE.type("person.deleted", Person.class);
    public static final EventType<StripeEvent<Person>> PERSON_UPDATED = DEFINE.type("person.updated", Person.class);

    public static final EventType<StripeEvent<Plan>> PLAN_CREATED = DEFINE.type("plan.created", Plan.class);
    public static final EventType<StripeEvent<Plan>> PLAN_DELETED = DEFINE.type("plan.deleted", Plan.class);
    public static final EventType<StripeEvent<Plan>> PLAN_UPDATED = DEFINE.type("plan.updated", Plan.class);

    public static final EventType<StripeEvent<Price>> PRICE_CREATED = DEFINE.type("price.created", Price.class);
    public static final EventType<StripeEvent<Price>> PRICE_DELETED = DEFINE.type("price.deleted", Price.class);
    public static final EventType<StripeEvent<Price>> PRICE_UPDATED = DEFINE.type("price.updated", Price.class);

    public static final EventType<StripeEvent<JsonNode>> PRIVACY_REDACTION_JOB_CANCELED =
            DEFINE.type("privacy.redaction_job.canceled", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> PRIVACY_REDACTION_JOB_CREATED =
            DEFINE.type("privacy.redaction_job.created", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> PRIVACY_REDACTION_JOB_READY =
            DEFINE.type("privacy.redaction_job.ready", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> PRIVACY_REDACTION_JOB_SUCCEEDED =
            DEFINE.type("privacy.redaction_job.succeeded", JsonNode.class);
    public static final EventType<StripeEvent<JsonNode>> PRIVACY_REDACTION_JOB_VALIDATION_ERROR =
            DEFINE.type("privacy.redaction_job.validation_error", JsonNode.class);

    public static final EventType<StripeEvent<Product>> PRODUCT_CREATED = DEFINE.type("product.created", Product.class);
    public static final EventType<StripeEvent<Product>> PRODUCT_DELETED = DEFINE.type("product.deleted", Product.class);
    public static final EventType<StripeEvent<Product>> PRODUCT_UPDATED = DEFINE.type("product.updated", Product.class);

    public static final EventType<StripeEvent<PromotionCode>> PROMOTION_CODE_CREATED =
            DEFINE.type("promotion_code.created", PromotionCode.class);
    public static final EventType<StripeEvent<PromotionCode>> PROMOTION_CODE_UPDATED =
            DEFINE.type("promotion_code.updated", PromotionCode.class);

    public static final EventType<StripeEvent<Quote>> QUOTE_ACCEPT_FAILED =
            DEFINE.type("quote.accept_failed", Quote.class);
    public static final EventType<StripeEvent<Quote>> QUOTE_ACCEPTED = DEFINE.type("quote.accepted", Quote.class);
    public static final EventType<StripeEvent<Quote>> QUOTE_ACCEPTING = DEFINE.type("quote.accepting", Quote.class);
    public static final EventType<StripeEvent<Quote>> QUOTE_CANCELED = DEFINE.type("quote.canceled", Quote.class);
    public static final EventType<StripeEvent<Quote>> QUOTE_CREATED = DEFINE.type("quote.created", Quote.class);
    public static final EventType<StripeEvent<Quote>> QUOTE_DRAFT = DEFINE.type("quote.draft", Quote.class);
    public static final EventType<StripeEvent<Quote>> QUOTE_FINALIZED = DEFINE.type("quote.finalized", Quote.class);
    public static final EventType<StripeEvent<Quote>> QUOTE_REESTIMATE_FAILED =
            DEFINE.type("quote.reestimate_failed", Quote.class);
    public static final EventType<StripeEvent<Quote>> QUOTE_REESTIMATED = DEFINE.type("quote.reestimated", Quote.class);
    public static final EventType<StripeEvent<Quote>> QUOTE_STALE = DEFINE.type("quote.stale", Quote.class);

    public static final EventType<StripeEvent<RadarEarlyFraudWarning>> RADAR_EARLY_FRAUD_WARNING_CREATED =
            DEFINE.type("radar.early_fraud_warning.created", RadarEarlyFraudWarning.class);
    public static final EventType<StripeEvent<RadarEarlyFraudWarning>> RADAR_EARLY_FRAUD_WARNING_UPDATED =
            DEFINE.type("radar.early_fraud_warning.updated", RadarEarlyFraudWarning.class);

    public static final EventType<StripeEvent<Refund>> REFUND_CREATED = DEFINE.type("refund.created", Refund.class);
    public static final EventType<StripeEvent<Refund>> REFUND_FAILED = DEFINE.type("refund.failed", Refund.class);
    public static final EventType<StripeEvent<Refund>> REFUND_UPDATED = DEFINE.type("refund.updated", Refund.class);

    public static final EventType<StripeEvent<ReportingReportRun>> REPORTING_REPORT_RUN_FAILED =
            DEFINE.type("reporting.report_run.failed", ReportingReportRun.class);
    public static final EventType<StripeEvent<ReportingReportRun>> REPORTING_REPORT_RUN_SUCCEEDED =
            DEFINE.type("reporting.report_run.succeeded", ReportingReportRun.class);
    public static final EventType<StripeEvent<ReportingReportType>> REPORTING_REPORT_TYPE_UPDATED =
            DEFINE.type("reporting.report_type.updated", ReportingReportType.class);

    public static final EventType<StripeEvent<Review>> REVIEW_CLOSED = DEFINE.type("review.closed", Review.class);
    public static final EventType<StripeEvent<Review>> REVIEW_OPENED = DEFINE.type("review.opened", Review.class);

    public static final EventType<StripeEvent<SetupIntent>> SETUP_INTENT_CANCELED =
            DEFINE.type("setup_intent.canceled", SetupIntent.class);
    public static final EventType<StripeEvent<SetupIntent>> SETUP_INTENT_CREATED =
            DEFINE.type("setup_intent.created", SetupIntent.class);
    public static final EventType<StripeEvent<SetupIntent>> SETUP_INTENT_REQUIRES_ACTION =
            DEFINE.type("setup_intent.requires_action", SetupIntent.class);
    public static final EventType<StripeEvent<SetupIntent>> SETUP_INTENT_SETUP_FAILED =
            DEFINE.type("setup_intent.setup_failed", SetupIntent.class);
    public static final EventType<StripeEvent<SetupIntent>> SETUP_INTENT_SUCCEEDED =
            DEFINE.type("setup_intent.succeeded", SetupIntent.class);

    public static final EventType<StripeEvent<ScheduledQueryRun>> SIGMA_SCHEDULED_QUERY_RUN_CREATED =
            DEFINE.type("sigma.scheduled_query_run.created", ScheduledQueryRun.class);

    public static final EventType<StripeEvent<Source>> SOURCE_CANCELED = DEFINE.type("source.canceled", Source.class);
    public static final EventType<StripeEvent<Source>> SOURCE_CHARGEABLE =
            DEFINE.type("source.chargeable", Source.class);
    public static final EventType<StripeEvent<Source>> SOURCE_FAILED = DEFINE.type("source.failed", Source.class);
    public static final EventType<StripeEvent<Source>> SOURCE_MANDATE_NOTIFICATION =
            DEFINE.type("source.mandate_notification", Source.class);
    public static final EventType<StripeEvent<Source>> SOURCE_REFUND_ATTRIBUTES_REQUIRED =
            DEFINE.type("source.refund_attributes_required", Source.class);
    public static final EventType<StripeEvent<SourceTransaction>> SOURCE_TRANSACTION_CREATED =
            DEFINE.type("source.transaction.created", SourceTransaction.class);
    public static final EventType<StripeEvent<SourceTransaction>> SOURCE_TRANSACTION_UPDATED =
            DEFINE.type("source.transaction.updated", SourceTransaction.class);

    public static final EventType<StripeEvent<SubscriptionSchedule>> SUBSCRIPTION_SCHEDULE_ABORTED =
            DEFINE.type("subscription_schedule.aborted", SubscriptionSchedule.class);
    public static final EventType<StripeEvent<SubscriptionSchedule>> SUBSCRIPTION_SCHEDULE_CANCELED =
            DEFINE.type("subscription_schedule.canceled", SubscriptionSchedule.class);
    public static final EventType<StripeEvent<SubscriptionSchedule>> SUBSCRIPTION_SCHEDULE_COMPLETED =
            DEFINE.type("subscription_schedule.completed", SubscriptionSchedule.class);
    public static final EventType<StripeEvent<SubscriptionSchedule>> SUBSCRIPTION_SCHEDULE_CREATED =
            DEFINE.type("subscription_schedule.created", SubscriptionSchedule.class);
    public static final EventType<StripeEvent<SubscriptionSchedule>> SUBSCRIPTION_SCHEDULE_EXPIRING =
            DEFINE.type("subscription_schedule.expiring", SubscriptionSchedule.class);
    public static final EventType<StripeEvent<SubscriptionSchedule>> SUBSCRIPTION_SCHEDULE_PRICE_MIGRATION_FAILED =
            DEFINE.type("subscription_schedule.price_migration_failed", SubscriptionSchedule.class);
    public static final EventType<StripeEvent<SubscriptionSchedule>> SUBSCRIPTION_SCHEDULE_RELEASED =
            DEFINE.type("subscription_schedule.released", SubscriptionSchedule.class);
    public static final EventType<StripeEvent<SubscriptionSchedule>> SUBSCRIPTION_SCHEDULE_UPDATED =
            DEFINE.type("subscription_schedule.updated", SubscriptionSchedule.class);

    public static final EventType<StripeEvent<JsonNode>> TAX_FORM_UPDATED =
            DEFINE.type("tax.form.updated", JsonNode.class);
    public static final EventType<StripeEvent<TaxSettings>> TAX_SETTINGS_UPDATED =
            DEFINE.type("tax.settings.updated", TaxSettings.class);

    public static final EventType<StripeEvent<TaxRate>> TAX_RATE_CREATED =
            DEFINE.type("tax_rate.created", TaxRate.class);
    public static final EventType<StripeEvent<TaxRate>> TAX_RATE_UPDATED =
            DEFINE.type("tax_rate.updated", TaxRate.class);

    public static final EventType<StripeEvent<TerminalReader>> TERMINAL_READER_ACTION_FAILED =
            DEFINE.type("terminal.reader.action_failed", TerminalReader.class);
    public static final EventType<StripeEvent<TerminalReader>> TERMINAL_READER_ACTION_SUCCEEDED =
            DEFINE.type("terminal.reader.action_succeeded", TerminalReader.class);
    public static final EventType<StripeEvent<TerminalReader>> TERMINAL_READER_ACTION_UPDATED =
            DEFINE.type("terminal.reader.action_updated", TerminalReader.class);

    public static final EventType<StripeEvent<TestHelpersTestClock>> TEST_HELPERS_TEST_CLOCK_ADVANCING =
            DEFINE.type("test_helpers.test_clock.advancing", TestHelpersTestClock.class);
    public static final EventType<StripeEvent<TestHelpersTestClock>> TEST_HELPERS_TEST_CLOCK_CREATED =
            DEFINE.type("test_helpers.test_clock.created", TestHelpersTestClock.class);
    public static final EventType<StripeEvent<TestHelpersTestClock>> TEST_HELPERS_TEST_CLOCK_DELETED =
            DEFINE.type("test_helpers.test_clock.deleted", TestHelpersTestClock.class);
    public static final EventType<StripeEvent<TestHelpersTestClock>> TEST_HELPERS_TEST_CLOCK_INTERNAL_FAILURE =
            DEFINE.type("test_helpers.test_clock.internal_failure", TestHelpersTestClock.class);
    public static final EventType<StripeEvent<TestHelpersTestClock>> TEST_HELPERS_TEST_CLOCK_READY =
            DEFINE.type("test_helpers.test_clock.ready", TestHelpersTestClock.class);

    public static final EventType<StripeEvent<Topup>> TOPUP_CANCELED = DEFINE.type("topup.canceled", Topup.class);
    public static final EventType<StripeEvent<Topup>> TOPUP_CREATED = DEFINE.type("topup.created", Topup.class);
    public static final EventType<StripeEvent<Topup>> TOPUP_FAILED = DEFINE.type("topup.failed", Topup.class);
    public static final EventType<StripeEvent<Topup>> TOPUP_REVERSED = DEFINE.type("topup.reversed", Topup.class);
    public static final EventType<StripeEvent<Topup>> TOPUP_SUCCEEDED = DEFINE.type("topup.succeeded", Topup.class);

    public static final EventType<StripeEvent<Transfer>> TRANSFER_CREATED =
            DEFINE.type("transfer.created", Transfer.class);
    public static final EventType<StripeEvent<Transfer>> TRANSFER_REVERSED =
            DEFINE.type("transfer.reversed", Transfer.class);
    public static final EventType<StripeEvent<Transfer>> TRANSFER_UPDATED =
            DEFINE.type("transfer.updated", Transfer.class);

    public static final EventType<StripeEvent<TreasuryCreditReversal>> TREASURY_CREDIT_REVERSAL_CREATED =
            DEFINE.type("treasury.credit_reversal.created", TreasuryCreditReversal.class);
    public static final EventType<StripeEvent<TreasuryCreditReversal>> TREASURY_CREDIT_REVERSAL_POSTED =
            DEFINE.type("treasury.credit_reversal.posted", TreasuryCreditReversal.class);
    public static final EventType<StripeEvent<TreasuryDebitReversal>> TREASURY_DEBIT_REVERSAL_COMPLETED =
            DEFINE.type("treasury.debit_reversal.completed", TreasuryDebitReversal.class);
    public static final EventType<StripeEvent<TreasuryDebitReversal>> TREASURY_DEBIT_REVERSAL_CREATED =
            DEFINE.type("treasury.debit_reversal.created", TreasuryDebitReversal.class);
    public static final EventType<StripeEvent<TreasuryDebitReversal>> TREASURY_DEBIT_REVERSAL_INITIAL_CREDIT_GRANTED =
            DEFINE.type("treasury.debit_reversal.initial_credit_granted", TreasuryDebitReversal.class);
    public static final EventType<StripeEvent<TreasuryFinancialAccount>> TREASURY_FINANCIAL_ACCOUNT_CLOSED =
            DEFINE.type("treasury.financial_account.closed", TreasuryFinancialAccount.class);
    public static final EventType<StripeEvent<TreasuryFinancialAccount>> TREASURY_FINANCIAL_ACCOUNT_CREATED =
            DEFINE.type("treasury.financial_account.created", TreasuryFinancialAccount.class);
    public static final EventType<StripeEvent<TreasuryFinancialAccount>>
            TREASURY_FINANCIAL_ACCOUNT_FEATURES_STATUS_UPDATED =
                    DEFINE.type("treasury.financial_account.features_status_updated", TreasuryFinancialAccount.class);
    public static final EventType<StripeEvent<TreasuryInboundTransfer>> TREASURY_INBOUND_TRANSFER_CANCELED =
            DEFINE.type("treasury.inbound_transfer.canceled", TreasuryInboundTransfer.class);
    public static final EventType<StripeEvent<TreasuryInboundTransfer>> TREASURY_INBOUND_TRANSFER_CREATED =
            DEFINE.type("treasury.inbound_transfer.created", TreasuryInboundTransfer.class);
    public static final EventType<StripeEvent<TreasuryInboundTransfer>> TREASURY_INBOUND_TRANSFER_FAILED =
            DEFINE.type("treasury.inbound_transfer.failed", TreasuryInboundTransfer.class);
    public static final EventType<StripeEvent<TreasuryInboundTransfer>> TREASURY_INBOUND_TRANSFER_SUCCEEDED =
            DEFINE.type("treasury.inbound_transfer.succeeded", TreasuryInboundTransfer.class);
    public static final EventType<StripeEvent<TreasuryOutboundPayment>> TREASURY_OUTBOUND_PAYMENT_CANCELED =
            DEFINE.type("treasury.outbound_payment.canceled", TreasuryOutboundPayment.class);
    public static final EventType<StripeEvent<TreasuryOutboundPayment>> TREASURY_OUTBOUND_PAYMENT_CREATED =
            DEFINE.type("treasury.outbound_payment.created", TreasuryOutboundPayment.class);
    public static final EventType<StripeEvent<TreasuryOutboundPayment>>
            TREASURY_OUTBOUND_PAYMENT_EXPECTED_ARRIVAL_DATE_UPDATED = DEFINE.type(
                    "treasury.outbound_payment.expected_arrival_date_updated", TreasuryOutboundPayment.class);
    public static final EventType<StripeEvent<TreasuryOutboundPayment>> TREASURY_OUTBOUND_PAYMENT_FAILED =
            DEFINE.type("treasury.outbound_payment.failed", TreasuryOutboundPayment.class);
    public static final EventType<StripeEvent<TreasuryOutboundPayment>> TREASURY_OUTBOUND_PAYMENT_POSTED =
            DEFINE.type("treasury.outbound_payment.posted", TreasuryOutboundPayment.class);
    public static final EventType<StripeEvent<TreasuryOutboundPayment>> TREASURY_OUTBOUND_PAYMENT_RETURNED =
            DEFINE.type("treasury.outbound_payment.returned", TreasuryOutboundPayment.class);
    public static final EventType<StripeEvent<TreasuryOutboundPayment>>
            TREASURY_OUTBOUND_PAYMENT_TRACKING_DETAILS_UPDATED =
                    DEFINE.type("treasury.outbound_payment.tracking_details_updated", TreasuryOutboundPayment.class);
    public static final EventType<StripeEvent<TreasuryOutboundTransfer>> TREASURY_OUTBOUND_TRANSFER_CANCELED =
            DEFINE.type("treasury.outbound_transfer.canceled", TreasuryOutboundTransfer.class);
    public static final EventType<StripeEvent<TreasuryOutboundTransfer>> TREASURY_OUTBOUND_TRANSFER_CREATED =
            DEFINE.type("treasury.outbound_transfer.created", TreasuryOutboundTransfer.class);
    public static final EventType<StripeEvent<TreasuryOutboundTransfer>>
            TREASURY_OUTBOUND_TRANSFER_EXPECTED_ARRIVAL_DATE_UPDATED = DEFINE.type(
                    "treasury.outbound_transfer.expected_arrival_date_updated", TreasuryOutboundTransfer.class);
    public static final EventType<StripeEvent<TreasuryOutboundTransfer>> TREASURY_OUTBOUND_TRANSFER_FAILED =
            DEFINE.type("treasury.outbound_transfer.failed", TreasuryOutboundTransfer.class);
    public static final EventType<StripeEvent<TreasuryOutboundTransfer>> TREASURY_OUTBOUND_TRANSFER_POSTED =
            DEFINE.type("treasury.outbound_transfer.posted", TreasuryOutboundTransfer.class);
    public static final EventType<StripeEvent<TreasuryOutboundTransfer>> TREASURY_OUTBOUND_TRANSFER_RETURNED =
            DEFINE.type("treasury.outbound_transfer.returned", TreasuryOutboundTransfer.class);
    public static final EventType<StripeEvent<TreasuryOutboundTransfer>>
            TREASURY_OUTBOUND_TRANSFER_TRACKING_DETAILS_UPDATED =
                    DEFINE.type("treasury.outbound_transfer.tracking_details_updated", TreasuryOutboundTransfer.class);
    public static final EventType<StripeEvent<TreasuryReceivedCredit>> TREASURY_RECEIVED_CREDIT_CREATED =
            DEFINE.type("treasury.received_credit.created", TreasuryReceivedCredit.class);
    public static final EventType<StripeEvent<TreasuryReceivedCredit>> TREASURY_RECEIVED_CREDIT_FAILED =
            DEFINE.type("treasury.received_credit.failed", TreasuryReceivedCredit.class);
    public static final EventType<StripeEvent<TreasuryReceivedCredit>> TREASURY_RECEIVED_CREDIT_SUCCEEDED =
            DEFINE.type("treasury.received_credit.succeeded", TreasuryReceivedCredit.class);
    public static final EventType<StripeEvent<TreasuryReceivedDebit>> TREASURY_RECEIVED_DEBIT_CREATED =
            DEFINE.type("treasury.received_debit.created", TreasuryReceivedDebit.class);

    // Retired event types: not in Stripe's Event.type any more. Stripe renders an event in the API version of the
    // endpoint (the corpus has them at 2018-01-23); the records follow the last spec that describes the object.

    /**
     * A legacy order (Orders v1) was created. Stripe retired the legacy Orders API: the last stripe/openapi spec
     * that describes its {@code order} is at API version 2020-08-27 (commit
     * dd21899b0a6f6ed7ac301ec72c10c4c78220062a), and the 2023-08-16 spec (commit
     * 63a674638635c68de26b9f3add13e58198f4df44) still lists {@code order.created} among the events an endpoint
     * can subscribe to.
     */
    @Deprecated
    public static final EventType<StripeEvent<LegacyOrder>> ORDER_CREATED =
            DEFINE.type("order.created", LegacyOrder.class);

    /**
     * A legacy order's payment failed. Retired with the legacy Orders API: endpoints can subscribe to it up to the
     * specs of API version 2020-08-27 (last in stripe/openapi commit eb6acd7da71782e1890c0018ff07b622e6b8e8f6); see
     * {@link #ORDER_CREATED}.
     */
    @Deprecated
    public static final EventType<StripeEvent<LegacyOrder>> ORDER_PAYMENT_FAILED =
            DEFINE.type("order.payment_failed", LegacyOrder.class);

    /**
     * A legacy order was paid. Retired with the legacy Orders API: endpoints can subscribe to it up to the specs of
     * API version 2020-08-27 (last in stripe/openapi commit eb6acd7da71782e1890c0018ff07b622e6b8e8f6); see {@link
     * #ORDER_CREATED}.
     */
    @Deprecated
    public static final EventType<StripeEvent<LegacyOrder>> ORDER_PAYMENT_SUCCEEDED =
            DEFINE.type("order.payment_succeeded", LegacyOrder.class);

    /**
     * A legacy order was updated. Retired with the legacy Orders API: endpoints can subscribe to it up to the specs
     * of API version 2020-08-27 (last in stripe/openapi commit eb6acd7da71782e1890c0018ff07b622e6b8e8f6); see {@link
     * #ORDER_CREATED}.
     */
    @Deprecated
    public static final EventType<StripeEvent<LegacyOrder>> ORDER_UPDATED =
            DEFINE.type("order.updated", LegacyOrder.class);

    /**
     * A card payment method's details were updated by the card networks: the first name of {@link
     * #PAYMENT_METHOD_AUTOMATICALLY_UPDATED}. Stripe's specs list it up to API version 2020-08-27 (last in
     * stripe/openapi commit adae467392d46f04ac1afca7b96e7d471c647e1c); endpoints subscribed to it still receive it
     * (the corpus has one from 2023, at API version 2022-11-15).
     */
    @Deprecated
    public static final EventType<StripeEvent<PaymentMethod>> PAYMENT_METHOD_CARD_AUTOMATICALLY_UPDATED =
            DEFINE.type("payment_method.card_automatically_updated", PaymentMethod.class);

    /**
     * A transfer recipient was created. Stripe retired recipients in favour of Connect accounts: the last
     * stripe/openapi spec that describes {@code recipient} is at API version 2022-08-01 (commit
     * 86d5b6fed2228bab96357e3b9a69da90650a8166), and the 2023-08-16 spec (commit
     * 63a674638635c68de26b9f3add13e58198f4df44) still lists {@code recipient.*} among the events an endpoint can
     * subscribe to.
     */
    @Deprecated
    public static final EventType<StripeEvent<Recipient>> RECIPIENT_CREATED =
            DEFINE.type("recipient.created", Recipient.class);

    /** A transfer recipient was deleted. Retired with recipients; see {@link #RECIPIENT_CREATED}. */
    @Deprecated
    public static final EventType<StripeEvent<Recipient>> RECIPIENT_DELETED =
            DEFINE.type("recipient.deleted", Recipient.class);

    /** A transfer recipient was updated. Retired with recipients; see {@link #RECIPIENT_CREATED}. */
    @Deprecated
    public static final EventType<StripeEvent<Recipient>> RECIPIENT_UPDATED =
            DEFINE.type("recipient.updated", Recipient.class);

    /**
     * A SKU was created. Stripe retired SKUs with the legacy Orders API: the last stripe/openapi spec that
     * describes {@code sku} is at API version 2022-08-01 (commit da4ef11c8691eb41e6b2a8d86c13343a973633e4), and
     * the 2023-08-16 spec (commit 63a674638635c68de26b9f3add13e58198f4df44) still lists {@code sku.*} among the
     * events an endpoint can subscribe to.
     */
    @Deprecated
    public static final EventType<StripeEvent<Sku>> SKU_CREATED = DEFINE.type("sku.created", Sku.class);

    /** A SKU was deleted. Retired with SKUs; see {@link #SKU_CREATED}. */
    @Deprecated
    public static final EventType<StripeEvent<Sku>> SKU_DELETED = DEFINE.type("sku.deleted", Sku.class);

    /** A SKU was updated. Retired with SKUs; see {@link #SKU_CREATED}. */
    @Deprecated
    public static final EventType<StripeEvent<Sku>> SKU_UPDATED = DEFINE.type("sku.updated", Sku.class);

    /** The catalogue of every constant above: the last static field, so it misses none. */
    static final EventCatalogue CATALOGUE = DEFINE.build();

    private StripeEvents() {}

    /**
     * Every event type of this catalogue, in declaration order: {@link #ANY}, {@link #THIN_EVENT}, then every
     * named type.
     */
    public static List<EventType<?>> all() {
        return CATALOGUE.all();
    }

    /** The catalogue key named {@code name}, such as {@code invoice.paid}; empty for a name Stripe did not document. */
    public static Optional<EventType<?>> find(String name) {
        return CATALOGUE.find(name);
    }
}
