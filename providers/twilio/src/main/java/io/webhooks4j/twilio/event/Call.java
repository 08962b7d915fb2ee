package io.webhooks4j.twilio.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.twilio.internal.ExplicitJson;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The call a voice request is about: the parameters every voice request carries. Part of {@link IncomingCall},
 * {@link CallStatus} and {@link GatherResult}; as JSON its fields stand beside theirs.
 *
 * @param callSid {@code CallSid}
 * @param from {@code From} (the caller)
 * @param to {@code To} (the number called)
 * @param callStatus {@code CallStatus} ({@code ringing} for a new incoming call)
 * @param direction {@code Direction}
 * @param fromGeo the caller's {@code FromCity}, {@code FromState}, {@code FromZip}, {@code FromCountry}
 * @param toGeo the called number's {@code ToCity}, ...
 */
@ExplicitJson
public record Call(
        @JsonProperty("callSid") String callSid,
        @JsonProperty("from") @Nullable String from,
        @JsonProperty("to") @Nullable String to,
        @JsonProperty("callStatus") @Nullable CallState callStatus,
        @JsonProperty("direction") @Nullable CallDirection direction,
        @JsonProperty("fromGeo") Geo fromGeo,
        @JsonProperty("toGeo") Geo toGeo) {
    public Call {
        Objects.requireNonNull(callSid, "callSid");
        Objects.requireNonNull(fromGeo, "fromGeo");
        Objects.requireNonNull(toGeo, "toGeo");
    }
}
