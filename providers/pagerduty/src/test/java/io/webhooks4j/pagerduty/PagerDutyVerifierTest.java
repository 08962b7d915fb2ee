package io.webhooks4j.pagerduty;

import io.webhooks4j.Keyring;
import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.spi.WebhookProvider;
import io.webhooks4j.testkit.VerifierTestKit;
import java.time.Clock;
import java.util.List;

/** The core verifier contract. PagerDuty signs no timestamp, so the time checks do not apply. */
class PagerDutyVerifierTest extends VerifierTestKit {
    @Override
    protected WebhookProvider<?> provider(List<String> secrets, Clock clock) {
        return PagerDutyProvider.builder().keyring(Keyring.of(secrets)).build();
    }

    @Override
    protected WebhookRequest unsignedRequest(RawBody body) {
        return Fixtures.unsigned(body, "5d0c7a0e-2f4b-4b8e-9a51-7c2e1f3d4b6a");
    }

    @Override
    protected RawBody sampleBody() {
        return Fixtures.body("incident.triggered");
    }

    @Override
    protected String signatureHeader() {
        return "X-PagerDuty-Signature";
    }

    @Override
    protected List<String> malformedSignatureHeaders() {
        return List.of(
                "garbage",
                "v2=0c0b9495b893a39e70d1fea2fe11fbe0a825f88b9f67846f6cc07dd2bc5476cd",
                "v1=xyz",
                "v1=0c0b9495",
                "v1=DAuUlbiTo55w0f6i/hH74Kgl+IufZ4RvbMB90rxUds0=",
                ",",
                "sha256=0c0b9495b893a39e70d1fea2fe11fbe0a825f88b9f67846f6cc07dd2bc5476cd");
    }

    @Override
    protected String secret() {
        return Fixtures.SECRET;
    }

    @Override
    protected String otherSecret() {
        return Fixtures.OTHER_SECRET;
    }
}
