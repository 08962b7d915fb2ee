/** Implementation details of the Stripe module. Not API: may change in any release. */
package io.webhooks4j.stripe.internal;
