/**
 * The {@code webhooks4j} command-line tool: {@code sign}, {@code verify --explain}, {@code send}, {@code parse} and
 * {@code fixtures}, generic over the provider modules on its class path, and {@code inbox} ({@code list}, {@code
 * show}, {@code retry}, {@code replay}, {@code purge}, {@code stats}) on a receiver's {@code JdbcInbox}.
 */
@NullMarked
package io.webhooks4j.cli;

import org.jspecify.annotations.NullMarked;
