package io.webhooks4j.standardwebhooks.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The {@code data} of OpenAI's thin events: the id of the response ({@code resp_...}), batch, fine-tuning job,
 * eval run or safety alert the event is about, to fetch it with the API.
 *
 * @param id the object's id
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OpenAiResource(String id) {}
