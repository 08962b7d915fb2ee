package io.webhooks4j.github;

/** The header names GitHub sends with every delivery. */
public final class GitHubHeaders {
    /** {@code sha256=} + lowercase hex HMAC-SHA256 of the raw body. */
    public static final String SIGNATURE_256 = "X-Hub-Signature-256";
    /** Legacy {@code sha1=} + hex HMAC-SHA1 of the raw body; verified only when explicitly allowed. */
    public static final String SIGNATURE_SHA1 = "X-Hub-Signature";
    /** The event name, such as {@code pull_request}. */
    public static final String EVENT = "X-GitHub-Event";
    /** The delivery GUID: the same on redelivery, shared by every hook that receives the same event. */
    public static final String DELIVERY = "X-GitHub-Delivery";
    /** The id of the webhook that sent the delivery. */
    public static final String HOOK_ID = "X-GitHub-Hook-ID";
    /** The type of resource the webhook is installed on ({@code repository}, {@code organization}, ...). */
    public static final String INSTALLATION_TARGET_TYPE = "X-GitHub-Hook-Installation-Target-Type";
    /** The id of the resource the webhook is installed on. */
    public static final String INSTALLATION_TARGET_ID = "X-GitHub-Hook-Installation-Target-ID";

    private GitHubHeaders() {}
}
