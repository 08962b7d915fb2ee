/** A small provider that follows the template, for the test kit's own tests: HMAC-SHA256 of the body, hex. */
@NullMarked
package io.webhooks4j.acme;

import org.jspecify.annotations.NullMarked;
