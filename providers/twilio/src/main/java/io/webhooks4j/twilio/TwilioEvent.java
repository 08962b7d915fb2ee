package io.webhooks4j.twilio;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.webhooks4j.FormParameters;
import io.webhooks4j.WebhookEvent;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import io.webhooks4j.twilio.event.TwilioRequest;
import io.webhooks4j.twilio.internal.ExplicitJson;
import io.webhooks4j.twilio.internal.ParametersJson;
import io.webhooks4j.twilio.internal.TwilioRequestParser;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One verified Twilio request: what every request carries, and its kind as the typed {@link #payload()}
 * ({@link io.webhooks4j.twilio.event.IncomingMessage}, {@link io.webhooks4j.twilio.event.CallStatus}, ...). The
 * payload type comes from the catalogue key a handler registered with: {@code onReply(TwilioEvents.INCOMING_MESSAGE,
 * sms -> TwiML.message("Got it: " + sms.payload().body()))}.
 *
 * <p>As JSON ({@code WebhookJson.write(event)}, the CLI's {@code parse}) it renders as {@code provider}, {@code
 * type}, {@code deliveryId}, {@code accountSid}, {@code apiVersion}, {@code idempotencyToken}, {@code payload} (every
 * component of the kind's record under its Java name, enums as Twilio spells them), {@code parameters} as {@code
 * [{"name": ..., "value": ...}]} in the order sent, and {@code json}.
 *
 * @param payload the kind of request, read from the signed parameters (see {@link TwilioEvents})
 * @param accountSid {@code AccountSid} (of a JSON body too), or null when not sent
 * @param apiVersion {@code ApiVersion}, or null when not sent
 * @param idempotencyToken the {@code I-Twilio-Idempotency-Token} header, or null; not signed
 * @param parameters every form parameter, in the order sent, repeated names kept (empty for a JSON request)
 * @param json the body of a JSON request ({@code bodySHA256} in the URL), else null
 * @param <T> the kind of request
 */
@ExplicitJson
@JsonPropertyOrder({"provider", "type", "deliveryId"})
public record TwilioEvent<T extends TwilioRequest>(
        @JsonProperty("payload") T payload,
        @JsonProperty("accountSid") @Nullable String accountSid,
        @JsonProperty("apiVersion") @Nullable String apiVersion,
        @JsonProperty("idempotencyToken") @Nullable String idempotencyToken,

        @JsonProperty("parameters") @JsonSerialize(using = ParametersJson.Serializer.class)
        FormParameters parameters,

        @JsonProperty("json") @Nullable JsonNode json)
        implements WebhookEvent {

    public TwilioEvent {
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(parameters, "parameters");
    }

    /** {@code twilio}. */
    @Override
    @JsonProperty("provider")
    public String provider() {
        return TwilioProvider.ID;
    }

    /** The name of the payload's kind in {@link TwilioEvents}: {@code message.incoming}, {@code call.status}, ... */
    @Override
    @JsonProperty("type")
    public String type() {
        return TwilioEvents.typeOf(payload).name();
    }

    /**
     * Twilio's own id, for logs and display: the {@code I-Twilio-Idempotency-Token} header when present, otherwise
     * the message or call SID with its status ({@code SM...:delivered}, {@code CA...:ringing}, the recording SID
     * with its status), or null. Not signed, so the pipeline never de-duplicates on it: {@link
     * TwilioProvider#deduplicationKey} takes the signed content instead.
     */
    @Override
    @JsonProperty("deliveryId")
    public @Nullable String deliveryId() {
        return TwilioRequestParser.deliveryId(this);
    }

    /**
     * The request bound to your own {@code type} through {@link WebhookJson} (unknown properties ignored): the
     * JSON body of a JSON request; otherwise the form parameters as a JSON object, each name once in the order
     * first sent, its value a string, or an array of strings when the name was repeated. Twilio's names are
     * capitalised, so name them in your record: {@code record Reply(@JsonProperty("From") String from,
     * @JsonProperty("Body") String body) {}}. Numbers, booleans and enums are read from their strings.
     *
     * @throws WebhookParseException when the content does not fit {@code type}
     */
    public <R> R payloadAs(Class<R> type) {
        return WebhookJson.convert(json != null ? json : ParametersJson.tree(parameters), type);
    }

    /** Type and delivery id only: the parameters hold phone numbers and message texts. */
    @Override
    public String toString() {
        return "TwilioEvent[" + type() + ", delivery " + deliveryId() + "]";
    }
}
