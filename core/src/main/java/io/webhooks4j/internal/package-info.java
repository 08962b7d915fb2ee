/**
 * Implementation details shared by webhooks4j's own modules. Not API: users never import this package, and
 * it may change in any release.
 */
@NullMarked
package io.webhooks4j.internal;

import org.jspecify.annotations.NullMarked;
