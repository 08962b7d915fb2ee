package io.webhooks4j.standardwebhooks.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The {@code data} of Anthropic's webhook events (Claude Managed Agents, beta): thin, the event type and the ids of
 * the resource to fetch (anthropic-sdk-python {@code types/beta/beta_webhook_*_event_data.py}).
 *
 * @param id the id of the session, vault or vault credential the event is about
 * @param type the event type, such as {@code session.status_idled} (the envelope's own {@code type} is
 *     {@code event})
 * @param organizationId the organization's id
 * @param workspaceId the workspace's id
 * @param vaultId for {@code vault_credential.*} events, the vault that owns the credential; else null
 * @param sessionThreadId for {@code session.thread_*} events, the thread; else null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AnthropicResource(
        String id,
        String type,
        @JsonProperty("organization_id") String organizationId,
        @JsonProperty("workspace_id") String workspaceId,
        @JsonProperty("vault_id") String vaultId,
        @JsonProperty("session_thread_id") String sessionThreadId) {}
