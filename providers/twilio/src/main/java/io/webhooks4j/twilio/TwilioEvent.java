package io.webhooks4j.twilio;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.webhooks4j.FormParameters;
import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookEvent;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import io.webhooks4j.twilio.event.TwilioRequest;
import io.webhooks4j.twilio.internal.ExplicitJson;
import io.webhooks4j.twilio.internal.ParametersJson;
import io.webhooks4j.twilio.internal.TwilioRequestParser;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One verified Twilio request: what every request carries, and its kind as the typed {@link #payload()}
 * ({@link io.webhooks4j.twilio.event.IncomingMessage}, {@link io.webhooks4j.twilio.event.CallStatus}, ...). The
 * payload type comes from the catalogue key a handler registered with: {@code onReply(TwilioEvents.INCOMING_MESSAGE,
 * sms -> TwiML.message("Got it: " + sms.payload().body()))}.
 *
 * <p>As JSON ({@code WebhookJson.write(event)}, the CLI's {@code parse}) it renders as {@code provider}, {@code
 * type}, {@code deliveryId}, {@code accountSid}, {@code apiVersion}, {@code idempotencyToken}, {@code payload} (every
 * component of the kind's record under its Java name, enums as Twilio spells them), {@code parameters} as {@code
 * [{"name": ..., "value": ...}]} in the order sent, and {@code json} (the JSON body as sent, or null).
 *
 * <p>A form request has no JSON document: its typed payload is read from the decoded parameters, {@link
 * #payloadAs} binds the parameters without building a tree, and {@link #raw()} builds the parameters' tree only
 * when called. A JSON request keeps its body's bytes in {@link #json()}, read once when parsed (to check it is one
 * well-formed document and take its {@code AccountSid}; a JSON array once more, to build an Event Streams delivery's
 * CloudEvents), and parsed again only by {@link #raw()}, {@link
 * #payloadAs} and the JSON rendering.
 *
 * @param payload the kind of request, read from the signed parameters (see {@link TwilioEvents})
 * @param accountSid {@code AccountSid} (of a JSON body too), or null when not sent
 * @param apiVersion {@code ApiVersion}, or null when not sent
 * @param idempotencyToken the {@code I-Twilio-Idempotency-Token} header, or null; not signed
 * @param parameters every form parameter, in the order sent, repeated names kept (empty for a JSON request)
 * @param json the JSON document as delivered, the bytes the signature covered (through {@code bodySHA256} in
 *     the URL), for a JSON request (a non-empty body whose media type ends in {@code json}); otherwise null: a
 *     form has no JSON document (see {@link #raw()})
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

        @JsonProperty("json") @JsonSerialize(using = ParametersJson.BodySerializer.class) @Nullable
        RawBody json)
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
     * The request as a JSON tree, for content no record models: for a JSON request its body, parsed from the
     * retained bytes; for a form the parameters as a JSON object (each name once, in the order first sent, its
     * value a string, or an array of strings when the name was repeated), built from {@link #parameters()}.
     * Either way it parses or builds the tree each time you call it: keep the result.
     */
    @JsonIgnore
    public JsonNode raw() {
        return json != null ? WebhookJson.readTree(json) : ParametersJson.tree(parameters);
    }

    /**
     * The request bound to your own {@code type} through {@link WebhookJson} (unknown properties ignored), in one
     * pass and without a tree: the JSON body of a JSON request, straight from its bytes; otherwise the form
     * parameters seen as the JSON object {@link #raw()} builds (each name once in the order first sent, its value
     * a string, or an array of strings when the name was repeated). Twilio's names are capitalised, so name them
     * in your record: {@code record Reply(@JsonProperty("From") String from, @JsonProperty("Body") String body)
     * {}}. Numbers, booleans and enums are read from their strings, decimals within the exponents {@link
     * WebhookJson} allows. A JSON body holding {@code null} gives null.
     *
     * @throws WebhookParseException when the content does not fit {@code type}
     */
    public <R> R payloadAs(Class<R> type) {
        return json != null ? WebhookJson.read(json, type) : ParametersJson.bind(parameters, type);
    }

    /** Type and delivery id only: the parameters hold phone numbers and message texts. */
    @Override
    public String toString() {
        return "TwilioEvent[" + type() + ", delivery " + deliveryId() + "]";
    }
}
