package io.webhooks4j.github.event;

import org.jspecify.annotations.Nullable;

/**
 * What every modelled event payload ({@link PushEvent}, {@link PullRequestEvent}, ...) has: the GitHub App
 * installation it came through and, for events that have one, its {@code action}. The envelope takes its
 * {@code action} and {@code installationId} from here, so the body is read once, straight into the record.
 */
public interface GitHubPayload {
    /** The {@code installation} ({@code id} and {@code node_id}) of a GitHub App delivery, or {@code null}. */
    @Nullable
    Installation installation();

    /**
     * The payload's {@code action} ({@code opened}, {@code completed}, ...); {@code null} for the events that have
     * none ({@code push}, {@code create}, {@code delete}, {@code fork}, {@code ping}, {@code status}, {@code
     * workflow_dispatch}).
     */
    default @Nullable String action() {
        return null;
    }
}
