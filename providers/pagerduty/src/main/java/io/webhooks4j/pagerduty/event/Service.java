package io.webhooks4j.pagerduty.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.spi.RecordCopies;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A service: the {@code data} of {@code service.created}, {@code service.updated} and {@code service.deleted}
 * ({@code data.type} {@code service}).
 *
 * @param id the service's id
 * @param type always {@code service}
 * @param summary the service's name
 * @param self the REST API URL of the service
 * @param htmlUrl the URL of the service in PagerDuty's web app
 * @param alertCreation whether it creates alerts and incidents or incidents only
 * @param teams the teams it belongs to
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Service(
        @JsonProperty("id") @Nullable String id,
        @JsonProperty("type") @Nullable String type,
        @JsonProperty("summary") @Nullable String summary,
        @JsonProperty("self") @Nullable String self,
        @JsonProperty("html_url") @Nullable String htmlUrl,
        @JsonProperty("alert_creation") @Nullable AlertCreation alertCreation,
        @JsonProperty("teams") List<Reference> teams) {
    public Service {
        teams = RecordCopies.viewOrEmpty(teams);
    }
}
