/**
 * Not API: the parser of PagerDuty deliveries and the signature format the verifier and the signer share. Public only
 * where {@code io.webhooks4j.pagerduty} needs it; may change in any release.
 */
@NullMarked
package io.webhooks4j.pagerduty.internal;

import org.jspecify.annotations.NullMarked;
