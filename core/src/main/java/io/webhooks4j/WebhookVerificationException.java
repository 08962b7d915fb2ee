package io.webhooks4j;

/**
 * A delivery that could not be proven authentic. {@link #diagnosis()} explains why for the developer (debug
 * log, CLI); it never goes into an HTTP response.
 */
public final class WebhookVerificationException extends WebhookException {
    private static final long serialVersionUID = 1L;

    private final transient Diagnosis diagnosis;

    public WebhookVerificationException(Reason reason, String message) {
        this(reason, message, Diagnosis.none());
    }

    public WebhookVerificationException(Reason reason, String message, Diagnosis diagnosis) {
        super(reason, message);
        this.diagnosis = diagnosis == null ? Diagnosis.none() : diagnosis;
    }

    /** What was tried and what probably went wrong; for developers only. */
    public Diagnosis diagnosis() {
        return diagnosis;
    }
}
