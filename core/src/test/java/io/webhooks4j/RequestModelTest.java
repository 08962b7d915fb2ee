package io.webhooks4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.webhooks4j.spi.HmacAlgorithm;
import io.webhooks4j.spi.ProviderSettings;
import io.webhooks4j.spi.Secret;
import io.webhooks4j.spi.WebhookParseException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestModelTest {
    @Test
    void headerIfAbsentKeepsAValueAlreadyThereInAnyCase() {
        WebhookRequest given =
                WebhookRequest.builder().header("content-type", "text/plain").build();
        List<String> computed = new java.util.ArrayList<>();
        WebhookRequest signed = given.toBuilder()
                .headerIfAbsent("Content-Type", "application/json")
                .headerIfAbsent("User-Agent", "Agent/1")
                .headerIfAbsent("User-Agent", "Agent/2")
                .headerIfAbsent("Content-Type", () -> {
                    computed.add("content-type");
                    return "application/xml";
                })
                .headerIfAbsent("X-Id", () -> {
                    computed.add("x-id");
                    return "id-1";
                })
                .build();
        assertThat(signed.headers().all("Content-Type")).containsExactly("text/plain");
        assertThat(signed.headers().all("User-Agent")).containsExactly("Agent/1");
        assertThat(signed.headers().all("X-Id")).containsExactly("id-1");
        assertThat(computed).containsExactly("x-id");
    }

    @Test
    void rawBodyIsACopyThatCallersCannotMutate() {
        byte[] bytes = "hello".getBytes(StandardCharsets.UTF_8);
        RawBody body = RawBody.of(bytes);
        bytes[0] = 'J';
        body.toByteArray()[1] = 'X';
        assertThat(body.utf8()).isEqualTo("hello");
        assertThat(body.toString()).isEqualTo("RawBody[5 bytes]");
    }

    @Test
    void readFromStopsAtTheLimit() {
        InputStream endless = new InputStream() {
            int served;

            @Override
            public int read() {
                served++;
                return 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                served += len;
                java.util.Arrays.fill(b, off, off + len, (byte) 'a');
                return len;
            }
        };
        assertThatExceptionOfType(WebhookException.class)
                .isThrownBy(() -> RawBody.readFrom(endless, 100_000))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.BODY_TOO_LARGE));
    }

    @Test
    void readFromAcceptsABodyOfExactlyTheLimit() throws Exception {
        byte[] bytes = new byte[20_000];
        java.util.Arrays.fill(bytes, (byte) 'z');
        assertThat(RawBody.readFrom(new ByteArrayInputStream(bytes), 20_000).length())
                .isEqualTo(20_000);
        assertThatExceptionOfType(WebhookException.class)
                .isThrownBy(() -> RawBody.readFrom(new ByteArrayInputStream(bytes), 19_999));
        assertThat(RawBody.readFrom(new ByteArrayInputStream(new byte[0]), 0).isEmpty())
                .isTrue();
    }

    @Test
    void headersAreCaseInsensitiveAndKeepEveryValueInOrder() {
        Headers headers = Headers.builder()
                .add("X-Thing", "1")
                .add("x-thing", "2")
                .add("Content-Type", "application/json")
                .build();
        assertThat(headers.all("X-THING")).containsExactly("1", "2");
        assertThat(headers.first("content-type")).contains("application/json");
        assertThat(headers.first("missing")).isEmpty();
        assertThat(headers.toString()).doesNotContain("application/json");
    }

    @Test
    void formParametersKeepOrderAndRepeatedNamesAndDecodePlusAndPercent() {
        RawBody body = RawBody.ofUtf8(
                "To=%2B14155551212&Body=Hello+w%C3%B6rld+%F0%9F%9A%80&MediaUrl=a&MediaUrl=b&flag&&Empty=");
        FormParameters params = FormParameters.parse(body);
        assertThat(params.asList())
                .containsExactly(
                        new FormParameter("To", "+14155551212"),
                        new FormParameter("Body", "Hello w\u00f6rld \uD83D\uDE80"),
                        new FormParameter("MediaUrl", "a"),
                        new FormParameter("MediaUrl", "b"),
                        new FormParameter("flag", ""),
                        new FormParameter("Empty", ""));
        assertThat(params.all("MediaUrl")).containsExactly("a", "b");
        assertThat(params.first("Body")).isPresent();
    }

    @Test
    void malformedPercentEscapeIsAParseErrorNotACrash() {
        for (String bad : List.of("a=%", "a=%4", "a=%zz", "%G1=x")) {
            assertThatExceptionOfType(WebhookParseException.class)
                    .as(bad)
                    .isThrownBy(() -> FormParameters.parse(RawBody.ofUtf8(bad)))
                    .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_BODY));
        }
    }

    @Test
    void requestParsesFormParametersFromTheRawBytesAndKeepsTheUrlVerbatim() {
        String url = "https://example.com:8443/hooks/twilio?a=1%2B2&b=%7e";
        WebhookRequest request = WebhookRequest.builder()
                .url(url)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .body("Digits=1234")
                .build();
        assertThat(request.url()).isEqualTo(url);
        assertThat(request.mediaType()).isEqualTo("application/x-www-form-urlencoded");
        assertThat(request.formParameters().first("Digits")).contains("1234");
        assertThat(request.toString()).doesNotContain("a=1");
    }

    @Test
    void keyringNamesKeysAndNeverShowsSecrets() {
        Keyring keyring = Keyring.of("whsec_first", "whsec_second");
        assertThat(keyring.ids()).containsExactly("key-1", "key-2");
        assertThat(keyring.toString()).doesNotContain("whsec");
        assertThat(keyring.primary().toString()).isEqualTo("Secret[key-1]");
        assertThat(keyring.primary().startsWith("whsec_")).isTrue();
        assertThat(keyring.primary().startsWith("sk_")).isFalse();
    }

    @Test
    void keyringRejectsEmptyBlankAndDuplicateIds() {
        assertThatIllegalArgumentException().isThrownBy(() -> Keyring.of(List.of()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Keyring.of("a", " "))
                .withMessageContaining("number 2");
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> Keyring.builder().add("x", "one").add("x", "two").build())
                .withMessageContaining("'x'")
                .withMessageNotContaining("one");
    }

    @Test
    void secretHmacMatchesTheJdk() throws Exception {
        Secret secret = Secret.of("k", "It's a Secret to Everybody");
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(
                "It's a Secret to Everybody".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] data = "Hello, World!".getBytes(StandardCharsets.UTF_8);
        assertThat(secret.hmac(HmacAlgorithm.SHA256, data)).isEqualTo(mac.doFinal(data));
        // GitHub's documented vector (docs.github.com, "Validating webhook deliveries")
        assertThat(java.util.HexFormat.of().formatHex(secret.hmac(HmacAlgorithm.SHA256, data)))
                .isEqualTo("757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17");
    }

    @Test
    void providerSettingsNameMalformedOptions() {
        ProviderSettings settings =
                ProviderSettings.of(Keyring.of("s")).withOptions(java.util.Map.of("flag", "yes", "other", "1"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> settings.booleanOption("demo", "flag"))
                .withMessage("demo option flag must be true or false, was 'yes'");
        assertThat(settings.booleanOption("demo", "absent")).isEmpty();
        assertThat(settings.withOptions(java.util.Map.of("flag", "TRUE")).booleanOption("demo", "flag"))
                .contains(true);
    }

    @Test
    void durationOptionsAreSecondsOrIso8601AndNeverNegative() {
        ProviderSettings settings = ProviderSettings.of(Keyring.of("s"));
        assertThat(settings.withOptions(java.util.Map.of("d", "300")).durationOption("demo", "d"))
                .contains(java.time.Duration.ofSeconds(300));
        assertThat(settings.withOptions(java.util.Map.of("d", " 45 ")).durationOption("demo", "d"))
                .contains(java.time.Duration.ofSeconds(45));
        assertThat(settings.withOptions(java.util.Map.of("d", "PT2M")).durationOption("demo", "d"))
                .contains(java.time.Duration.ofMinutes(2));
        assertThat(settings.durationOption("demo", "d")).isEmpty();
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> settings.withOptions(java.util.Map.of("d", "5m")).durationOption("demo", "d"))
                .withMessage("demo option d must be seconds or an ISO-8601 duration, was '5m'");
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> settings.withOptions(java.util.Map.of("d", "-1")).durationOption("demo", "d"))
                .withMessage("demo option d must not be negative, was '-1'");
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        settings.withOptions(java.util.Map.of("d", "PT-1S")).durationOption("demo", "d"))
                .withMessage("demo option d must not be negative, was 'PT-1S'");
    }
}
