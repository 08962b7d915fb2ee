package io.webhooks4j;

/**
 * Handles one typed event and returns the reply the provider expects (Twilio's TwiML, for example).
 * Returning {@code null} means "no reply": the provider's default acknowledgement is sent.
 */
@FunctionalInterface
public interface ReplyingHandler<E> {
    WebhookReply handle(E event) throws Exception;
}
