package io.webhooks4j.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.webhooks4j.Keyring;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookVerificationException;
import io.webhooks4j.spi.Verification;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StripeWebhookVerifierTest {
    // Golden vectors. Inputs (secret, payload, timestamps, tolerances, expected outcomes) are the fixtures of
    // stripe-java's src/test/java/com/stripe/net/WebhookTest.java (33.3.0); the v1 values are
    // HMAC-SHA256(secret, "<t>.<payload>") as Stripe documents it, computed independently with
    // `printf '<t>.<payload>' | openssl dgst -sha256 -hmac whsec_test_secret`.
    private static final String SDK_SECRET = "whsec_test_secret";
    private static final RawBody SDK_PAYLOAD =
            RawBody.ofUtf8("{\n  \"id\": \"evt_test_webhook\",\n  \"object\": \"event\"\n}");
    private static final String V1_AT_1700000000 = "4f1cd7feda9826e746b7d482c4badebb657398df1099e1046364f6196a230150";
    private static final String V1_AT_1 = "6bfccef559c1ba04db4d23089d8f1bd00bbf8563f05d085d9d515dd786516316";
    private static final String V1_AT_11 = "95185059b6cc841b14dc29757bfa6e2209fd677cdcf886d6a68411fa8f3b0bab";

    private static StripeWebhookVerifier sdkVerifier(long nowSeconds, long toleranceSeconds) {
        return StripeProvider.builder()
                .secrets(SDK_SECRET)
                .clock(Clock.fixed(Instant.ofEpochSecond(nowSeconds), ZoneOffset.UTC))
                .tolerance(Duration.ofSeconds(toleranceSeconds))
                .build()
                .verifier();
    }

    private static StripeWebhookVerifier verifier() {
        return StripeProvider.builder()
                .secrets(Fixtures.SECRET)
                .clock(Fixtures.CLOCK)
                .build()
                .verifier();
    }

    private static String header(Instant at, RawBody body) {
        return StripeSigner.create(Fixtures.SECRET).signatureHeader(at, body);
    }

    /** The reason the default verifier refuses {@code request} for. */
    private static Reason refusal(WebhookRequest request) {
        try {
            verifier().verify(request);
        } catch (WebhookVerificationException e) {
            return e.reason();
        }
        throw new AssertionError("expected a rejection of " + request);
    }

    private static WebhookVerificationException rejection(StripeWebhookVerifier verifier, String header, RawBody body) {
        try {
            verifier.verify(header, body);
        } catch (WebhookVerificationException e) {
            return e;
        }
        throw new AssertionError("expected a rejection of " + header);
    }

    @Test
    void signerReproducesTheGoldenVector() {
        assertThat(StripeSigner.create(SDK_SECRET).signatureHeader(1_700_000_000L, SDK_PAYLOAD))
                .isEqualTo("t=1700000000,v1=" + V1_AT_1700000000);
    }

    @Test
    void acceptsTheGoldenVector() {
        Verification verification =
                sdkVerifier(1_700_000_000L, 300).verify("t=1700000000,v1=" + V1_AT_1700000000, SDK_PAYLOAD);
        assertThat(verification.keyId()).isEqualTo("key-1");
        assertThat(verification.signedAt()).isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
    }

    @Test
    void acceptsAValidSignatureAmongBadOnes() { // stripe-java testHeaderContainsValidSignature
        String header = "t=1700000000,v1=" + V1_AT_1700000000 + ",v1=bad_signature";
        assertThat(sdkVerifier(1_700_000_000L, 300).verify(header, SDK_PAYLOAD).keyId())
                .isEqualTo("key-1");
    }

    /** stripe-java's header cases at its golden clock (t=1700000000, tolerance 300 s), with the reason we give. */
    static Stream<Arguments> sdkHeaderCases() {
        return Stream.of(
                // a correct v0 signature is ignored: no v1 entry
                arguments(
                        "testNoSignaturesWithExpectedScheme",
                        "t=1700000000,v0=" + V1_AT_1700000000,
                        Reason.MALFORMED_HEADER),
                arguments(
                        "testNoValidSignatureForPayload",
                        "t=1700000000,v1=bad_signature",
                        Reason.NO_MATCHING_SIGNATURE),
                arguments("testMalformedHeader", "i'm not even a real signature header", Reason.MALFORMED_HEADER),
                arguments("testMalformedTimestampValue", "t=not_a_number,v1=somesignature", Reason.MALFORMED_HEADER));
    }

    @ParameterizedTest(name = "stripe-java {0}: {2}")
    @MethodSource("sdkHeaderCases")
    void rejectsStripeJavasBadHeadersWithTheirReasons(String sdkTest, String header, Reason reason) {
        assertThat(rejection(sdkVerifier(1_700_000_000L, 300), header, SDK_PAYLOAD)
                        .reason())
                .as(sdkTest)
                .isEqualTo(reason);
    }

    @Test
    void rejectsTimestampOutsideTheToleranceOfTheGoldenClock() { // stripe-java: t=1, now=12 s, tolerance 10 s
        assertThat(rejection(sdkVerifier(12, 10), "t=1,v1=" + V1_AT_1, SDK_PAYLOAD)
                        .reason())
                .isEqualTo(Reason.TIMESTAMP_TOO_OLD);
    }

    @Test
    void acceptsFutureTimestampWithinTheFutureBound() { // stripe-java testTimestampWithClock: t=11, now=0
        assertThat(sdkVerifier(0, 10).verify("t=11,v1=" + V1_AT_11, SDK_PAYLOAD).signedAt())
                .isEqualTo(Instant.ofEpochSecond(11));
    }

    @Test
    void rejectsTimestampAnHourInTheFutureUnlikeTheOfficialSdks() {
        // stripe-java and stripe-node accept any future timestamp; we bound it (default 300 s) by design.
        RawBody body = Fixtures.body("invoice.paid.json");
        WebhookVerificationException e = rejection(verifier(), header(Fixtures.NOW.plusSeconds(3600), body), body);
        assertThat(e.reason()).isEqualTo(Reason.TIMESTAMP_TOO_NEW);
        assertThat(e.getMessage()).contains("PT5M");
        assertThat(e.diagnosis().clockSkew()).contains(Duration.ofSeconds(-3600));
    }

    @Test
    void futureToleranceIsConfigurableSeparately() {
        RawBody body = Fixtures.body("invoice.paid.json");
        String inAnHour = header(Fixtures.NOW.plusSeconds(3600), body);
        StripeWebhookVerifier lenient = StripeProvider.builder()
                .secrets(Fixtures.SECRET)
                .clock(Fixtures.CLOCK)
                .futureTolerance(Duration.ofHours(2))
                .build()
                .verifier();
        assertThat(lenient.verify(inAnHour, body).keyId()).isEqualTo("key-1");
        StripeWebhookVerifier strict = StripeProvider.builder()
                .secrets(Fixtures.SECRET)
                .clock(Fixtures.CLOCK)
                .futureTolerance(Duration.ZERO)
                .build()
                .verifier();
        assertThat(rejection(strict, header(Fixtures.NOW.plusSeconds(1), body), body)
                        .reason())
                .isEqualTo(Reason.TIMESTAMP_TOO_NEW);
        assertThat(strict.verify(header(Fixtures.NOW, body), body).keyId()).isEqualTo("key-1");
    }

    @Test
    void toleranceIsConfigurable() {
        RawBody body = Fixtures.body("invoice.paid.json");
        String tenMinutesOld = header(Fixtures.NOW.minusSeconds(600), body);
        assertThat(rejection(verifier(), tenMinutesOld, body).reason()).isEqualTo(Reason.TIMESTAMP_TOO_OLD);
        StripeWebhookVerifier lenient = StripeProvider.builder()
                .secrets(Fixtures.SECRET)
                .clock(Fixtures.CLOCK)
                .tolerance(Duration.ofMinutes(15))
                .build()
                .verifier();
        assertThat(lenient.verify(tenMinutesOld, body).signedAt()).isEqualTo(Fixtures.NOW.minusSeconds(600));
    }

    @Test
    void checksTheSignatureBeforeTheTime() {
        RawBody body = Fixtures.body("invoice.paid.json");
        String staleAndForged =
                StripeSigner.create("whsec_attacker").signatureHeader(Fixtures.NOW.minusSeconds(86_400), body);
        WebhookVerificationException e = rejection(verifier(), staleAndForged, body);
        assertThat(e.reason()).isEqualTo(Reason.NO_MATCHING_SIGNATURE);
        assertThat(e.diagnosis().clockSkew()).contains(Duration.ofDays(1));
    }

    @Test
    void rejectsMissingAndEmptyHeader() {
        WebhookRequest request = Fixtures.unsigned(Fixtures.body("invoice.paid.json"));
        assertThat(refusal(request)).isEqualTo(Reason.MISSING_HEADER);
        WebhookRequest empty =
                request.toBuilder().header("Stripe-Signature", " ").build();
        assertThat(refusal(empty)).isEqualTo(Reason.MISSING_HEADER);
    }

    @Test
    void rejectsAHeaderSentTwice() {
        WebhookRequest signed = Fixtures.signed("invoice.paid.json");
        WebhookRequest twice = signed.toBuilder()
                .header("Stripe-Signature", signed.header("Stripe-Signature").orElseThrow())
                .build();
        assertThat(refusal(twice)).isEqualTo(Reason.MALFORMED_HEADER);
    }

    @Test
    void malformedHeaderMessagesNameTheCheck() {
        RawBody body = RawBody.ofUtf8("{}");
        assertThat(rejection(verifier(), "v1=" + V1_AT_1, body).getMessage()).contains("no timestamp");
        assertThat(rejection(verifier(), "t=1795780800", body).getMessage()).contains("no 'v1'");
        assertThat(rejection(verifier(), "t=abc,v1=" + V1_AT_1, body).getMessage())
                .contains("not a number");
        assertThat(rejection(verifier(), "t=-1,v1=" + V1_AT_1, body).getMessage())
                .contains("not a number");
    }

    @Test
    void acceptsAnyKeyOfTheKeyringAndAnyV1DuringARoll() {
        RawBody body = Fixtures.body("customer.updated.json");
        String rolling =
                StripeSigner.create(Fixtures.OTHER_SECRET, Fixtures.SECRET).signatureHeader(Fixtures.NOW, body);
        assertThat(rolling.split(",")).hasSize(3);
        StripeWebhookVerifier named = StripeProvider.builder()
                .keyring(Keyring.builder()
                        .add("2026-11", Fixtures.SECRET)
                        .add("2026-05", "whsec_old_one")
                        .build())
                .clock(Fixtures.CLOCK)
                .build()
                .verifier();
        assertThat(named.verify(rolling, body).keyId()).isEqualTo("2026-11");
    }

    @Test
    void ignoresUnknownSchemesAndWhitespaceAroundEntries() {
        RawBody body = Fixtures.body("customer.updated.json");
        String valid = header(Fixtures.NOW, body);
        String v1 = valid.substring(valid.indexOf("v1="));
        String decorated = " t=" + Fixtures.NOW.getEpochSecond() + " , v0=" + V1_AT_1 + ", v9=zzz , " + v1 + " ";
        assertThat(verifier().verify(decorated, body).keyId()).isEqualTo("key-1");
    }

    @Test
    void handlesAThousandV1Entries() {
        RawBody body = Fixtures.body("customer.updated.json");
        String valid = header(Fixtures.NOW, body);
        String junk = IntStream.range(0, 1000)
                .mapToObj(i -> "v1=" + String.format("%064x", i))
                .collect(Collectors.joining(","));
        String t = "t=" + Fixtures.NOW.getEpochSecond();
        assertThat(rejection(verifier(), t + "," + junk, body).reason()).isEqualTo(Reason.NO_MATCHING_SIGNATURE);
        String withValidLast = t + "," + junk + "," + valid.substring(valid.indexOf("v1="));
        assertThat(verifier().verify(withValidLast, body).keyId()).isEqualTo("key-1");
    }

    @Test
    void diagnosisPointsAtAnApiKeyUsedAsSecret() {
        RawBody body = Fixtures.body("customer.updated.json");
        StripeWebhookVerifier misconfigured = StripeProvider.builder()
                .secrets("sk_test_51Kaffee0123456789abcdef", "rk_live_51Kaffee0123456789", "not-a-whsec")
                .allowApiKeyShapedSecrets(true) // refused at build time otherwise (StripeSecretShapeTest)
                .clock(Fixtures.CLOCK)
                .build()
                .verifier();
        WebhookVerificationException e = rejection(misconfigured, header(Fixtures.NOW, body), body);
        assertThat(e.reason()).isEqualTo(Reason.NO_MATCHING_SIGNATURE);
        assertThat(e.diagnosis().keysTried()).containsExactly("key-1", "key-2", "key-3");
        assertThat(e.diagnosis().likelyCauses())
                .anySatisfy(c -> assertThat(c).contains("key-1").contains("API key (sk_"))
                .anySatisfy(c -> assertThat(c).contains("key-2").contains("API key (rk_"))
                .anySatisfy(c -> assertThat(c).contains("key-3").contains("whsec_"));
        assertThat(e.diagnosis().explain()).doesNotContain("sk_test_51Kaffee0123456789abcdef");
    }

    @Test
    void diagnosisPointsAtAReEncodedBody() {
        RawBody body = Fixtures.body("customer.updated.json");
        String header = header(Fixtures.NOW, body);
        RawBody crlf = RawBody.ofUtf8(body.utf8().replace("\n", "\r\n"));
        WebhookVerificationException e = rejection(verifier(), header, crlf);
        assertThat(e.diagnosis().likelyCauses()).anySatisfy(c -> assertThat(c).contains("CRLF"));
        RawBody bom = RawBody.ofUtf8("\uFEFF" + body.utf8());
        assertThat(rejection(verifier(), header, bom).diagnosis().likelyCauses())
                .anySatisfy(c -> assertThat(c).contains("byte order mark"));
    }

    @Test
    void diagnosisAndMessagesNeverHoldTheExpectedSignatureOrSecret() {
        RawBody body = Fixtures.body("customer.updated.json");
        String expected = header(Fixtures.NOW, body);
        String expectedHex = expected.substring(expected.indexOf("v1=") + 3);
        String forged = "t=" + Fixtures.NOW.getEpochSecond() + ",v1=" + "0".repeat(64);
        WebhookVerificationException e = rejection(verifier(), forged, body);
        assertThat(e.getMessage() + e.diagnosis().explain() + e.diagnosis())
                .doesNotContain(expectedHex)
                .doesNotContain(Fixtures.SECRET);
        assertThat(e.diagnosis().signedContents()).singleElement().satisfies(c -> {
            assertThat(c.length()).isEqualTo(body.length() + 11);
            assertThat(c.exactText()).isNull();
        });
    }

    @Test
    void signerSignsWithEveryKeyAndAddsStripeHeaders() {
        RawBody body = Fixtures.body("payout.paid.json");
        WebhookRequest signed =
                StripeSigner.create(Fixtures.SECRET, Fixtures.OTHER_SECRET).sign(Fixtures.unsigned(body), Fixtures.NOW);
        assertThat(signed.header("Stripe-Signature").orElseThrow())
                .matches("t=" + Fixtures.NOW.getEpochSecond() + ",v1=[0-9a-f]{64},v1=[0-9a-f]{64}");
        assertThat(signed.header("Content-Type")).contains("application/json; charset=utf-8");
        assertThat(signed.header("User-Agent")).contains("Stripe/1.0 (+https://stripe.com/docs/webhooks)");
        assertThat(signed.body()).isEqualTo(body);
        WebhookRequest keepsOwn = StripeSigner.create(Fixtures.SECRET)
                .sign(
                        Fixtures.unsigned(body).toBuilder()
                                .header("User-Agent", "curl")
                                .build(),
                        Fixtures.NOW);
        assertThat(keepsOwn.headers().all("User-Agent")).containsExactly("curl");
    }

    @Test
    void builderNamesTheFieldThatIsWrong() {
        assertThatIllegalStateException()
                .isThrownBy(() -> StripeProvider.builder().build().verifier())
                .withMessageContaining("keyring");
        assertThatIllegalStateException()
                .isThrownBy(() -> StripeProvider.builder()
                        .secrets(Fixtures.SECRET)
                        .tolerance(Duration.ZERO)
                        .build()
                        .verifier())
                .withMessageContaining("tolerance");
        assertThatIllegalStateException()
                .isThrownBy(() -> StripeProvider.builder()
                        .secrets(Fixtures.SECRET)
                        .futureTolerance(Duration.ofSeconds(-1))
                        .build()
                        .verifier())
                .withMessageContaining("futureTolerance");
        assertThatIllegalStateException()
                .isThrownBy(() -> StripeProvider.builder()
                        .secrets(Fixtures.SECRET)
                        .maxBodyBytes(0)
                        .build())
                .withMessageContaining("maxBodyBytes");
    }

    @Test
    void toStringsShowKeyIdsOnly() {
        StripeProvider provider = StripeProvider.create(Fixtures.SECRET, Fixtures.OTHER_SECRET);
        assertThat(provider.toString() + provider.verifier() + provider.signer())
                .contains("key-1", "key-2")
                .doesNotContain(Fixtures.SECRET)
                .doesNotContain(Fixtures.OTHER_SECRET);
    }
}
