package io.webhooks4j.github;

import io.webhooks4j.Keyring;
import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.spi.WebhookProvider;
import io.webhooks4j.testkit.VerifierTestKit;
import java.time.Clock;
import java.util.List;

/** The core verifier contract, run against GitHub (no timestamp is signed, so no tolerance checks). */
class GitHubVerifierKitTest extends VerifierTestKit {
    @Override
    protected WebhookProvider<?> provider(List<String> secrets, Clock clock) {
        return GitHubProvider.builder().keyring(Keyring.of(secrets)).build();
    }

    @Override
    protected WebhookRequest unsignedRequest(RawBody body) {
        return Fixtures.unsigned("pull_request", body);
    }

    @Override
    protected RawBody sampleBody() {
        return Fixtures.body("pull_request.opened");
    }

    @Override
    protected String signatureHeader() {
        return GitHubHeaders.SIGNATURE_256;
    }

    @Override
    protected List<String> malformedSignatureHeaders() {
        return List.of(
                "garbage",
                "sha1=0123456789abcdef0123456789abcdef01234567",
                "sha256=",
                "sha256=abc123",
                "sha256=" + "zz".repeat(32),
                "sha256=" + "ab".repeat(33),
                "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17");
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
