package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** A time span, such as the period an invoice line covers. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Period(Instant start, Instant end) {}
