package io.webhooks4j.spi;

import io.webhooks4j.Keyring;
import io.webhooks4j.WebhookEvent;
import io.webhooks4j.WebhookRequest;
import java.util.List;
import java.util.Objects;

/**
 * What every provider shares: its id, keyring, body limit, verifier and signer, and the delegation to them. A
 * {@code <P>Provider} extends it and adds its parser and its own rules (routing keys, de-duplication key,
 * acknowledgement). Immutable and thread-safe when the verifier and signer are.
 *
 * @param <E> the envelope type the provider produces
 * @param <V> its verifier ({@code <P>WebhookVerifier})
 * @param <S> its signer ({@code <P>Signer})
 */
public abstract class AbstractWebhookProvider<
                E extends WebhookEvent, V extends WebhookVerifier, S extends WebhookSigner>
        implements WebhookProvider<E> {
    private final String id;
    private final Class<?> eventClass;
    private final Keyring keyring;
    private final long maxBodyBytes;
    private final V verifier;
    private final S signer;

    protected AbstractWebhookProvider(
            String id, Class<?> eventClass, Keyring keyring, long maxBodyBytes, V verifier, S signer) {
        this.id = Objects.requireNonNull(id, "id");
        this.eventClass = Objects.requireNonNull(eventClass, "eventClass");
        this.keyring = Objects.requireNonNull(keyring, "keyring");
        this.maxBodyBytes = maxBodyBytes;
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.signer = Objects.requireNonNull(signer, "signer");
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final long maxBodyBytes() {
        return maxBodyBytes;
    }

    /** The secrets this provider verifies with (their ids are safe to show). */
    public final Keyring keyring() {
        return keyring;
    }

    /** The verifier, configured as this provider is. */
    public final V verifier() {
        return verifier;
    }

    /** The signer, configured as this provider is. */
    public final S signer() {
        return signer;
    }

    @Override
    public List<String> keyIds() {
        return keyring.ids();
    }

    @Override
    public final Verification verify(WebhookRequest request) {
        return verifier.verify(request);
    }

    @Override
    public final WebhookRequest sign(WebhookRequest unsigned) {
        return signer.sign(unsigned);
    }

    @Override
    public final Class<?> eventClass() {
        return eventClass;
    }

    /** Settings beyond the shared ones, for {@link #toString()} ({@code ", legacySha1=false"}); never a secret. */
    protected String settingsForToString() {
        return "";
    }

    /** Key ids and settings; never a secret. */
    @Override
    public final String toString() {
        return getClass().getSimpleName() + "[keys=" + keyIds() + ", maxBodyBytes=" + maxBodyBytes
                + settingsForToString() + "]";
    }
}
