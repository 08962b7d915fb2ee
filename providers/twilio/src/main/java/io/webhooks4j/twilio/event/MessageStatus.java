package io.webhooks4j.twilio.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.twilio.internal.ExplicitJson;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A message status callback: the message moved to {@link #messageStatus()}. Any 2xx acknowledges it.
 *
 * @param messageSid {@code MessageSid}
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
 */
@ExplicitJson
public record MessageStatus(
        @JsonProperty("messageSid") String messageSid,
        @JsonProperty("messagingServiceSid") @Nullable String messagingServiceSid,
        @JsonProperty("from") @Nullable String from,
        @JsonProperty("to") @Nullable String to,
        @JsonProperty("messageStatus") @Nullable MessageState messageStatus,
        @JsonProperty("errorCode") @Nullable Integer errorCode,
        @JsonProperty("errorMessage") @Nullable String errorMessage,
        @JsonProperty("rawDlrDoneDate") @Nullable String rawDlrDoneDate,
        @JsonProperty("channelInstallSid") @Nullable String channelInstallSid,
        @JsonProperty("channelPrefix") @Nullable String channelPrefix,
        @JsonProperty("channelStatusMessage") @Nullable String channelStatusMessage,
        @JsonProperty("eventType") @Nullable String eventType)
        implements TwilioRequest {
    public MessageStatus {
        Objects.requireNonNull(messageSid, "messageSid");
    }
}
