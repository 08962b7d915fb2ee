package io.webhooks4j.twilio;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.webhooks4j.FormParameters;

/**
 * A message status callback: the message moved to {@link #messageStatus()}. Any 2xx acknowledges it.
 *
 * @param messageSid {@code MessageSid}
 * @param accountSid {@code AccountSid}
 * @param messagingServiceSid {@code MessagingServiceSid}, or null
 * @param from {@code From}
 * @param to {@code To}
 * @param messageStatus {@code MessageStatus}
 * @param errorCode {@code ErrorCode} (failed or undelivered), or null
 * @param errorMessage {@code ErrorMessage}, or null
 * @param rawDlrDoneDate {@code RawDlrDoneDate} (carrier delivery time, {@code YYMMDDhhmm}), or null
 * @param channelInstallSid {@code ChannelInstallSid} (WhatsApp and other channels), or null
 * @param channelPrefix {@code ChannelPrefix} ({@code whatsapp}), or null
 * @param channelStatusMessage {@code ChannelStatusMessage}, or null
 * @param eventType {@code EventType} ({@code READ}, {@code DELIVERED} on WhatsApp), or null
 * @param apiVersion {@code ApiVersion}
 * @param idempotencyToken the {@code I-Twilio-Idempotency-Token} header, or null
 * @param parameters every parameter as sent
 */
@ExplicitJson
@JsonPropertyOrder({"type"})
public record MessageStatus(
        @JsonProperty("messageSid") String messageSid,
        @JsonProperty("accountSid") String accountSid,
        @JsonProperty("messagingServiceSid") String messagingServiceSid,
        @JsonProperty("from") String from,
        @JsonProperty("to") String to,
        @JsonProperty("messageStatus") MessageState messageStatus,
        @JsonProperty("errorCode") Integer errorCode,
        @JsonProperty("errorMessage") String errorMessage,
        @JsonProperty("rawDlrDoneDate") String rawDlrDoneDate,
        @JsonProperty("channelInstallSid") String channelInstallSid,
        @JsonProperty("channelPrefix") String channelPrefix,
        @JsonProperty("channelStatusMessage") String channelStatusMessage,
        @JsonProperty("eventType") String eventType,
        @JsonProperty("apiVersion") String apiVersion,
        @JsonProperty("idempotencyToken") String idempotencyToken,

        @JsonProperty("parameters") @JsonSerialize(using = ParametersJson.Serializer.class)
        FormParameters parameters)
        implements TwilioRequest {
    @Override
    @JsonProperty("type")
    public String type() {
        return TwilioEvents.MESSAGE_STATUS.name();
    }

    /** The token, else {@code MessageSid:MessageStatus}. */
    @Override
    public String deliveryId() {
        return WireValues.deliveryId(
                idempotencyToken,
                messageSid,
                messageStatus,
                parameters.first("MessageStatus").orElse(""));
    }
}
