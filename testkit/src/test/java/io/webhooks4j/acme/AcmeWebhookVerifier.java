package io.webhooks4j.acme;

import io.webhooks4j.Keyring;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookVerificationException;
import io.webhooks4j.internal.Crypto;
import io.webhooks4j.spi.Diagnosis;
import io.webhooks4j.spi.HmacAlgorithm;
import io.webhooks4j.spi.Secret;
import io.webhooks4j.spi.Verification;
import io.webhooks4j.spi.WebhookVerifier;
import java.util.ArrayList;
import java.util.List;

/** Verifies {@code X-Acme-Signature}; builds its diagnosis (a hash of the body) only when asked for. */
public final class AcmeWebhookVerifier implements WebhookVerifier {
    private final Keyring keyring;

    AcmeWebhookVerifier(Keyring keyring) {
        this.keyring = keyring;
    }

    /** A verifier for {@code secrets} (ids {@code key-1}, ...), as the template's {@code <P>WebhookVerifier}. */
    public static AcmeWebhookVerifier create(String... secrets) {
        return AcmeProvider.create(secrets).verifier();
    }

    @Override
    public Verification verify(WebhookRequest request) {
        String header = request.header(AcmeHeaders.SIGNATURE)
                .orElseThrow(() ->
                        new WebhookVerificationException(Reason.MISSING_HEADER, "Missing " + AcmeHeaders.SIGNATURE));
        List<byte[]> signatures = new ArrayList<>();
        for (String part : header.split(",", -1)) {
            String value = part.trim();
            if (!value.startsWith("v1=")) {
                throw new WebhookVerificationException(
                        Reason.MALFORMED_HEADER, "Not v1=<hex>: " + AcmeHeaders.SIGNATURE);
            }
            try {
                byte[] signature = Crypto.decodeHex(value.substring(3), 32);
                if (signature == null || signature.length != 32) {
                    throw new IllegalArgumentException("not 32 bytes");
                }
                signatures.add(signature);
            } catch (RuntimeException e) {
                throw new WebhookVerificationException(
                        Reason.MALFORMED_HEADER, "Not 32 hex bytes: " + AcmeHeaders.SIGNATURE);
            }
        }
        for (Secret secret : keyring) {
            byte[] expected = secret.hmac(HmacAlgorithm.SHA256, request.body());
            for (byte[] signature : signatures) {
                if (Crypto.constantTimeEquals(expected, signature)) {
                    return Verification.byKey(secret.id());
                }
            }
        }
        return fail(request);
    }

    private Verification fail(WebhookRequest request) {
        throw new WebhookVerificationException(Reason.NO_MATCHING_SIGNATURE, "No signature matches", () -> {
            Diagnosis.Builder diagnosis = Diagnosis.builder();
            keyring.ids().forEach(diagnosis::keyTried);
            return diagnosis
                    .signedContent("body", request.body().toByteArray(), false)
                    .build();
        });
    }
}
