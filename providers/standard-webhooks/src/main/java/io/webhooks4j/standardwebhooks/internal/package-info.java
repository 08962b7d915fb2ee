/**
 * Not API: the event parser, the reading of keys ({@code whsec_}, {@code whpk_}, {@code whsk_}), the signature
 * format, the header families, the registry of declared event types and the JSON rendering. May change in any
 * release.
 */
@NullMarked
package io.webhooks4j.standardwebhooks.internal;

import org.jspecify.annotations.NullMarked;
