/** Acme's payload records. */
@NullMarked
package io.webhooks4j.acme.event;

import org.jspecify.annotations.NullMarked;
