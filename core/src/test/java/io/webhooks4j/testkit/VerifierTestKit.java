package io.webhooks4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.webhooks4j.Headers;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookEvent;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookVerificationException;
import io.webhooks4j.spi.Verification;
import io.webhooks4j.spi.WebhookProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract every provider's verifier meets. A provider test extends this and answers a few questions
 * (how to build the provider, what an unsigned delivery looks like, which header carries the signature);
 * the kit then checks: valid, tampered body, wrong secret, rotated secret, missing header, malformed header,
 * header-name case, secrets kept out of messages, and too old / too new where a timestamp is signed.
 *
 * <p>Signing goes through the provider's own {@link WebhookProvider#sign(WebhookRequest)}, so the kit also
 * proves that the signer and the verifier agree.
 */
public abstract class VerifierTestKit {
    /** The fixed time of every check. */
    protected static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    protected static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    /** A provider using {@code secrets} verbatim (ids {@code key-1}, {@code key-2}, ...) and {@code clock}. */
    protected abstract WebhookProvider<?> provider(List<String> secrets, Clock clock);

    /** A delivery with every header the provider sends except the signature(s), carrying {@code body}. */
    protected abstract WebhookRequest unsignedRequest(RawBody body);

    /** A realistic body for this provider. */
    protected abstract RawBody sampleBody();

    /** The name of the header carrying the signature, as the provider spells it. */
    protected abstract String signatureHeader();

    /** Values of the signature header that are present but cannot be read. */
    protected abstract List<String> malformedSignatureHeaders();

    /** A realistic secret. */
    protected abstract String secret();

    /** Another realistic secret. */
    protected abstract String otherSecret();

    /** The tolerance for old timestamps, when the provider signs one; empty otherwise. */
    protected Optional<Duration> timestampTolerance() {
        return Optional.empty();
    }

    /** The bound for future timestamps; the old-timestamp tolerance unless overridden. */
    protected Optional<Duration> futureTolerance() {
        return timestampTolerance();
    }

    /** A body that differs from {@link #sampleBody()} by one byte (override where that byte must stay valid). */
    protected RawBody tampered(RawBody body) {
        byte[] bytes = body.toByteArray();
        int i = bytes.length / 2;
        bytes[i] = (byte) (bytes[i] == 'a' ? 'b' : 'a');
        return RawBody.of(bytes);
    }

    protected final WebhookRequest signed(List<String> secrets, Clock clock, RawBody body) {
        return provider(secrets, clock).sign(unsignedRequest(body));
    }

    protected final WebhookRequest signedSample() {
        return signed(List.of(secret()), clockAt(NOW), sampleBody());
    }

    protected final Verification verify(List<String> secrets, WebhookRequest request) {
        return provider(secrets, clockAt(NOW)).verify(request);
    }

    private void assertRejected(List<String> secrets, WebhookRequest request, Reason reason) {
        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> verify(secrets, request))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(reason))
                .satisfies(
                        e -> assertThat(e.getMessage()).doesNotContain(secret()).doesNotContain(otherSecret()));
    }

    @Test
    protected void acceptsValidDelivery() {
        Verification verification = verify(List.of(secret()), signedSample());
        assertThat(verification.keyId()).isEqualTo("key-1");
    }

    @Test
    protected void signerAddsTheSignatureHeader() {
        WebhookRequest unsigned = unsignedRequest(sampleBody());
        assertThat(unsigned.headers().contains(signatureHeader())).isFalse();
        assertThat(signedSample().headers().contains(signatureHeader())).isTrue();
        assertThat(signedSample().body()).isEqualTo(sampleBody());
    }

    @Test
    protected void rejectsTamperedBody() {
        WebhookRequest request = signedSample();
        WebhookRequest tampered =
                request.toBuilder().body(tampered(request.body())).build();
        assertThat(tampered.body()).isNotEqualTo(request.body());
        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> verify(List.of(secret()), tampered))
                .satisfies(e -> assertThat(e.reason()).isIn(Reason.NO_MATCHING_SIGNATURE, Reason.BODY_HASH_MISMATCH));
    }

    @Test
    protected void rejectsWrongSecret() {
        WebhookRequest request = signed(List.of(otherSecret()), clockAt(NOW), sampleBody());
        assertRejected(List.of(secret()), request, Reason.NO_MATCHING_SIGNATURE);
    }

    @Test
    protected void wrongSecretDiagnosisNamesKeysTriedButNoSecret() {
        WebhookRequest request = signed(List.of(otherSecret()), clockAt(NOW), sampleBody());
        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> verify(List.of(secret()), request))
                .satisfies(e -> assertThat(e.diagnosis().keysTried()).contains("key-1"))
                .satisfies(e -> assertThat(e.diagnosis().explain())
                        .doesNotContain(secret())
                        .doesNotContain(otherSecret()));
    }

    @Test
    protected void acceptsRotatedSecret() {
        WebhookRequest signedWithOld = signed(List.of(otherSecret()), clockAt(NOW), sampleBody());
        Verification verification = verify(List.of(secret(), otherSecret()), signedWithOld);
        assertThat(verification.keyId()).isEqualTo("key-2");
    }

    @Test
    protected void rejectsMissingHeader() {
        WebhookRequest request =
                signedSample().toBuilder().removeHeader(signatureHeader()).build();
        assertRejected(List.of(secret()), request, Reason.MISSING_HEADER);
    }

    @Test
    protected void rejectsMalformedHeaders() {
        for (String malformed : malformedSignatureHeaders()) {
            WebhookRequest request = signedSample().toBuilder()
                    .setHeader(signatureHeader(), malformed)
                    .build();
            assertThatExceptionOfType(WebhookVerificationException.class)
                    .as("header value '%s'", malformed)
                    .isThrownBy(() -> verify(List.of(secret()), request))
                    .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_HEADER));
        }
    }

    @Test
    protected void acceptsHeaderNamesInAnyCase() {
        WebhookRequest request = signedSample();
        for (boolean upper : new boolean[] {true, false}) {
            Headers.Builder headers = Headers.builder();
            request.headers()
                    .asMap()
                    .forEach((name, values) -> values.forEach(v ->
                            headers.add(upper ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT), v)));
            WebhookRequest recased =
                    request.toBuilder().headers(headers.build()).build();
            assertThat(verify(List.of(secret()), recased).keyId()).isEqualTo("key-1");
        }
    }

    @Test
    protected void parsesTheSignedSample() {
        WebhookRequest request = signedSample();
        WebhookProvider<?> provider = provider(List.of(secret()), clockAt(NOW));
        WebhookEvent event = provider.parse(request, provider.verify(request));
        assertThat(event.provider()).isEqualTo(provider.id());
        assertThat(event.type()).isNotBlank();
        assertThat(provider.eventClass()).isInstanceOf(Class.class);
        assertThat(provider.eventClass().isInstance(event)).isTrue();
    }

    @Test
    protected void toStringsHoldNoSecret() {
        WebhookProvider<?> provider = provider(List.of(secret(), otherSecret()), clockAt(NOW));
        assertThat(provider.toString()).doesNotContain(secret()).doesNotContain(otherSecret());
    }

    @Test
    protected void acceptsTimestampWithinTolerance() {
        Optional<Duration> tolerance = timestampTolerance();
        if (tolerance.isEmpty()) {
            return; // the provider signs no timestamp
        }
        Instant signedAt = NOW.minus(tolerance.get()).plusSeconds(1);
        WebhookRequest request = signed(List.of(secret()), clockAt(signedAt), sampleBody());
        assertThat(verify(List.of(secret()), request).signedAt()).isEqualTo(signedAt);
    }

    @Test
    protected void rejectsTimestampOlderThanTolerance() {
        Optional<Duration> tolerance = timestampTolerance();
        if (tolerance.isEmpty()) {
            return; // the provider signs no timestamp
        }
        WebhookRequest request =
                signed(List.of(secret()), clockAt(NOW.minus(tolerance.get()).minusSeconds(1)), sampleBody());
        assertRejected(List.of(secret()), request, Reason.TIMESTAMP_TOO_OLD);
    }

    @Test
    protected void rejectsTimestampTooFarInTheFuture() {
        Optional<Duration> tolerance = futureTolerance();
        if (tolerance.isEmpty()) {
            return; // the provider signs no timestamp
        }
        WebhookRequest request =
                signed(List.of(secret()), clockAt(NOW.plus(tolerance.get()).plusSeconds(1)), sampleBody());
        assertRejected(List.of(secret()), request, Reason.TIMESTAMP_TOO_NEW);
    }
}
