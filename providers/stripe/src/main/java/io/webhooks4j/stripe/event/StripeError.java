package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** The last error of a payment or setup attempt ({@code last_payment_error}, {@code last_setup_error}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StripeError(
        @Nullable String type,
        @Nullable String code,
        @JsonProperty("decline_code") @Nullable String declineCode,
        @Nullable String message,
        @Nullable String param,
        @JsonProperty("doc_url") @Nullable String docUrl) {}
