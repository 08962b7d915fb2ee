package io.webhooks4j.twilio;

import static io.webhooks4j.twilio.Fixtures.AUTH_TOKEN;
import static io.webhooks4j.twilio.Fixtures.SECONDARY_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.webhooks4j.Keyring;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookVerificationException;
import io.webhooks4j.spi.Diagnosis;
import io.webhooks4j.spi.WebhookParseException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class TwilioWebhookVerifierTest {
    private static final TwilioProvider PROVIDER = TwilioProvider.create(AUTH_TOKEN);
    private static final String SHARED_KEY = "shared-5ecret-0123456789abcdef";

    private static WebhookVerificationException rejected(
            TwilioProvider provider, WebhookRequest request, Reason reason) {
        WebhookVerificationException[] caught = new WebhookVerificationException[1];
        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> provider.verify(request))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(reason))
                .satisfies(e -> assertThat(e.getMessage() + e.diagnosis().explain())
                        .doesNotContain(AUTH_TOKEN)
                        .doesNotContain(SECONDARY_TOKEN)
                        .doesNotContain(SHARED_KEY))
                .satisfies(e -> caught[0] = e);
        return caught[0];
    }

    private static WebhookRequest withUrl(WebhookRequest request, String url) {
        return request.toBuilder().url(url).build();
    }

    @Test
    void acceptsEveryFixtureSignedByTheSigner() {
        for (String fixture : Fixtures.FORMS) {
            assertThat(PROVIDER.verify(Fixtures.signed(fixture)).keyId())
                    .as(fixture)
                    .isEqualTo("key-1");
        }
    }

    @Test
    void acceptsRepeatedParametersInAnyOrder() {
        String url = "https://hooks.example.com/twilio/bindings";
        WebhookRequest signed = Fixtures.signed(url, "Tag=b&Address=%2B1415&Tag=a&Tag=b&Address=%2B1325");
        WebhookRequest reordered = signed.toBuilder()
                .body("Address=%2B1325&Tag=a&Address=%2B1415&Tag=b")
                .build();
        assertThat(PROVIDER.verify(reordered)).isNotNull();
        WebhookRequest valueDropped =
                signed.toBuilder().body("Address=%2B1325&Tag=a&Tag=b").build();
        rejected(PROVIDER, valueDropped, Reason.NO_MATCHING_SIGNATURE);
    }

    @Test
    void decodesPlusPercentTwentyApostropheAndUnicodeInValues() {
        String body = "Body=It%27s+a+caf%C3%A9%20%F0%9F%9A%80+it's&From=%2B14155550199&Empty=&NoEquals";
        WebhookRequest signed = Fixtures.signed(Fixtures.URL, body);
        assertThat(PROVIDER.verify(signed)).isNotNull();
        assertThat(TwilioSigner.signedString(Fixtures.URL, signed.formParameters()))
                .isEqualTo(Fixtures.URL + "Body" + "It's a caf\u00e9 \uD83D\uDE80 it's" + "Empty" + "From+14155550199"
                        + "NoEquals");
        // the same values encoded another way still verify: the signature covers decoded values
        WebhookRequest reEncoded = signed.toBuilder()
                .body("Body=It's%20a%20caf\u00e9+%F0%9F%9A%80%20it%27s&From=%2b14155550199&Empty&NoEquals=")
                .build();
        assertThat(PROVIDER.verify(reEncoded)).isNotNull();
    }

    @Test
    void verifiesTheQueryVerbatimWithPlusPercentTwentyApostropheAndUnicode() {
        for (String url : List.of(
                "https://hooks.example.com/sms?greeting=hello+world&x=a%20b",
                "https://hooks.example.com/sms?name=O'Brien&city=Z\u00fcrich",
                "https://hooks.example.com/sms?city=Z%C3%BCrich&emoji=%F0%9F%9A%80",
                "https://hooks.example.com/caf\u00e9/sms?q=%7Bjson%7D")) {
            WebhookRequest signed = Fixtures.signed(url, Fixtures.body("incoming-message.form"));
            assertThat(PROVIDER.verify(signed)).as(url).isNotNull();
        }
        WebhookRequest signed = Fixtures.signed(
                "https://hooks.example.com/sms?greeting=hello+world", Fixtures.body("incoming-message.form"));
        for (String reEncoded : List.of(
                "https://hooks.example.com/sms?greeting=hello%20world",
                "https://hooks.example.com/sms?greeting=hello+world&",
                "https://hooks.example.com/sms/?greeting=hello+world")) {
            rejected(PROVIDER, withUrl(signed, reEncoded), Reason.NO_MATCHING_SIGNATURE);
        }
    }

    @Test
    void triesTheDefaultPortAddedAndAnyPortRemoved() {
        String body = "MessageSid=SM1&Body=hi";
        // Twilio signed with :443, the application sees no port
        WebhookRequest signedWithPort = Fixtures.signed("https://hooks.example.com:443/sms?a=1", body);
        assertThat(PROVIDER.verify(withUrl(signedWithPort, "https://hooks.example.com/sms?a=1")))
                .isNotNull();
        // Twilio signed without a port, the application sees one
        WebhookRequest signedWithout = Fixtures.signed("http://hooks.example.com/sms?a=1", body);
        assertThat(PROVIDER.verify(withUrl(signedWithout, "http://hooks.example.com:8080/sms?a=1")))
                .isNotNull();
        assertThat(PROVIDER.verify(withUrl(signedWithout, "http://hooks.example.com:80/sms?a=1")))
                .isNotNull();
        // a port other than the default is never added
        WebhookRequest signed8443 = Fixtures.signed("https://hooks.example.com:8443/sms", body);
        rejected(PROVIDER, withUrl(signed8443, "https://hooks.example.com/sms"), Reason.NO_MATCHING_SIGNATURE);
        // IPv6 literal: only the port after the bracket is a port
        WebhookRequest ipv6 = Fixtures.signed("https://[2001:db8::1]/sms", body);
        assertThat(PROVIDER.verify(withUrl(ipv6, "https://[2001:db8::1]:443/sms")))
                .isNotNull();
    }

    @Test
    void rejectsTheOtherScheme() {
        WebhookRequest signed = Fixtures.signed("https://hooks.example.com/sms", "MessageSid=SM1&Body=hi");
        rejected(PROVIDER, withUrl(signed, "http://hooks.example.com/sms"), Reason.NO_MATCHING_SIGNATURE);
    }

    @Test
    void acceptsCredentialsOfTheAuthorizationHeaderAsPartOfTheSignedUrl() {
        // Twilio signs the configured URL https://user:pass@host/...; the application sees the credentials in
        // the Authorization header, not in its request URL
        WebhookRequest signed = Fixtures.signed("https://twilio:s3cr%3At@hooks.example.com/sms", "MessageSid=SM1");
        String basic = Base64.getEncoder().encodeToString("twilio:s3cr%3At".getBytes(StandardCharsets.UTF_8));
        WebhookRequest received = signed.toBuilder()
                .url("https://hooks.example.com/sms")
                .header("Authorization", "Basic " + basic)
                .build();
        assertThat(PROVIDER.verify(received)).isNotNull();
        assertThat(PROVIDER.verify(signed)).isNotNull();
    }

    @Test
    void diagnosisHidesTheUrlPassword() {
        WebhookRequest signed = Fixtures.signed("https://twilio:hunter2@hooks.example.com/sms", "MessageSid=SM1");
        WebhookRequest wrongKey = signed.toBuilder()
                .setHeader(
                        "X-Twilio-Signature",
                        TwilioSigner.create(SECONDARY_TOKEN).signature("x", io.webhooks4j.FormParameters.empty()))
                .build();
        Diagnosis diagnosis =
                rejected(PROVIDER, wrongKey, Reason.NO_MATCHING_SIGNATURE).diagnosis();
        assertThat(diagnosis.explain()).doesNotContain("hunter2").contains("twilio:***@hooks.example.com");
    }

    @Test
    void diagnosisShowsWhatWasSignedForEachVariantTriedWithValuesRedacted() {
        WebhookRequest signed = Fixtures.signed("https://public.example.com/sms?x=1", "Body=caf%C3%A9&From=%2B1");
        WebhookRequest seen = withUrl(signed, "http://10.0.0.7:8080/sms?x=1");
        Diagnosis diagnosis =
                rejected(PROVIDER, seen, Reason.NO_MATCHING_SIGNATURE).diagnosis();
        assertThat(diagnosis.keysTried()).containsExactly("key-1");
        assertThat(diagnosis.signedContents()).hasSize(2);
        Diagnosis.SignedContent asReceived = diagnosis.signedContents().get(0);
        Diagnosis.SignedContent toggled = diagnosis.signedContents().get(1);
        // scheme, host, port and path as they are; query and parameter values as length and fingerprint
        assertThat(asReceived.description())
                .startsWith("URL as received: http://10.0.0.7:8080/sms?x=[1 chars #")
                .containsPattern("\\+ 2 parameters sorted by name \\(values as length and fingerprint\\): "
                        + "Body=\\[4 chars #[0-9a-f]{8}], From=\\[2 chars #[0-9a-f]{8}]$");
        assertThat(toggled.description()).contains("port toggled: http://10.0.0.7/sms?x=[1 chars #");
        assertThat(asReceived.exactText()).isNull();
        // length and SHA-256 are those of the exact bytes signed, to compare with what the sender signed
        byte[] exact = "http://10.0.0.7:8080/sms?x=1Bodycaf\u00e9From+1".getBytes(StandardCharsets.UTF_8);
        assertThat(asReceived.length()).isEqualTo(exact.length);
        assertThat(asReceived.sha256Hex())
                .isEqualTo(java.util.HexFormat.of()
                        .formatHex(io.webhooks4j.RawBody.of(exact).sha256()));
        assertThat(diagnosis.likelyCauses()).noneMatch(c -> c.contains("forwarded headers"));
        // the same value has the same fingerprint everywhere (here: x=1 in both variants)
        String fingerprint = asReceived.description().replaceAll("(?s).*\\?x=(\\[1 chars #[0-9a-f]{8}]).*", "$1");
        assertThat(toggled.description()).contains(fingerprint);
    }

    @Test
    void diagnosisShowsNoValueOfTheDelivery() {
        String url = "https://hooks.example.com/twilio/sms?tenant=acme-dental&caller=%2B14155550188";
        WebhookRequest signed = Fixtures.signed(url, Fixtures.body("incoming-message.form"));
        WebhookRequest viaProxy = signed.toBuilder()
                .url(url.replace("https://hooks.example.com", "http://10.0.0.7:8080"))
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "hooks.example.com")
                .build();
        WebhookRequest wrongKey = signed.toBuilder()
                .setHeader("X-Twilio-Signature", "AAAAAAAAAAAAAAAAAAAAAAAAAAA=")
                .build();
        for (WebhookRequest request : List.of(viaProxy, wrongKey)) {
            String explained = rejected(PROVIDER, request, Reason.NO_MATCHING_SIGNATURE)
                    .diagnosis()
                    .explain();
            assertThat(explained)
                    .contains("hooks.example.com", "/twilio/sms?tenant=[11 chars #", "Body=[", "From=[")
                    .doesNotContain("+14155550199", "14155550199", "4155550100", "Caf", "cookies", "acme-dental")
                    .doesNotContain("4155550188", "SAN FRANCISCO", "94107", "ME11112222333344445555666677778888")
                    .doesNotContain("SM7c1a3f0e9d8b4c2a1f6e5d4c3b2a1908", "ACf1e2d3c4b5a6978812345678abcdef01");
            for (io.webhooks4j.FormParameter p : signed.formParameters()) {
                if (p.value().length() >= 6
                        && !p.value().matches("[a-z]+")) { // not "received" (as in "URL as received")
                    assertThat(explained).as(p.name()).doesNotContain(p.value());
                }
            }
        }
        // the proxy hint still names the URL the forwarded headers describe, values redacted
        assertThat(rejected(PROVIDER, viaProxy, Reason.NO_MATCHING_SIGNATURE)
                        .diagnosis()
                        .likelyCauses()
                        .get(0))
                .contains("matches the URL rebuilt from the forwarded headers")
                .contains("https://hooks.example.com/twilio/sms?tenant=[11 chars #");
    }

    @Test
    void diagnosisSaysWhenTheForwardedHeadersDescribeTheSignedUrl() {
        WebhookRequest signed = Fixtures.signed("https://public.example.com/sms?x=1", "Body=hi");
        WebhookRequest proxied = signed.toBuilder()
                .url("http://10.0.0.7:8080/sms?x=1")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "public.example.com")
                .header("X-Forwarded-Port", "443")
                .build();
        Diagnosis diagnosis =
                rejected(PROVIDER, proxied, Reason.NO_MATCHING_SIGNATURE).diagnosis();
        assertThat(diagnosis.likelyCauses().get(0))
                .contains("matches the URL rebuilt from the forwarded headers")
                .contains("https://public.example.com/sms?x=[1 chars #")
                .contains("public base URL");

        WebhookRequest forwarded = signed.toBuilder()
                .url("http://10.0.0.7:8080/sms?x=1")
                .header("Forwarded", "for=54.172.60.1;proto=https;host=\"public.example.com\"")
                .build();
        assertThat(rejected(PROVIDER, forwarded, Reason.NO_MATCHING_SIGNATURE)
                        .diagnosis()
                        .likelyCauses())
                .anyMatch(c -> c.contains("matches the URL rebuilt"));

        WebhookRequest proxiedElsewhere = signed.toBuilder()
                .url("http://10.0.0.7:8080/sms?x=1")
                .header("X-Forwarded-For", "54.172.60.1")
                .build();
        assertThat(rejected(PROVIDER, proxiedElsewhere, Reason.NO_MATCHING_SIGNATURE)
                        .diagnosis()
                        .likelyCauses())
                .anyMatch(c -> c.contains("configure the public base URL"))
                .noneMatch(c -> c.contains("matches the URL rebuilt"));
    }

    @Test
    void forwardedHeadersNeverMakeARequestAcceptable() {
        WebhookRequest signed = Fixtures.signed("https://public.example.com/sms", "Body=hi");
        WebhookRequest proxied = signed.toBuilder()
                .url("http://internal/sms")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "public.example.com")
                .build();
        rejected(PROVIDER, proxied, Reason.NO_MATCHING_SIGNATURE);
    }

    @Test
    void acceptsJsonBodyCarryingBodySha256() {
        WebhookRequest unsigned = WebhookRequest.builder()
                .url("https://hooks.example.com/events?source=studio")
                .header("Content-Type", "application/json")
                .body(Fixtures.body("event-streams.json"))
                .build();
        WebhookRequest signed = PROVIDER.sign(unsigned);
        assertThat(signed.url()).startsWith("https://hooks.example.com/events?source=studio&bodySHA256=");
        assertThat(PROVIDER.verify(signed)).isNotNull();
    }

    @Test
    void rejectsJsonBodyThatDoesNotMatchBodySha256() {
        WebhookRequest signed = Fixtures.signed("https://hooks.example.com/events", "application/json", "{\"a\":1}");
        rejected(PROVIDER, signed.toBuilder().body("{\"a\":2}").build(), Reason.BODY_HASH_MISMATCH);
        rejected(PROVIDER, signed.toBuilder().body("{\"a\":1}\r\n").build(), Reason.BODY_HASH_MISMATCH);
        // a signed URL whose bodySHA256 is not hex at all
        WebhookRequest notHex = TwilioSigner.create(AUTH_TOKEN)
                .sign(WebhookRequest.builder()
                        .url("https://hooks.example.com/events?bodySHA256=xyz")
                        .header("Content-Type", "application/json")
                        .body("{\"a\":1}")
                        .build());
        rejected(PROVIDER, notHex, Reason.BODY_HASH_MISMATCH);
        // a changed bodySHA256 breaks the signature over the URL
        String forged = signed.url().replaceAll("bodySHA256=[0-9a-f]+", "bodySHA256=" + "0".repeat(64));
        rejected(PROVIDER, withUrl(signed, forged), Reason.NO_MATCHING_SIGNATURE);
    }

    @Test
    void rejectsMissingSignatureHeader() {
        WebhookRequest request = Fixtures.signed("incoming-message.form").toBuilder()
                .removeHeader("X-Twilio-Signature")
                .build();
        rejected(PROVIDER, request, Reason.MISSING_HEADER);
        rejected(
                PROVIDER, request.toBuilder().header("X-Twilio-Signature", "  ").build(), Reason.MISSING_HEADER);
    }

    @Test
    void rejectsSignatureHeaderSentTwice() {
        WebhookRequest signed = Fixtures.signed("incoming-message.form");
        String signature = signed.header("X-Twilio-Signature").orElseThrow();
        rejected(
                PROVIDER,
                signed.toBuilder().header("X-Twilio-Signature", signature).build(),
                Reason.MALFORMED_HEADER);
    }

    @Test
    void rejectsARequestWithoutItsUrl() {
        WebhookRequest signed = Fixtures.signed("incoming-message.form");
        Diagnosis diagnosis = rejected(PROVIDER, withUrl(signed, ""), Reason.NO_MATCHING_SIGNATURE)
                .diagnosis();
        assertThat(diagnosis.likelyCauses()).anyMatch(c -> c.contains("no URL"));
    }

    @Test
    void answersMalformedPercentEncodingWithABadRequest() {
        WebhookRequest signed = Fixtures.signed(Fixtures.URL, "Body=50%25+off");
        assertThatExceptionOfType(WebhookParseException.class)
                .isThrownBy(() ->
                        PROVIDER.verify(signed.toBuilder().body("Body=50%+off").build()))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_BODY));
    }

    @Test
    void hintsAtAnAccountSidOrApiKeyConfiguredAsTheToken() {
        WebhookRequest signed = Fixtures.signed("incoming-message.form");
        TwilioProvider sid = TwilioProvider.create("ACf1e2d3c4b5a6978812345678abcdef01");
        assertThat(rejected(sid, signed, Reason.NO_MATCHING_SIGNATURE)
                        .diagnosis()
                        .likelyCauses())
                .anyMatch(c -> c.contains("Account SID"));
        TwilioProvider apiKey = TwilioProvider.create("SK0123456789abcdef0123456789abcdef");
        assertThat(rejected(apiKey, signed, Reason.NO_MATCHING_SIGNATURE)
                        .diagnosis()
                        .likelyCauses())
                .anyMatch(c -> c.contains("API key"));
    }

    @Test
    void acceptsTheSecondaryTokenDuringARotation() {
        WebhookRequest signedWithNewPrimary = TwilioSigner.create(SECONDARY_TOKEN)
                .sign(Fixtures.unsigned(Fixtures.URL, Fixtures.body("call-status.form")));
        TwilioProvider rotating = TwilioProvider.builder()
                .keyring(Keyring.builder()
                        .add("2026-05", AUTH_TOKEN)
                        .add("2026-11", SECONDARY_TOKEN)
                        .build())
                .build();
        assertThat(rotating.verify(signedWithNewPrimary).keyId()).isEqualTo("2026-11");
    }

    // ---- shared keys (public beta) ----

    private static final TwilioProvider SHARED = TwilioProvider.builder()
            .secrets(AUTH_TOKEN)
            .sharedKey("KW0011", SHARED_KEY)
            .build();

    /** Signs as a Webhook Setting with shared key KW0011 does: the signer of a provider with only that key. */
    private static final TwilioSigner SHARED_SIGNER =
            TwilioProvider.builder().sharedKey("KW0011", SHARED_KEY).build().signer();

    private static WebhookRequest sharedSigned() {
        return SHARED_SIGNER.sign(Fixtures.unsigned(Fixtures.URL, Fixtures.body("incoming-message.form")));
    }

    @Test
    void acceptsASharedKeySignature() {
        WebhookRequest signed = sharedSigned();
        assertThat(signed.header("X-Twilio-Webhooks-Signature-Settings")).contains("key=KW0011,algorithm=HMAC_SHA256");
        assertThat(Base64.getDecoder()
                        .decode(signed.header("X-Twilio-Signature").orElseThrow()))
                .hasSize(32);
        assertThat(SHARED.verify(signed).keyId()).isEqualTo("KW0011");
        // the auth token still verifies requests that have no settings header
        assertThat(SHARED.verify(Fixtures.signed("incoming-message.form")).keyId())
                .isEqualTo("key-1");
    }

    @Test
    void acceptsASharedKeyDuringItsRotation() {
        TwilioProvider rotating = TwilioProvider.builder()
                .sharedKey("KW0022", "the-new-shared-key-0123456789")
                .sharedKey("KW0011", SHARED_KEY)
                .build();
        assertThat(rotating.verify(sharedSigned()).keyId()).isEqualTo("KW0011");
        // signed with the configured secret but under a key id we do not know: still the same secret
        WebhookRequest renamed = sharedSigned().toBuilder()
                .setHeader("X-Twilio-Webhooks-Signature-Settings", "key=KW9999,algorithm=HMAC_SHA256")
                .build();
        assertThat(rotating.verify(renamed).keyId()).isEqualTo("KW0011");
    }

    @Test
    void rejectsASharedKeySignatureWhenNoSharedKeyIsConfigured() {
        Diagnosis diagnosis =
                rejected(PROVIDER, sharedSigned(), Reason.NO_MATCHING_SIGNATURE).diagnosis();
        assertThat(diagnosis.likelyCauses()).anyMatch(c -> c.contains("sharedKey(\"KW0011\""));
    }

    @Test
    void rejectsAnAuthTokenSignatureWhenOnlySharedKeysAreConfigured() {
        TwilioProvider sharedOnly =
                TwilioProvider.builder().sharedKey("KW0011", SHARED_KEY).build();
        rejected(sharedOnly, Fixtures.signed("incoming-message.form"), Reason.NO_MATCHING_SIGNATURE);
        assertThat(sharedOnly
                        .verify(sharedOnly.sign(Fixtures.unsigned(Fixtures.URL, Fixtures.body("gather-result.form"))))
                        .keyId())
                .isEqualTo("KW0011");
    }

    @Test
    void rejectsUnreadableSignatureSettings() {
        for (String settings : List.of(
                "garbage",
                "key=KW0011",
                "algorithm=HMAC_SHA256",
                "key=,algorithm=HMAC_SHA256",
                "key=KW0011,algorithm=HMAC_MD5")) {
            WebhookRequest request = sharedSigned().toBuilder()
                    .setHeader("X-Twilio-Webhooks-Signature-Settings", settings)
                    .build();
            rejected(SHARED, request, Reason.MALFORMED_HEADER);
        }
        WebhookRequest twice = sharedSigned().toBuilder()
                .header("X-Twilio-Webhooks-Signature-Settings", "key=KW0011,algorithm=HMAC_SHA256")
                .build();
        rejected(SHARED, twice, Reason.MALFORMED_HEADER);
        // an HMAC-SHA1 sized signature under an HMAC-SHA256 setting
        WebhookRequest wrongSize = sharedSigned().toBuilder()
                .setHeader("X-Twilio-Signature", "RSOYDt4T1cUTdK1PDd93/VVr8B8=")
                .build();
        rejected(SHARED, wrongSize, Reason.MALFORMED_HEADER);
    }

    // ---- configuration ----

    @Test
    void builderNamesTheMissingField() {
        assertThatIllegalStateException()
                .isThrownBy(() -> TwilioProvider.builder().build())
                .withMessageContaining("secrets")
                .withMessageContaining("Twilio auth token");
        assertThatIllegalStateException()
                .isThrownBy(() -> TwilioProvider.builder()
                        .secrets(AUTH_TOKEN)
                        .maxBodyBytes(0)
                        .build())
                .withMessageContaining("maxBodyBytes");
        assertThatIllegalArgumentException().isThrownBy(() -> TwilioProvider.create(" "));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TwilioProvider.builder().sharedKey("KW1", " "))
                .withMessageContaining("sharedKey secret");
    }

    @Test
    void toStringsShowKeyIdsOnly() {
        assertThat(SHARED.toString())
                .contains("key-1", "KW0011")
                .doesNotContain(AUTH_TOKEN)
                .doesNotContain(SHARED_KEY);
        assertThat(SHARED.verifier().toString()).doesNotContain(AUTH_TOKEN).doesNotContain(SHARED_KEY);
        assertThat(SHARED.signer().toString()).doesNotContain(AUTH_TOKEN);
    }
}
