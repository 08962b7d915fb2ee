/** Implementation details of the Stripe module. Not API: may change in any release. */
@NullMarked
package io.webhooks4j.stripe.internal;

import org.jspecify.annotations.NullMarked;
