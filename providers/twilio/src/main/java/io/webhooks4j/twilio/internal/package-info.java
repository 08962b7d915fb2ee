/**
 * Not API: Twilio's signed string and URL variants, the redaction of diagnoses, the request parser, and the
 * JSON helpers. Public only where another package of the module needs it; may change in any release.
 */
@NullMarked
package io.webhooks4j.twilio.internal;

import org.jspecify.annotations.NullMarked;
