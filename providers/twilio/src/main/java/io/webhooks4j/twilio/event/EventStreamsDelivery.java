package io.webhooks4j.twilio.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.twilio.internal.ExplicitJson;
import java.util.List;
import java.util.Objects;

/**
 * A delivery of an Event Streams webhook sink: one or more {@link CloudEvent}s, in the order of the body. Any 2xx
 * acknowledges it.
 *
 * <p>What it is, and where each fact comes from:
 *
 * <ul>
 *   <li>An Event Streams subscription sends the events of the types and schema versions it names to a sink; a
 *       webhook sink posts them to your URL (<a href="https://www.twilio.com/docs/events">twilio.com/docs/events</a>,
 *       <a href="https://www.twilio.com/docs/events/webhook-quickstart">webhook quickstart</a>). Each event is a
 *       CloudEvent 1.0 with product-specific {@code data} (every event type page, for instance
 *       <a href="https://www.twilio.com/docs/events/event-types/messaging/outbound-message">outbound message</a>).
 *   <li>The body is a JSON array of those events (the shape of the Event Streams payload in this module's corpus,
 *       {@code event-streams.json}; Twilio's event-type pages show one event at a time), CloudEvents' JSON batch
 *       format
 *       (<a href="https://github.com/cloudevents/spec/blob/v1.0.2/cloudevents/formats/json-format.md">json-format.md</a>,
 *       section 4: "a JSON array filled with CloudEvents in the JSON Event format"). A body is read as this kind
 *       when it is a non-empty JSON array whose every element is an object with the four REQUIRED attributes as
 *       non-empty strings ({@code specversion} 1.x, {@code id}, {@code source}, {@code type}); any other JSON body
 *       stays {@link UnknownTwilioRequest}, as it was. An empty array holds no event that says it is CloudEvents,
 *       so it stays unknown too.
 *   <li>It is signed as Twilio signs every JSON webhook: {@code X-Twilio-Signature} over the URL, which ends with
 *       {@code bodySHA256=<hex SHA-256 of the body>} (webhook quickstart, "validate the webhook signature", and
 *       <a href="https://www.twilio.com/en-us/blog/developers/tutorials/how-to-validate-twilio-event-streams-webhooks-in-go">
 *       validating Event Streams webhooks</a>: the signature, the auth token, the body and the URL;
 *       <a href="https://www.twilio.com/docs/usage/webhooks/webhooks-security">webhooks security</a> for {@code
 *       bodySHA256}). So the kind, and every event, come from signed bytes only.
 *   <li>Twilio waits at most 5 seconds for the answer (webhook quickstart), less than the 15 of other webhooks,
 *       and retries (at-least-once, for up to four hours, unordered: twilio.com/docs/events): answer quickly (or
 *       use an inbox), and de-duplicate per event on {@link CloudEvent#source()} and {@link CloudEvent#id()},
 *       since a retried event may come in another batch. The delivery itself is de-duplicated on its signed
 *       bytes, as every JSON request.
 * </ul>
 *
 * <p>The envelope keeps the body's bytes ({@code event.json()}), so {@code event.raw()} and {@code
 * event.payloadAs(...)} still see the whole array.
 *
 * @param events the events, in the order sent; never empty when parsed from a delivery
 */
@ExplicitJson
public record EventStreamsDelivery(@JsonProperty("events") List<CloudEvent> events) implements TwilioRequest {
    public EventStreamsDelivery {
        events = List.copyOf(Objects.requireNonNull(events, "events"));
    }
}
