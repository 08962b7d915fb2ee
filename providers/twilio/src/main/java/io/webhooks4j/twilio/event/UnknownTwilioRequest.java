package io.webhooks4j.twilio.event;

import io.webhooks4j.twilio.internal.ExplicitJson;

/**
 * A request of a kind this version does not model (a queue callback, a JSON webhook that is not an Event Streams
 * delivery, ...): its content is on the envelope, every parameter as sent in {@link
 * io.webhooks4j.twilio.TwilioEvent#parameters()}
 * and the bytes of a JSON request's body in {@link io.webhooks4j.twilio.TwilioEvent#json()}; {@link
 * io.webhooks4j.twilio.TwilioEvent#raw()} gives either as a JSON tree and {@link
 * io.webhooks4j.twilio.TwilioEvent#payloadAs(Class)} binds either to your own type. Acknowledged with 200 when no
 * handler replies.
 */
@ExplicitJson
public record UnknownTwilioRequest() implements TwilioRequest {}
