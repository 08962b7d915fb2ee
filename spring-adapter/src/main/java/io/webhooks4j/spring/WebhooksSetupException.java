package io.webhooks4j.spring;

import org.jspecify.annotations.Nullable;

/**
 * A configuration mistake found at start-up, with what to do about it; {@link WebhooksFailureAnalyzer} shows
 * both.
 */
final class WebhooksSetupException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** The kinds of mistake. */
    enum Kind {
        MISSING_SECRET,
        MISSING_PROVIDER_MODULE,
        INVALID_SETTING,
        UNKNOWN_EVENT_TYPE,
        LISTENER_MISMATCH,
        HANDLERS_INCOMPLETE,
        UNSUPPORTED_APPLICATION,
        UNKNOWN_PROPERTY
    }

    private final Kind kind;
    private final String action;

    WebhooksSetupException(Kind kind, String description, String action) {
        this(kind, description, action, null);
    }

    WebhooksSetupException(Kind kind, String description, String action, @Nullable Throwable cause) {
        super(description, cause);
        this.kind = kind;
        this.action = action;
    }

    Kind kind() {
        return kind;
    }

    String action() {
        return action;
    }

    static WebhooksSetupException missingSecret(String providerId, String why) {
        return new WebhooksSetupException(
                Kind.MISSING_SECRET,
                why,
                "Set the signing secret of " + providerId + " with webhooks." + providerId + ".secrets (for example "
                        + "WEBHOOKS_" + providerId.toUpperCase(java.util.Locale.ROOT)
                        + "_SECRETS in the environment, or a ${...} placeholder in application.yml), or switch the "
                        + "provider and its handlers off with webhooks." + providerId + ".enabled=false.");
    }

    static String moduleOf(String providerId) {
        return "io.webhooks4j:webhooks4j-" + providerId;
    }
}
