package io.webhooks4j.twilio;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
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
@ExplicitJson
@JsonPropertyOrder({"type"})
public record UnknownTwilioRequest(
        @JsonProperty("accountSid") String accountSid,
        @JsonProperty("json") JsonNode json,
        @JsonProperty("idempotencyToken") String idempotencyToken,

        @JsonProperty("parameters") @JsonSerialize(using = ParametersJson.Serializer.class)
        FormParameters parameters)
        implements TwilioRequest {
    @Override
    @JsonProperty("type")
    public String type() {
        return TwilioEvents.UNKNOWN.name();
    }

    /** The token; null without it. */
    @Override
    public String deliveryId() {
        return WireValues.deliveryId(idempotencyToken, null, null, null);
    }
}
