/**
 * The payloads of Twilio's requests: one record per kind ({@link io.webhooks4j.twilio.event.IncomingMessage},
 * {@link io.webhooks4j.twilio.event.MessageStatus}, {@link io.webhooks4j.twilio.event.IncomingCall},
 * {@link io.webhooks4j.twilio.event.CallStatus}, {@link io.webhooks4j.twilio.event.GatherResult},
 * {@link io.webhooks4j.twilio.event.RecordingStatus}, {@link io.webhooks4j.twilio.event.ConferenceStatus},
 * {@link io.webhooks4j.twilio.event.EventStreamsDelivery} (its {@link io.webhooks4j.twilio.event.CloudEvent}s),
 * {@link io.webhooks4j.twilio.event.UnknownTwilioRequest}),
 * all {@link io.webhooks4j.twilio.event.TwilioRequest}, with their parts ({@link io.webhooks4j.twilio.event.Call},
 * {@link io.webhooks4j.twilio.event.Media}, {@link io.webhooks4j.twilio.event.Geo},
 * {@link io.webhooks4j.twilio.event.WhatsApp}) and Twilio's status values as enums. A handler reads them as
 * {@code event.payload()} of a {@link io.webhooks4j.twilio.TwilioEvent}; absent parameters are {@code null}.
 */
@NullMarked
package io.webhooks4j.twilio.event;

import org.jspecify.annotations.NullMarked;
