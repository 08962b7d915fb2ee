package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The last error of a payment or setup attempt ({@code last_payment_error}, {@code last_setup_error}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StripeError(
        String type,
        String code,
        @JsonProperty("decline_code") String declineCode,
        String message,
        String param,
        @JsonProperty("doc_url") String docUrl) {}
