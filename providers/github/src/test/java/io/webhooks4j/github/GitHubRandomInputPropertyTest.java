package io.webhooks4j.github;

import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.Webhooks;
import io.webhooks4j.testkit.DocumentedOutcomes;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.WithNull;

/** Random bodies and headers never get a 500 or an undocumented status, signed or not. */
class GitHubRandomInputPropertyTest {
    private final GitHubProvider provider = GitHubProvider.builder()
            .secrets(Fixtures.SECRET)
            .maxBodyBytes(64 * 1024)
            .build();
    private final Webhooks webhooks = Webhooks.builder()
            .provider(provider)
            .on(GitHubEvents.PULL_REQUEST_OPENED, e -> e.payload().number())
            .on(GitHubEvents.PUSH, e -> e.payload().commits())
            .on(GitHubEvents.ANY, e -> e.raw())
            .build();

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(200),
                Arbitraries.strings()
                        .withChars("{}[]\":,payload=%&+0123456789abcnulltrue ")
                        .ofMaxLength(120),
                Arbitraries.of(
                        "{}",
                        "[]",
                        "null",
                        "payload=",
                        "payload=%7B%7D",
                        "payload=%E2%28%A1",
                        "payload=%",
                        "{\"action\":1}",
                        "{\"action\":\"opened\",\"pull_request\":[]}",
                        "{\"commits\":{\"a\":1}}",
                        "{\"installation\":{\"id\":\"x\"}}",
                        "{\"pull_request\":{\"head\":{\"sha\":7},\"created_at\":\"yesterday\"}}"));
    }

    @Provide
    Arbitrary<String> events() {
        return Arbitraries.oneOf(
                Arbitraries.of("push", "pull_request", "issues", "ping", "installation", "", " ", "PUSH"),
                Arbitraries.strings().ofMaxLength(30));
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of(
                "application/json",
                "application/x-www-form-urlencoded",
                "text/plain",
                "application/json; charset=utf-8",
                "");
    }

    @Property(tries = 300)
    void signedRandomInputGetsADocumentedOutcome(
            @ForAll("bodies") String body,
            @ForAll("events") @WithNull(0.1) String event,
            @ForAll("contentTypes") String contentType,
            @ForAll @WithNull(0.3) String hookId) {
        WebhookRequest.Builder unsigned =
                WebhookRequest.builder().url(Fixtures.URL).body(RawBody.ofUtf8(body));
        if (event != null) {
            unsigned.header(GitHubHeaders.EVENT, event);
        }
        if (!contentType.isEmpty()) {
            unsigned.header("Content-Type", contentType);
        }
        if (hookId != null) {
            unsigned.header(GitHubHeaders.HOOK_ID, hookId);
        }
        DocumentedOutcomes.assertDocumented(
                webhooks.handle("github", provider.sign(unsigned.build())), Fixtures.SECRET);
    }

    @Property(tries = 300)
    void unsignedRandomInputGetsADocumentedOutcome(
            @ForAll("bodies") String body,
            @ForAll @WithNull(0.2) String signature,
            @ForAll @WithNull(0.5) String legacySignature,
            @ForAll("events") String event) {
        WebhookRequest.Builder request = WebhookRequest.builder()
                .url(Fixtures.URL)
                .header(GitHubHeaders.EVENT, event)
                .body(RawBody.ofUtf8(body));
        if (signature != null) {
            request.header(GitHubHeaders.SIGNATURE_256, signature.startsWith("x") ? signature : "sha256=" + signature);
        }
        if (legacySignature != null) {
            request.header(GitHubHeaders.SIGNATURE_SHA1, "sha1=" + legacySignature);
        }
        DocumentedOutcomes.assertDocumented(webhooks.handle("github", request.build()), Fixtures.SECRET);
    }
}
