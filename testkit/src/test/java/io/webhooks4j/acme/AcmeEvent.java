package io.webhooks4j.acme;

import io.webhooks4j.WebhookEvent;
import org.jspecify.annotations.Nullable;

/** Acme's envelope: {@code {"id": ..., "type": ..., "data": {...}}}. */
public record AcmeEvent<T>(
        String provider, String type, @Nullable String deliveryId, T data) implements WebhookEvent {}
