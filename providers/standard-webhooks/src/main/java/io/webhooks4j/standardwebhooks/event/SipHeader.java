package io.webhooks4j.standardwebhooks.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One header of the SIP INVITE of an incoming call, as OpenAI forwards it (authorization headers excluded). The
 * values come from the caller's side of the call: untrusted metadata.
 *
 * @param name the header's name
 * @param value its value
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SipHeader(String name, String value) {}
