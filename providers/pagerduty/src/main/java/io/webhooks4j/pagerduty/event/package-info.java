/**
 * The payloads of PagerDuty v3 webhook events ({@code event.data}), as Java records: one per documented
 * {@code data.type} ({@link io.webhooks4j.pagerduty.event.Incident}, {@link io.webhooks4j.pagerduty.event.IncidentNote},
 * {@link io.webhooks4j.pagerduty.event.IncidentResponder}, {@link io.webhooks4j.pagerduty.event.StatusUpdate},
 * {@link io.webhooks4j.pagerduty.event.IncidentWorkflow}, {@link io.webhooks4j.pagerduty.event.Service}, ...) and the
 * shared {@link io.webhooks4j.pagerduty.event.Reference}.
 *
 * <p>Every record ignores fields it does not model; a field PagerDuty leaves out reads as {@code null} and a list it
 * leaves out as an empty list (lists are unmodifiable); every component PagerDuty may leave out is {@code @Nullable}.
 * Enums read values they do not know as {@code UNKNOWN}. Records are bound straight from the body's bytes; the whole
 * delivery stays available as its bytes ({@link io.webhooks4j.pagerduty.PagerDutyEvent#json()}) and as a JSON tree
 * parsed from them on each call ({@link io.webhooks4j.pagerduty.PagerDutyEvent#raw()}).
 */
@NullMarked
package io.webhooks4j.pagerduty.event;

import org.jspecify.annotations.NullMarked;
