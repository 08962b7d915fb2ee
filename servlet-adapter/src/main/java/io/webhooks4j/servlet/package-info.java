/**
 * webhooks4j for Jakarta Servlet 6.0 containers: {@link io.webhooks4j.servlet.WebhookServlet} runs deliveries
 * through the core pipeline; {@link io.webhooks4j.servlet.WebhookVerificationFilter} verifies them in front of
 * your own servlets or controllers. Both pass each request through the core's one door, {@link
 * io.webhooks4j.Webhooks#receive(String, io.webhooks4j.spi.RequestHead)}, which decides every status; they read the
 * body once, bounded, before anything can parse it, and find the public URL as {@link
 * io.webhooks4j.servlet.WebhookServlet.Options} describes.
 */
@NullMarked
package io.webhooks4j.servlet;

import org.jspecify.annotations.NullMarked;
