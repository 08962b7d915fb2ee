package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A time span, such as the period an invoice line covers. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Period(@Nullable Instant start, @Nullable Instant end) {}
