package io.webhooks4j.twilio;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * One media item of a message: {@code MediaUrl{N}} and {@code MediaContentType{N}}.
 *
 * @param url where Twilio stores the media (fetching it may need the account's credentials)
 * @param contentType its MIME type, such as {@code image/jpeg}; null when not sent
 */
@ExplicitJson
public record Media(
        @JsonProperty("url") String url,
        @JsonProperty("contentType") String contentType) {
    public Media {
        Objects.requireNonNull(url, "url");
    }
}
