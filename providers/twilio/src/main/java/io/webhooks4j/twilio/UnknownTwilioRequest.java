package io.webhooks4j.twilio;

import com.fasterxml.jackson.databind.JsonNode;
import io.webhooks4j.FormParameters;

/**
 * A request of a kind this version does not model (a conference or queue callback, a JSON webhook, ...): all
 * parameters as sent, and the JSON body when there is one. Acknowledged with 200 when no handler replies.
 *
 * @param accountSid {@code AccountSid}, or null
 * @param json the body as JSON for a JSON request ({@code bodySHA256} in the URL), else null
 * @param idempotencyToken the {@code I-Twilio-Idempotency-Token} header, or null
 * @param parameters every form parameter as sent (empty for a JSON request)
 */
public record UnknownTwilioRequest(String accountSid, JsonNode json, String idempotencyToken, FormParameters parameters)
        implements TwilioRequest {
    @Override
    public String type() {
        return TwilioEvents.UNKNOWN.name();
    }

    /** The token; null without it. */
    @Override
    public String deliveryId() {
        return WireValues.deliveryId(idempotencyToken, null, null, null);
    }
}
