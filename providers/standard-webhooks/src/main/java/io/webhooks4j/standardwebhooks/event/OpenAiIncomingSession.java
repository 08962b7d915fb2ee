package io.webhooks4j.standardwebhooks.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

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
        @JsonProperty("session_id") String sessionId,
        @JsonProperty("sip_headers") List<SipHeader> sipHeaders,
        String type) {
    public OpenAiIncomingSession {
        sipHeaders = sipHeaders == null
                ? List.of()
                : List.copyOf(sipHeaders.stream().filter(h -> h != null).toList());
    }
}
