package io.webhooks4j.github;

import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.test.TestResources;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Our own fixtures under src/test/resources/io/webhooks4j/github and requests built from them. */
final class Fixtures {
    static final String SECRET = "whsec-rover-firmware-7f3a9c2e41d8";
    static final String OTHER_SECRET = "whsec-rover-firmware-rotated-0b6e5d";
    static final String URL = "https://hooks.acme-robotics.example/github";
    static final String GUID = "6f1c3a52-cb9e-11f0-8a1d-2b7e4c9f0d31";
    static final String HOOK_ID = "511820094";

    private Fixtures() {}

    /** The bytes of fixture {@code name} (without {@code .json}), exactly as stored. */
    static RawBody body(String name) {
        return TestResources.rawBody(Fixtures.class, name + ".json");
    }

    /** The event name of a fixture file name: {@code pull_request.opened} gives {@code pull_request}. */
    static String eventOf(String fixture) {
        int dot = fixture.indexOf('.');
        return dot < 0 ? fixture : fixture.substring(0, dot);
    }

    /** An unsigned JSON delivery of {@code body} as event {@code event}, with the headers GitHub sends. */
    static WebhookRequest unsigned(String event, RawBody body) {
        return WebhookRequest.builder()
                .url(URL)
                .header("Content-Type", "application/json")
                .header("User-Agent", "GitHub-Hookshot/5c2b7e1")
                .header(GitHubHeaders.EVENT, event)
                .header(GitHubHeaders.DELIVERY, GUID)
                .header(GitHubHeaders.HOOK_ID, HOOK_ID)
                .header(GitHubHeaders.INSTALLATION_TARGET_TYPE, "repository")
                .header(GitHubHeaders.INSTALLATION_TARGET_ID, "734551208")
                .body(body)
                .build();
    }

    /** Fixture {@code name} as a delivery signed with {@link #SECRET}. */
    static WebhookRequest signed(String name) {
        return GitHubSigner.create(SECRET).sign(unsigned(eventOf(name), body(name)));
    }

    /** Fixture {@code name} signed as a delivery with its own GUID (another event, not a redelivery). */
    static WebhookRequest signed(String name, String guid) {
        return GitHubSigner.create(SECRET)
                .sign(unsigned(eventOf(name), body(name)).toBuilder()
                        .setHeader(GitHubHeaders.DELIVERY, guid)
                        .build());
    }

    /** {@code payload=<url-encoded json>}, as a hook configured for application/x-www-form-urlencoded sends. */
    static RawBody formEncoded(RawBody json) {
        return RawBody.ofUtf8("payload=" + URLEncoder.encode(json.utf8(), StandardCharsets.UTF_8));
    }

    /** An unsigned form-encoded delivery. */
    static WebhookRequest unsignedForm(String event, RawBody formBody) {
        return unsigned(event, formBody).toBuilder()
                .setHeader("Content-Type", "application/x-www-form-urlencoded")
                .build();
    }
}
