package io.webhooks4j.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.webhooks4j.FormParameter;
import io.webhooks4j.FormParameters;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookVerificationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden vectors from the official SDKs' tests, used as facts: auth token {@code 12345}, the URL
 * {@code https://mycompany.com/myapp.php?foo=1&bar=2} and the parameters CallSid, Caller, Digits, From, To.
 *
 * <p>Sources: twilio/twilio-java {@code src/test/java/com/twilio/security/RequestValidatorTest.java},
 * twilio/twilio-python {@code tests/unit/test_request_validator.py}, twilio/twilio-node
 * {@code spec/validation.spec.js} (HEAD 45d3d65 for the credentials, array-parameter and special-character
 * cases).
 */
class TwilioGoldenVectorsTest {
    private static final String TOKEN = "12345";
    private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private static final String BODY =
            "CallSid=CA1234567890ABCDE&Caller=%2B14158675309&Digits=1234&From=%2B14158675309&To=%2B18005551212";
    private static final String JSON_BODY = "{\"property\": \"value\", \"boolean\": true}";
    private static final String JSON_SHA256 = "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620";

    private static final TwilioWebhookVerifier VERIFIER = TwilioWebhookVerifier.create(TOKEN);

    private static WebhookRequest request(String url, String contentType, String body, String signature) {
        return WebhookRequest.builder()
                .url(url)
                .header("Content-Type", contentType)
                .header("X-Twilio-Signature", signature)
                .body(body)
                .build();
    }

    private static WebhookRequest form(String url, String signature) {
        return request(url, "application/x-www-form-urlencoded", BODY, signature);
    }

    @Test
    void acceptsTheSdkFormVector() {
        // all three SDKs: "RSOYDt4T1cUTdK1PDd93/VVr8B8="
        assertThat(VERIFIER.verify(form(URL, "RSOYDt4T1cUTdK1PDd93/VVr8B8=")).keyId())
                .isEqualTo("key-1");
    }

    @Test
    void signerReproducesTheSdkSignature() {
        FormParameters params = FormParameters.of(List.of(
                new FormParameter("CallSid", "CA1234567890ABCDE"),
                new FormParameter("Caller", "+14158675309"),
                new FormParameter("Digits", "1234"),
                new FormParameter("From", "+14158675309"),
                new FormParameter("To", "+18005551212")));
        assertThat(TwilioSigner.create(TOKEN).signature(URL, params)).isEqualTo("RSOYDt4T1cUTdK1PDd93/VVr8B8=");
        assertThat(TwilioSigner.signedString(URL, params))
                .isEqualTo(URL + "CallSidCA1234567890ABCDECaller+14158675309Digits1234From+14158675309To+18005551212");
    }

    @Test
    void acceptsPortlessSignatureOnRequestSeenWithNonStandardPort() {
        // twilio-java/python/node testValidateRemovesPortHttps
        assertThat(VERIFIER.verify(
                        form("https://mycompany.com:1234/myapp.php?foo=1&bar=2", "RSOYDt4T1cUTdK1PDd93/VVr8B8=")))
                .isNotNull();
    }

    @Test
    void acceptsSignatureOverUrlWithNonStandardPort() {
        // testValidateRemovesPortHttp: hash of the http URI with port 1234
        assertThat(VERIFIER.verify(
                        form("http://mycompany.com:1234/myapp.php?foo=1&bar=2", "Zmvh+3yNM1Phv2jhDCwEM3q5ebU=")))
                .isNotNull();
    }

    @Test
    void acceptsSignatureOverUrlWithDefaultPortAdded() {
        // testValidateAddsPortHttps (443) and testValidateAddsPortHttp (80)
        assertThat(VERIFIER.verify(form(URL, "kvajT1Ptam85bY51eRf/AJRuM3w="))).isNotNull();
        assertThat(VERIFIER.verify(form("http://mycompany.com/myapp.php?foo=1&bar=2", "0ZXoZLH/DfblKGATFgpif+LLRf4=")))
                .isNotNull();
    }

    @Test
    void acceptsUrlsWithCredentials() {
        // twilio-node 'should validate urls with credentials', '... with just username', '... by adding port'
        assertThat(VERIFIER.verify(
                        form("https://user:pass@mycompany.com/myapp.php?foo=1&bar=2", "CukzLTc1tT5dXEDIHm/tKBanW10=")))
                .isNotNull();
        assertThat(VERIFIER.verify(
                        form("https://user@mycompany.com/myapp.php?foo=1&bar=2", "2YRLlVAflCqxaNicjMpJcSTgzSs=")))
                .isNotNull();
        assertThat(VERIFIER.verify(
                        form("https://user:pass@mycompany.com/myapp.php?foo=1&bar=2", "ZQFR1PTIZXF2MXB8ZnKCvnnA+rI=")))
                .isNotNull();
    }

    @Test
    void acceptsSpecialCharactersInTheQueryAsWritten() {
        // twilio-node before 2025 and twilio-java: the URL string as written, literal ' and +
        assertThat(VERIFIER.verify(form(URL + "&Body=It's+amazing", "dsq4Ehbj6cs+KdTkpF5sSSplOWw=")))
                .isNotNull();
    }

    @Test
    void rejectsSignatureOverAReEncodedQuery() {
        // twilio-node HEAD 'should validate urls with special characters' signs the WHATWG-normalised URL
        // (It%27s); the URL was re-encoded, which is not what Twilio signs (twilio-node#1059, #1183);
        // twilio-java 13.0.1 rejects it too.
        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> VERIFIER.verify(form(URL + "&Body=It's+amazing", "TfZzewPq8wqrGlMfyAud8+/IvJ0=")))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.NO_MATCHING_SIGNATURE));
    }

    @Test
    void sortsRepeatedParameterValues() {
        // twilio-node 'array parameter' and 'regardless of the position of values in the array'
        String a = "MessagingBinding.Address=%2B1325xxxxxxx&MessagingBinding.Address=%2B1415xxxxxxx";
        String b = "MessagingBinding.Address=%2B1415xxxxxxx&MessagingBinding.Address=%2B1325xxxxxxx";
        for (String body : List.of(a, b)) {
            assertThat(VERIFIER.verify(
                            request(URL, "application/x-www-form-urlencoded", body, "83O6e2vORAoJHUNzJjDWN1jz+BA=")))
                    .isNotNull();
        }
    }

    @Test
    void collapsesIdenticalDuplicateValues() {
        // twilio-node 'multiple params and values', twilio-python test_compute_signature_duplicate_multi_dict:
        // signed string ...?foo=1&bar=2Digits1234Digits5678SidCA123SidAccountAC123
        String body = "Sid=CA123&SidAccount=AC123&Digits=5678&Digits=1234&Digits=1234";
        assertThat(VERIFIER.verify(
                        request(URL, "application/x-www-form-urlencoded", body, "IK+Dwps556ElfBT0I3Rgjkr1wJU=")))
                .isNotNull();
    }

    @Test
    void acceptsJsonBodyWithBodySha256() {
        // testValidateWithBody, testValidateWithNoOtherParameters; twilio-node 'request body when empty'
        assertThat(VERIFIER.verify(request(
                        URL + "&bodySHA256=" + JSON_SHA256,
                        "application/json",
                        JSON_BODY,
                        "a9nBmqA0ju/hNViExpshrM61xv4=")))
                .isNotNull();
        assertThat(VERIFIER.verify(request(
                        "https://mycompany.com/myapp.php?bodySHA256=" + JSON_SHA256,
                        "application/json",
                        JSON_BODY,
                        "y77kIzt2vzLz71DgmJGsen2scGs=")))
                .isNotNull();
        assertThat(VERIFIER.verify(request(
                        URL + "&bodySHA256=44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
                        "application/json",
                        "{}",
                        "Ldidvp12m26NI7eqEvxnEpkd9Hc=")))
                .isNotNull();
    }

    @Test
    void rejectsJsonBodyWithoutBodySha256() {
        // testValidateBodyWithoutSignature
        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() ->
                        VERIFIER.verify(request(URL, "application/json", JSON_BODY, "RSOYDt4T1cUTdK1PDd93/VVr8B8=")))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.BODY_HASH_MISMATCH));
    }

    @Test
    void rejectsAlteredSignature() {
        // testFailsWhenIncorrect: "NOTRSOYDt4T1cUTdK1PDd93/VVr8B8=" is not even valid base64
        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> VERIFIER.verify(form(URL, "NOTRSOYDt4T1cUTdK1PDd93/VVr8B8=")))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_HEADER));
        // a well-formed but different signature
        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> VERIFIER.verify(form(URL, "SSOYDt4T1cUTdK1PDd93/VVr8B8=")))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.NO_MATCHING_SIGNATURE));
    }
}
