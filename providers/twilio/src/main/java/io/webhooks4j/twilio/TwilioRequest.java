package io.webhooks4j.twilio;

import com.fasterxml.jackson.databind.JsonNode;
import io.webhooks4j.FormParameters;
import io.webhooks4j.WebhookEvent;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;

/**
 * A verified request from Twilio, one record per kind: {@link IncomingMessage}, {@link MessageStatus},
 * {@link IncomingCall}, {@link CallStatus}, {@link GatherResult}, {@link RecordingStatus}, and
 * {@link UnknownTwilioRequest} for everything else. Twilio sends no type name: the kind is read from the
 * parameters (see {@link TwilioEvents}). Every kind keeps all parameters as sent in {@link #parameters()}.
 *
 * <p>{@link #deliveryId()} is Twilio's own id, for logs and display: the {@code I-Twilio-Idempotency-Token}
 * header when present, otherwise the message or call SID with its status ({@code SM...:delivered},
 * {@code CA...:ringing}, recording SID with its status), or null. It is not signed, so the pipeline never
 * de-duplicates on it: {@link TwilioProvider#deduplicationKey} takes the signed content instead.
 */
public sealed interface TwilioRequest extends WebhookEvent
        permits IncomingMessage,
                MessageStatus,
                IncomingCall,
                CallStatus,
                GatherResult,
                RecordingStatus,
                UnknownTwilioRequest {
    /** {@code twilio}. */
    @Override
    default String provider() {
        return TwilioProvider.ID;
    }

    /** {@code AccountSid}; null when not sent. */
    String accountSid();

    /** The {@code I-Twilio-Idempotency-Token} header, or null. */
    String idempotencyToken();

    /** Every form parameter, in the order sent, repeated names kept. */
    FormParameters parameters();

    /**
     * The request bound to your own {@code type} through {@link WebhookJson} (unknown properties ignored): the
     * JSON body of a JSON request; otherwise the form parameters as a JSON object, each name once in the order
     * first sent, its value a string, or an array of strings when the name was repeated. Twilio's names are
     * capitalised, so name them in your record: {@code record Reply(@JsonProperty("From") String from,
     * @JsonProperty("Body") String body) {}}. Numbers, booleans and enums are read from their strings.
     *
     * @throws WebhookParseException when the content does not fit {@code type}
     */
    default <T> T payloadAs(Class<T> type) {
        JsonNode tree = this instanceof UnknownTwilioRequest unknown && unknown.json() != null
                ? unknown.json()
                : ParametersJson.tree(parameters());
        return WebhookJson.convert(tree, type);
    }
}
