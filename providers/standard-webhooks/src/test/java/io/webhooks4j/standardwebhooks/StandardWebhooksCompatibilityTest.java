package io.webhooks4j.standardwebhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.webhooks4j.EventType;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookVerificationException;
import io.webhooks4j.Webhooks;
import io.webhooks4j.spi.Verification;
import io.webhooks4j.spi.WebhookProvider;
import io.webhooks4j.test.Fixture;
import io.webhooks4j.test.kit.DocumentedOutcomes;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The provider compatibility kit for the generic Standard Webhooks provider (factory {@code standard-webhooks}),
 * and what only this scheme answers: the signed {@code webhook-id} and {@code webhook-timestamp} headers, Svix's
 * header names, and the bounds on what a sender can put in them.
 */
class StandardWebhooksCompatibilityTest extends StandardWebhooksKit {
    /**
     * The catalogue of {@code standard-webhooks} is the keys declared for it: the fixtures' types, declared as a
     * user declares them (data as a tree, as {@code StandardWebhooksProviderFactoryTest} declares it too).
     */
    static final EventType<StandardWebhookEvent<JsonNode>> CONTACT_CREATED =
            StandardWebhookEvents.of(StandardWebhooksProvider.DEFAULT_ID, "contact.created");

    static final EventType<StandardWebhookEvent<JsonNode>> INVOICE_PAID =
            StandardWebhookEvents.of(StandardWebhooksProvider.DEFAULT_ID, "invoice.paid");

    private static final String[] FAMILY = {"webhook-id", "webhook-timestamp", "webhook-signature"};
    private static final String[] SVIX = {"svix-id", "svix-timestamp", "svix-signature"};

    StandardWebhooksCompatibilityTest() {
        super(new StandardWebhooksProviderFactory());
    }

    // ---------------------------------------------------------------- the signed headers (from the verifier test)

    @Test
    void acceptsTheMostSignaturesARotatingSenderSends() {
        WebhookRequest signed = signedSample();
        String valid = signed.header("webhook-signature").orElseThrow();
        String decoys = ("v1," + "A".repeat(43) + "= ").repeat(StandardWebhooksVerifier.MAX_SIGNATURES - 1);
        WebhookRequest request = signed.toBuilder()
                .setHeader("webhook-signature", decoys + valid)
                .build();
        assertThat(verify(List.of(secret()), request).keyId()).isEqualTo("key-1");
    }

    @Test
    void rejectsMalformedIdsAndTimestamps() {
        for (String[] header : new String[][] {
            {"webhook-id", "x".repeat(StandardWebhooksVerifier.MAX_ID_LENGTH + 1)},
            {"webhook-id", "msg 1"},
            {"webhook-id", "msg\u00e91"},
            {"webhook-timestamp", "99999999999999999999"},
            {"webhook-timestamp", "-1795780800"},
            {"webhook-timestamp", "+1795780800"},
            {"webhook-timestamp", "1795780800.5"},
            {"webhook-timestamp", "1e9"},
            {"webhook-timestamp", "１７９５７８０８００"}, // full-width digits: Character.isDigit, not [0-9]
        }) {
            WebhookRequest request =
                    signedSample().toBuilder().setHeader(header[0], header[1]).build();
            assertThatExceptionOfType(WebhookVerificationException.class)
                    .as("%s: %s", header[0], header[1])
                    .isThrownBy(() -> verify(List.of(secret()), request))
                    .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_HEADER))
                    .satisfies(e -> assertThat(e.getMessage()).contains(header[0]));
        }
    }

    @Test
    void rejectsAHeaderSentTwice() {
        WebhookRequest signed = signedSample();
        for (String name : FAMILY) {
            WebhookRequest twice = signed.toBuilder()
                    .header(name, signed.header(name).orElseThrow())
                    .build();
            assertThatExceptionOfType(WebhookVerificationException.class)
                    .as(name)
                    .isThrownBy(() -> verify(List.of(secret()), twice))
                    .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_HEADER));
        }
    }

    @Test
    void theIdAndTimestampAreSigned() {
        WebhookRequest signed = signedSample();
        for (String[] header : new String[][] {
            {"webhook-id", "msg_someone_elses_id"},
            {"webhook-timestamp", Long.toString(NOW.getEpochSecond() - 1)},
        }) {
            WebhookRequest changed =
                    signed.toBuilder().setHeader(header[0], header[1]).build();
            assertThatExceptionOfType(WebhookVerificationException.class)
                    .as(header[0])
                    .isThrownBy(() -> verify(List.of(secret()), changed))
                    .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.NO_MATCHING_SIGNATURE));
        }
    }

    @Test
    void readsSvixHeadersWhenTheStandardOnesAreIncomplete() {
        WebhookRequest signed = signedSample();
        WebhookRequest svix = WebhookRequest.builder()
                .header("svix-id", signed.header("webhook-id").orElseThrow())
                .header("svix-timestamp", signed.header("webhook-timestamp").orElseThrow())
                .header("svix-signature", signed.header("webhook-signature").orElseThrow())
                .header("webhook-id", "msg_partial") // an incomplete standard family is not read
                .body(signed.body())
                .build();
        assertThat(verify(List.of(secret()), svix).keyId()).isEqualTo("key-1");
        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> verify(
                        List.of(secret()),
                        svix.toBuilder().removeHeader("svix-id").build()))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_HEADER))
                .satisfies(e -> assertThat(e.getMessage()).contains("'webhook-signature'"));
        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> verify(
                        List.of(secret()),
                        svix.toBuilder()
                                .removeHeader("svix-id")
                                .removeHeader("webhook-id")
                                .build()))
                .satisfies(e -> assertThat(e.getMessage()).contains("'svix-id'"));
    }

    @Test
    void theSvixFixtureIsSignedUnderSvixNames() {
        WebhookRequest signed = signed(io.webhooks4j.test.Fixtures.get(factory().id(), "contact.created.svix"));
        for (int i = 0; i < 3; i++) {
            assertThat(signed.headers().contains(SVIX[i])).as(SVIX[i]).isTrue();
            assertThat(signed.headers().contains(FAMILY[i])).as(FAMILY[i]).isFalse();
        }
        assertThat(provider().verify(signed).keyId()).isEqualTo("key-1");
    }

    // ---------------------------------------------------------------- bounds (from the hostile-input properties)

    /** Huge ids, timestamps and signature headers are refused before any work proportional to them. */
    @Test
    void extremeHeadersAreRefusedAs401() {
        Webhooks webhooks =
                Webhooks.builder().provider(provider()).onAny(e -> {}).build();
        WebhookRequest signed = signedSample();
        List<String[]> cases = List.of(
                new String[] {"webhook-timestamp", "9".repeat(19)},
                new String[] {"webhook-timestamp", "9".repeat(400)},
                new String[] {"webhook-id", "x".repeat(1_000_000)},
                new String[] {"webhook-signature", ("v1," + "A".repeat(43) + "= ").repeat(10_000)},
                new String[] {"webhook-signature", "v1," + "A".repeat(1_000_000)},
                new String[] {"webhook-signature", ("v1a," + "A".repeat(86) + "== ").repeat(12)});
        for (String[] header : cases) {
            WebhookRequest request =
                    signed.toBuilder().setHeader(header[0], header[1]).build();
            assertThat(webhooks.handle(factory().id(), request).status())
                    .as("%s of %d characters", header[0], header[1].length())
                    .isEqualTo(401);
        }
    }

    /**
     * The kit varies the body and the signature header; the id and the timestamp are signed too, in either family:
     * random values in them (and a complete Svix family of random values) get only documented answers.
     */
    @Test
    void randomIdsAndTimestampsInEitherFamilyGetOnlyDocumentedAnswers() {
        long seed = Long.getLong("webhooks4j.kit.seed", 0x5eed_5741L);
        Random random = new Random(seed);
        WebhookProvider<?> provider = provider();
        Webhooks webhooks = Webhooks.builder().provider(provider).onAny(e -> {}).build();
        List<Fixture> fixtures = fixtures();
        for (int i = 0; i < 200; i++) {
            Fixture fixture = fixtures.get(random.nextInt(fixtures.size()));
            WebhookRequest signed = signed(fixture);
            String[] family = signed.headers().contains("webhook-id") ? FAMILY : SVIX;
            WebhookRequest.Builder request = signed.toBuilder();
            int mode = random.nextInt(3);
            switch (mode) {
                case 0 -> request.setHeader(family[0], randomText(random));
                case 1 -> request.setHeader(family[1], randomTimestamp(random));
                default -> {
                    for (String name : family) {
                        request.removeHeader(name);
                    }
                    request.setHeader(SVIX[0], randomText(random))
                            .setHeader(SVIX[1], randomTimestamp(random))
                            .setHeader(SVIX[2], signed.header(family[2]).orElseThrow());
                }
            }
            WebhookRequest sent = request.build();
            DocumentedOutcomes.assertDocumented(webhooks.handle(provider.id(), sent), secret(), otherSecret());
            assertThat(webhooks.handle(provider.id(), sent).status())
                    .as("seed %d, try %d, mode %d: %s", seed, i, mode, sent.headers())
                    .isIn(200, 401);
        }
    }

    /** The signer and the verifier agree on every printable id, every timestamp up to 12 digits, and any body. */
    @Test
    void theSignerAndTheVerifierAgreeOnEveryIdTimeAndBody() {
        long seed = Long.getLong("webhooks4j.kit.seed", 0x5eed_a9eeL);
        Random random = new Random(seed);
        for (int i = 0; i < 200; i++) {
            StringBuilder id = new StringBuilder();
            for (int n = 1 + random.nextInt(StandardWebhooksVerifier.MAX_ID_LENGTH); n > 0; n--) {
                id.append((char) ('!' + random.nextInt('~' - '!' + 1)));
            }
            long epochSeconds = (long) (random.nextDouble() * 999_999_999_999L);
            byte[] body = new byte[random.nextInt(300)];
            random.nextBytes(body);
            Clock clock = Clock.fixed(Instant.ofEpochSecond(epochSeconds), ZoneOffset.UTC);
            StandardWebhooksProvider provider = StandardWebhooksProvider.builder()
                    .secrets(Fixtures.SECRET, Fixtures.SIGNING_KEY)
                    .clock(clock)
                    .build();
            String header = provider.signer().signatureHeader(id.toString(), epochSeconds, RawBody.of(body));
            String[] signatures = header.split(" ");
            assertThat(signatures).hasSize(2);
            for (String signature : signatures) {
                Verification verification = provider.verifier()
                        .verify(id.toString(), Long.toString(epochSeconds), signature, RawBody.of(body));
                assertThat(verification.signedAt())
                        .as("seed %d, try %d", seed, i)
                        .isEqualTo(Instant.ofEpochSecond(epochSeconds));
            }
        }
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(10) == 0 ? 200 + random.nextInt(200) : random.nextInt(40);
        for (int n = length; n > 0; n--) {
            text.append(random.nextBoolean() ? (char) (0x21 + random.nextInt(94)) : (char) random.nextInt(0x3000));
        }
        return text.toString();
    }

    private static String randomTimestamp(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> Long.toString(random.nextLong());
            case 1 -> Long.toString(NOW.getEpochSecond() + random.nextInt(2000) - 1000);
            case 2 -> "9".repeat(1 + random.nextInt(30));
            case 3 -> new String(new byte[] {(byte) ('0' + random.nextInt(10)), ' ', '1'}, StandardCharsets.US_ASCII);
            case 4 -> "";
            default -> randomText(random);
        };
    }
}
