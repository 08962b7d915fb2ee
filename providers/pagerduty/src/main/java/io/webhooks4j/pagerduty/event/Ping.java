package io.webhooks4j.pagerduty.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The {@code data} of {@code pagey.ping}, the test delivery PagerDuty sends when someone asks for one ({@code POST
 * /webhook_subscriptions/{id}/ping}); {@code resource_type} is {@code pagey}.
 *
 * @param type {@code ping}
 * @param message a greeting, such as {@code Hello from your friend Pagey!}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Ping(
        @JsonProperty("type") @Nullable String type,
        @JsonProperty("message") @Nullable String message) {}
