package io.webhooks4j.pagerduty.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * PagerDuty's resource reference: the short form in which one resource points at another (a user, a service, an
 * escalation policy, a team, a priority, an incident, ...).
 *
 * @param id the referenced resource's id, such as {@code PF9KMXH}
 * @param type what it refers to, such as {@code service_reference} or {@code user_reference}
 * @param summary a short human-readable label (a user's name, a service's name, a priority's {@code P1}); may be
 *     {@code null}
 * @param self the REST API URL of the resource
 * @param htmlUrl the URL of the resource in PagerDuty's web app
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Reference(
        @JsonProperty("id") @Nullable String id,
        @JsonProperty("type") @Nullable String type,
        @JsonProperty("summary") @Nullable String summary,
        @JsonProperty("self") @Nullable String self,
        @JsonProperty("html_url") @Nullable String htmlUrl) {}
