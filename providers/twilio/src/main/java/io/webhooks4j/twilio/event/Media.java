package io.webhooks4j.twilio.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.twilio.internal.ExplicitJson;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One media item of a message: {@code MediaUrl{N}} and {@code MediaContentType{N}}.
 *
 * @param url where Twilio stores the media (fetching it may need the account's credentials)
 * @param contentType its MIME type, such as {@code image/jpeg}; null when not sent
 */
@ExplicitJson
public record Media(
        @JsonProperty("url") String url,
        @JsonProperty("contentType") @Nullable String contentType) {
    public Media {
        Objects.requireNonNull(url, "url");
    }
}
