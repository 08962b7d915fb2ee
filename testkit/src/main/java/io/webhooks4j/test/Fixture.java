package io.webhooks4j.test;

import io.webhooks4j.Headers;
import io.webhooks4j.RawBody;
import java.util.Objects;

/**
 * A built-in, realistic delivery body for one provider, with the headers the provider sends beside the
 * signature (event type, topic, shop domain, ...) and, for URL-signed providers, the URL it was sent to.
 *
 * @param provider the provider id
 * @param name the fixture's name, usually the event type ({@code invoice.paid}, {@code pull_request.opened})
 * @param description one line about what it is
 * @param headers headers sent with it, signatures excluded
 * @param body the body
 */
public record Fixture(String provider, String name, String description, Headers headers, RawBody body) {
    public Fixture {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
    }
}
