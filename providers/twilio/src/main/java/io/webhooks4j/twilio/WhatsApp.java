package io.webhooks4j.twilio;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * The WhatsApp parameters of an incoming message. Each is null when not sent.
 *
 * @param profileName the sender's WhatsApp profile name ({@code ProfileName})
 * @param waId the sender's WhatsApp id ({@code WaId})
 * @param forwarded {@code Forwarded}
 * @param frequentlyForwarded {@code FrequentlyForwarded}
 * @param messageType {@code MessageType}: text, image, location, button, interactive, ...
 * @param buttonText the text of a quick-reply button ({@code ButtonText})
 * @param buttonPayload its payload ({@code ButtonPayload})
 * @param latitude a shared location's {@code Latitude}
 * @param longitude a shared location's {@code Longitude}
 * @param address a shared location's {@code Address}
 * @param label a shared location's {@code Label}
 * @param originalRepliedMessageSid the message replied to ({@code OriginalRepliedMessageSid})
 * @param originalRepliedMessageSender its sender ({@code OriginalRepliedMessageSender})
 * @param referralBody the body of the ad that led here ({@code ReferralBody})
 * @param referralHeadline {@code ReferralHeadline}
 * @param referralSourceUrl {@code ReferralSourceUrl}
 * @param referralCtwaClid click-to-WhatsApp click id ({@code ReferralCtwaClid})
 */
@ExplicitJson
public record WhatsApp(
        @JsonProperty("profileName") String profileName,
        @JsonProperty("waId") String waId,
        @JsonProperty("forwarded") Boolean forwarded,
        @JsonProperty("frequentlyForwarded") Boolean frequentlyForwarded,
        @JsonProperty("messageType") String messageType,
        @JsonProperty("buttonText") String buttonText,
        @JsonProperty("buttonPayload") String buttonPayload,
        @JsonProperty("latitude") BigDecimal latitude,
        @JsonProperty("longitude") BigDecimal longitude,
        @JsonProperty("address") String address,
        @JsonProperty("label") String label,
        @JsonProperty("originalRepliedMessageSid") String originalRepliedMessageSid,
        @JsonProperty("originalRepliedMessageSender") String originalRepliedMessageSender,
        @JsonProperty("referralBody") String referralBody,
        @JsonProperty("referralHeadline") String referralHeadline,
        @JsonProperty("referralSourceUrl") String referralSourceUrl,
        @JsonProperty("referralCtwaClid") String referralCtwaClid) {}
