package io.webhooks4j.twilio.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.twilio.internal.ExplicitJson;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A conference status callback ({@code statusCallback} of {@code <Conference>}): the conference started or ended,
 * or one of its participants joined, left, was muted, held, ... Parameter names as in Twilio's Voice reference,
 * "Conference status callback" (facts only).
 *
 * @param conferenceSid {@code ConferenceSid}
 * @param friendlyName {@code FriendlyName}, the conference's name in the TwiML
 * @param statusCallbackEvent {@code StatusCallbackEvent}: {@code conference-start}, {@code conference-end},
 *     {@code participant-join}, {@code participant-leave}, {@code participant-mute}, {@code participant-hold},
 *     {@code announcement-end}, ... (kept as sent, since Twilio adds values)
 * @param callSid {@code CallSid} of the participant, or null for conference-wide events
 * @param participantLabel {@code ParticipantLabel}, or null
 * @param sequenceNumber {@code SequenceNumber}, the order of this callback within the conference, or null
 * @param timestamp {@code Timestamp}, or null
 * @param muted {@code Muted}, or null
 * @param hold {@code Hold}, or null
 * @param coaching {@code Coaching}, or null
 * @param startConferenceOnEnter {@code StartConferenceOnEnter}, or null
 * @param endConferenceOnExit {@code EndConferenceOnExit}, or null
 * @param reasonConferenceEnded {@code ReasonConferenceEnded} on {@code conference-end}, or null
 * @param callSidEndingConference {@code CallSidEndingConference} on {@code conference-end}, or null
 */
@ExplicitJson
public record ConferenceStatus(
        @JsonProperty("conferenceSid") String conferenceSid,
        @JsonProperty("friendlyName") @Nullable String friendlyName,
        @JsonProperty("statusCallbackEvent") String statusCallbackEvent,
        @JsonProperty("callSid") @Nullable String callSid,
        @JsonProperty("participantLabel") @Nullable String participantLabel,
        @JsonProperty("sequenceNumber") @Nullable Integer sequenceNumber,
        @JsonProperty("timestamp") @Nullable Instant timestamp,
        @JsonProperty("muted") @Nullable Boolean muted,
        @JsonProperty("hold") @Nullable Boolean hold,
        @JsonProperty("coaching") @Nullable Boolean coaching,
        @JsonProperty("startConferenceOnEnter") @Nullable Boolean startConferenceOnEnter,
        @JsonProperty("endConferenceOnExit") @Nullable Boolean endConferenceOnExit,
        @JsonProperty("reasonConferenceEnded") @Nullable String reasonConferenceEnded,
        @JsonProperty("callSidEndingConference") @Nullable String callSidEndingConference)
        implements TwilioRequest {}
