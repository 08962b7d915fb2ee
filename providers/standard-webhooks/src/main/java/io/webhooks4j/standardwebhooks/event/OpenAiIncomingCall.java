package io.webhooks4j.standardwebhooks.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.spi.RecordCopies;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code data} of OpenAI's {@code realtime.call.incoming}: a SIP call waiting to be accepted or rejected through
 * the Realtime API (openai-python {@code types/webhooks/realtime_call_incoming_webhook_event.py}).
 *
 * @param callId the pending call's id, to pass unchanged to the accept or reject call
 * @param sipHeaders the INVITE's headers in order (repeated names kept): untrusted call metadata; never null
 * @param sipMediaSecurity {@code srtp}, {@code rtp}, another value OpenAI adds later, or null when unknown
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OpenAiIncomingCall(
        @JsonProperty("call_id") @Nullable String callId,
        @JsonProperty("sip_headers") List<SipHeader> sipHeaders,
        @JsonProperty("sip_media_security") @Nullable String sipMediaSecurity) {
    public OpenAiIncomingCall {
        sipHeaders = RecordCopies.listOrEmpty(sipHeaders); // one unmodifiable copy, null entries dropped
    }
}
