/**
 * Not API: the parser of GitHub deliveries, the deserializer that binds the payload records in one pass over the
 * bytes, the signature format the verifier and the signer share, and the shapes of GitHub's own tokens. Public only where {@code io.webhooks4j.github} needs it; may change in any release.
 */
@NullMarked
package io.webhooks4j.github.internal;

import org.jspecify.annotations.NullMarked;
