package io.webhooks4j.twilio.event;

/**
 * The payload of a {@link io.webhooks4j.twilio.TwilioEvent}: one record per kind of request, {@link
 * IncomingMessage}, {@link MessageStatus}, {@link IncomingCall}, {@link CallStatus}, {@link GatherResult}, {@link
 * RecordingStatus}, {@link ConferenceStatus}, {@link EventStreamsDelivery} (a JSON array of CloudEvents), and {@link
 * UnknownTwilioRequest} for everything else. Twilio sends no type name: the kind is read from the signed parameters,
 * or the signed JSON body (see {@link io.webhooks4j.twilio.TwilioEvents}). What every request carries
 * (account SID, API version, idempotency token, every parameter as sent, a JSON body) is on the envelope.
 */
public sealed interface TwilioRequest
        permits IncomingMessage,
                MessageStatus,
                IncomingCall,
                CallStatus,
                GatherResult,
                RecordingStatus,
                ConferenceStatus,
                EventStreamsDelivery,
                UnknownTwilioRequest {}
