/**
 * webhooks4j for Jakarta Servlet 6.0 containers: {@link io.webhooks4j.servlet.WebhookServlet} runs deliveries
 * through the core pipeline; {@link io.webhooks4j.servlet.WebhookVerificationFilter} verifies them in front of
 * your own servlets or controllers. Both read the body once, bounded, before anything can parse it, and find
 * the public URL as {@link io.webhooks4j.servlet.WebhookServlet.Options} describes.
 */
package io.webhooks4j.servlet;
