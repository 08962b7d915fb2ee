package io.webhooks4j.twilio.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.twilio.internal.ExplicitJson;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

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
        @JsonProperty("profileName") @Nullable String profileName,
        @JsonProperty("waId") @Nullable String waId,
        @JsonProperty("forwarded") @Nullable Boolean forwarded,
        @JsonProperty("frequentlyForwarded") @Nullable Boolean frequentlyForwarded,
        @JsonProperty("messageType") @Nullable String messageType,
        @JsonProperty("buttonText") @Nullable String buttonText,
        @JsonProperty("buttonPayload") @Nullable String buttonPayload,
        @JsonProperty("latitude") @Nullable BigDecimal latitude,
        @JsonProperty("longitude") @Nullable BigDecimal longitude,
        @JsonProperty("address") @Nullable String address,
        @JsonProperty("label") @Nullable String label,
        @JsonProperty("originalRepliedMessageSid") @Nullable String originalRepliedMessageSid,

        @JsonProperty("originalRepliedMessageSender") @Nullable
        String originalRepliedMessageSender,

        @JsonProperty("referralBody") @Nullable String referralBody,
        @JsonProperty("referralHeadline") @Nullable String referralHeadline,
        @JsonProperty("referralSourceUrl") @Nullable String referralSourceUrl,
        @JsonProperty("referralCtwaClid") @Nullable String referralCtwaClid) {}
