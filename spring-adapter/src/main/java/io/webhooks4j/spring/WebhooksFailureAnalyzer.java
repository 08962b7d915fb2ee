package io.webhooks4j.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns webhooks4j start-up mistakes (a provider enabled without a secret, a listener naming an event type no
 * provider documents, a listener whose parameter does not fit its event types, ...) into Spring Boot's
 * "APPLICATION FAILED TO START" report with the action to take.
 */
class WebhooksFailureAnalyzer extends AbstractFailureAnalyzer<WebhooksSetupException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, WebhooksSetupException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
