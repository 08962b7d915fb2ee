/**
 * Twilio webhooks: {@link io.webhooks4j.twilio.TwilioProvider} verifies {@code X-Twilio-Signature} over the
 * public URL and the form parameters, reads each request into a {@link io.webhooks4j.twilio.TwilioRequest}
 * kind ({@link io.webhooks4j.twilio.TwilioEvents}), and handlers answer with {@link io.webhooks4j.twilio.TwiML}.
 */
package io.webhooks4j.twilio;
