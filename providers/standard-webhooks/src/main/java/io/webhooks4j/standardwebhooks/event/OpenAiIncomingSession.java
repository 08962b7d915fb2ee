package io.webhooks4j.standardwebhooks.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.spi.RecordCopies;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code data} of OpenAI's {@code live.transport.incoming}: a SIP session waiting to be accepted through the Live
 * API (openai-python {@code types/webhooks/live_transport_incoming_webhook_event.py}).
 *
 * @param sessionId the pending session's {@code live_...} id, to pass unchanged to the accept or reject call
 * @param sipHeaders the INVITE's headers in order: untrusted call metadata; never null
 * @param type the transport, {@code sip}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OpenAiIncomingSession(
        @JsonProperty("session_id") @Nullable String sessionId,
        @JsonProperty("sip_headers") List<SipHeader> sipHeaders,
        @Nullable String type) {
    public OpenAiIncomingSession {
        sipHeaders = RecordCopies.listOrEmpty(sipHeaders); // one unmodifiable copy, null entries dropped
    }
}
