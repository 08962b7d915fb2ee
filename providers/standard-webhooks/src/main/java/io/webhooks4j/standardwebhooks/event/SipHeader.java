package io.webhooks4j.standardwebhooks.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * One header of the SIP INVITE of an incoming call, as OpenAI forwards it (authorization headers excluded). The
 * values come from the caller's side of the call: untrusted metadata.
 *
 * @param name the header's name
 * @param value its value
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SipHeader(@Nullable String name, @Nullable String value) {}
