package io.webhooks4j.twilio;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.webhooks4j.FormParameters;
import java.util.List;

/**
 * An incoming SMS, MMS or WhatsApp message: Twilio asks for TwiML (answer with {@link TwiML#response()}; no
 * reply sends an empty {@code <Response/>}, so nothing is sent back).
 *
 * @param messageSid {@code MessageSid}
 * @param accountSid {@code AccountSid}
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
 * @param apiVersion {@code ApiVersion}
 * @param idempotencyToken the {@code I-Twilio-Idempotency-Token} header, or null
 * @param parameters every parameter as sent
 */
@ExplicitJson
@JsonPropertyOrder({"type"})
public record IncomingMessage(
        @JsonProperty("messageSid") String messageSid,
        @JsonProperty("accountSid") String accountSid,
        @JsonProperty("messagingServiceSid") String messagingServiceSid,
        @JsonProperty("from") String from,
        @JsonProperty("to") String to,
        @JsonProperty("body") String body,
        @JsonProperty("numMedia") Integer numMedia,
        @JsonProperty("numSegments") Integer numSegments,
        @JsonProperty("media") List<Media> media,
        @JsonProperty("fromGeo") Geo fromGeo,
        @JsonProperty("toGeo") Geo toGeo,
        @JsonProperty("smsStatus") MessageState smsStatus,
        @JsonProperty("optOutType") String optOutType,
        @JsonProperty("whatsApp") WhatsApp whatsApp,
        @JsonProperty("apiVersion") String apiVersion,
        @JsonProperty("idempotencyToken") String idempotencyToken,

        @JsonProperty("parameters") @JsonSerialize(using = ParametersJson.Serializer.class)
        FormParameters parameters)
        implements TwilioRequest {
    public IncomingMessage {
        media = List.copyOf(media);
    }

    @Override
    @JsonProperty("type")
    public String type() {
        return TwilioEvents.INCOMING_MESSAGE.name();
    }

    /** The token, else {@code MessageSid:received}. */
    @Override
    public String deliveryId() {
        MessageState status = smsStatus == null ? MessageState.RECEIVED : smsStatus;
        return WireValues.deliveryId(
                idempotencyToken, messageSid, status, smsStatus == null ? "received" : status.wireValue());
    }

    /** True when the message came through WhatsApp. */
    public boolean isWhatsApp() {
        return whatsApp != null;
    }
}
