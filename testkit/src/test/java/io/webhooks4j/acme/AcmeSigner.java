package io.webhooks4j.acme;

import io.webhooks4j.Keyring;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.spi.HmacAlgorithm;
import io.webhooks4j.spi.Secret;
import io.webhooks4j.spi.WebhookSigner;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Signs as Acme does: {@code v1=<hex>} for every key, comma-separated. */
public final class AcmeSigner implements WebhookSigner {
    private final Keyring keyring;

    AcmeSigner(Keyring keyring) {
        this.keyring = keyring;
    }

    @Override
    public WebhookRequest sign(WebhookRequest unsigned) {
        List<String> signatures = new ArrayList<>();
        for (Secret secret : keyring) {
            signatures.add("v1="
                    + HexFormat.of()
                            .formatHex(secret.hmac(
                                    HmacAlgorithm.SHA256, unsigned.body().toByteArray())));
        }
        return unsigned.toBuilder()
                .setHeader(AcmeHeaders.SIGNATURE, String.join(",", signatures))
                .build();
    }
}
