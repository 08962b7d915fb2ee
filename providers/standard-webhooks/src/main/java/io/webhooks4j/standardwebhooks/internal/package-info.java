/** Not API: JSON rendering of the events. May change in any release. */
package io.webhooks4j.standardwebhooks.internal;
