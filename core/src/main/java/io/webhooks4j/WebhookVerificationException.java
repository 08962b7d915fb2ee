package io.webhooks4j;

import io.webhooks4j.spi.Diagnosis;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A delivery that could not be proven authentic. {@link #diagnosis()} explains why for the developer (debug
 * log, CLI); it never goes into an HTTP response.
 *
 * <p>A diagnosis can cost more than the verification itself (Twilio rebuilds the signed string for every URL
 * variant; every provider hashes the body), and a forged delivery must cost no more than about one HMAC. So
 * verifiers pass a {@link Supplier}: the diagnosis is built the first time {@link #diagnosis()} is called (by
 * the debug log when DEBUG is enabled, or by the CLI's {@code --explain}), and never otherwise.
 */
public final class WebhookVerificationException extends WebhookException {
    private static final long serialVersionUID = 1L;

    private transient Supplier<Diagnosis> supplier;
    private transient Diagnosis diagnosis;

    public WebhookVerificationException(Reason reason, String message) {
        this(reason, message, Diagnosis.none());
    }

    /** With a diagnosis already built (cheap ones: a fixed likely cause). */
    public WebhookVerificationException(Reason reason, String message, Diagnosis diagnosis) {
        super(reason, message);
        this.diagnosis = diagnosis == null ? Diagnosis.none() : diagnosis;
    }

    /**
     * With a diagnosis built only when someone asks for it. The supplier runs at most once; it must not throw
     * (if it does, the diagnosis says so instead).
     */
    public WebhookVerificationException(Reason reason, String message, Supplier<Diagnosis> diagnosis) {
        super(reason, message);
        this.supplier = Objects.requireNonNull(diagnosis, "diagnosis");
    }

    /** What was tried and what probably went wrong; for developers only. Built on the first call. */
    public synchronized Diagnosis diagnosis() {
        if (diagnosis == null) {
            Supplier<Diagnosis> s = supplier;
            supplier = null;
            Diagnosis built;
            try {
                built = s == null ? null : s.get();
            } catch (RuntimeException e) {
                built = Diagnosis.builder()
                        .likelyCause(
                                "(the diagnosis itself failed: " + e.getClass().getSimpleName() + ")")
                        .build();
            }
            diagnosis = built == null ? Diagnosis.none() : built;
        }
        return diagnosis;
    }
}
