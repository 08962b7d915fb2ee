package io.webhooks4j.twilio.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.twilio.internal.ExplicitJson;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An incoming SMS, MMS or WhatsApp message: Twilio asks for TwiML (answer with {@link
 * io.webhooks4j.twilio.TwiML#response()}; no reply sends an empty {@code <Response/>}, so nothing is sent back).
 *
 * @param messageSid {@code MessageSid}
 * @param messagingServiceSid {@code MessagingServiceSid}, or null
 * @param from {@code From} ({@code whatsapp:+1...} for WhatsApp)
 * @param to {@code To}
 * @param body {@code Body}, the text (empty for media only)
 * @param numMedia {@code NumMedia}
 * @param numSegments {@code NumSegments}
 * @param media each {@code MediaUrl{N}} with its {@code MediaContentType{N}}, in order
 * @param fromGeo {@code FromCity}, {@code FromState}, {@code FromZip}, {@code FromCountry}
 * @param toGeo {@code ToCity}, {@code ToState}, {@code ToZip}, {@code ToCountry}
 * @param smsStatus {@code SmsStatus} ({@code received})
 * @param optOutType {@code OptOutType} ({@code STOP}, {@code START}, {@code HELP}) with Advanced Opt-Out, or
 *     null
 * @param whatsApp the WhatsApp parameters, or null for SMS and MMS
 */
@ExplicitJson
public record IncomingMessage(
        @JsonProperty("messageSid") String messageSid,
        @JsonProperty("messagingServiceSid") @Nullable String messagingServiceSid,
        @JsonProperty("from") @Nullable String from,
        @JsonProperty("to") @Nullable String to,
        @JsonProperty("body") @Nullable String body,
        @JsonProperty("numMedia") @Nullable Integer numMedia,
        @JsonProperty("numSegments") @Nullable Integer numSegments,
        @JsonProperty("media") List<Media> media,
        @JsonProperty("fromGeo") Geo fromGeo,
        @JsonProperty("toGeo") Geo toGeo,
        @JsonProperty("smsStatus") @Nullable MessageState smsStatus,
        @JsonProperty("optOutType") @Nullable String optOutType,
        @JsonProperty("whatsApp") @Nullable WhatsApp whatsApp)
        implements TwilioRequest {
    public IncomingMessage {
        Objects.requireNonNull(messageSid, "messageSid");
        media = List.copyOf(media);
    }

    /** True when the message came through WhatsApp. */
    public boolean isWhatsApp() {
        return whatsApp != null;
    }
}
