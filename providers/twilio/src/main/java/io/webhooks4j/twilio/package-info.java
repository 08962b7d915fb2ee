/**
 * Twilio webhooks: {@link io.webhooks4j.twilio.TwilioProvider} verifies {@code X-Twilio-Signature} over the
 * public URL and the form parameters ({@link io.webhooks4j.twilio.TwilioWebhookVerifier}), reads each request into
 * a {@link io.webhooks4j.twilio.TwilioEvent} whose payload is its kind (keys in {@link
 * io.webhooks4j.twilio.TwilioEvents}, records in {@code io.webhooks4j.twilio.event}), and handlers answer with
 * {@link io.webhooks4j.twilio.TwiML}. {@link io.webhooks4j.twilio.TwilioSigner} signs requests as Twilio does, for
 * tests.
 */
@NullMarked
package io.webhooks4j.twilio;

import org.jspecify.annotations.NullMarked;
