/**
 * PagerDuty v3 webhooks: {@link io.webhooks4j.pagerduty.PagerDutyProvider} verifies {@code X-PagerDuty-Signature}
 * (one {@code v1=} HMAC-SHA256 per active secret) on the raw body with its
 * {@link io.webhooks4j.pagerduty.PagerDutyWebhookVerifier} and parses the delivery into a typed
 * {@link io.webhooks4j.pagerduty.PagerDutyEvent}; {@link io.webhooks4j.pagerduty.PagerDutyEvents} lists every
 * documented event type with its payload type; {@link io.webhooks4j.pagerduty.PagerDutyHeaders} names the headers;
 * {@link io.webhooks4j.pagerduty.PagerDutySigner} forges deliveries for tests.
 *
 * @see <a href="https://developer.pagerduty.com/docs/webhooks-overview">PagerDuty v3 webhooks</a>
 */
@NullMarked
package io.webhooks4j.pagerduty;

import org.jspecify.annotations.NullMarked;
