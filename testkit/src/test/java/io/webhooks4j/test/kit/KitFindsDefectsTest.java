package io.webhooks4j.test.kit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.webhooks4j.Keyring;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookVerificationException;
import io.webhooks4j.acme.AcmeEvent;
import io.webhooks4j.acme.AcmeHeaders;
import io.webhooks4j.acme.AcmeProvider;
import io.webhooks4j.spi.DeliveryKeys;
import io.webhooks4j.spi.Diagnosis;
import io.webhooks4j.spi.Verification;
import io.webhooks4j.spi.WebhookProvider;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kit's tests can fail: each one, run against a provider with a typical defect, finds it. */
class KitFindsDefectsTest {
    /** Acme with one defect, chosen by the subclass. */
    abstract static class Defective extends AcmeCompatibilityTest implements WebhookProvider<AcmeEvent<?>> {
        AcmeProvider delegate;

        @Override
        protected WebhookProvider<?> provider(List<String> secrets, Clock clock) {
            Defective copy = copy();
            copy.delegate = AcmeProvider.builder()
                    .keyring(Keyring.of(secrets))
                    .clock(clock)
                    .build();
            return copy;
        }

        abstract Defective copy();

        @Override
        public String id() {
            return delegate.id();
        }

        @Override
        public Verification verify(WebhookRequest request) {
            return delegate.verify(request);
        }

        @Override
        public AcmeEvent<?> parse(WebhookRequest request, Verification verification) {
            return delegate.parse(request, verification);
        }

        @Override
        public WebhookRequest sign(WebhookRequest unsigned) {
            return delegate.sign(unsigned);
        }

        @Override
        public Class<?> eventClass() {
            return delegate.eventClass();
        }

        @Override
        public List<String> keyIds() {
            return delegate.keyIds();
        }
    }

    /** A parser that lets an unexpected exception escape on a value it did not expect (a 500). */
    static final class ParserThrows extends Defective {
        @Override
        Defective copy() {
            return new ParserThrows();
        }

        @Override
        public AcmeEvent<?> parse(WebhookRequest request, Verification verification) {
            if (request.body().utf8().contains("-1")) {
                throw new IllegalStateException("unexpected value");
            }
            return super.parse(request, verification);
        }
    }

    /** A verifier that builds its diagnosis (two copies of the body) before anyone asks for it. */
    static final class EagerDiagnosis extends Defective {
        @Override
        Defective copy() {
            return new EagerDiagnosis();
        }

        @Override
        public Verification verify(WebhookRequest request) {
            try {
                return super.verify(request);
            } catch (WebhookVerificationException e) {
                Diagnosis eager = Diagnosis.builder()
                        .keyTried("key-1")
                        .signedContent("body", request.body().toByteArray(), false)
                        .likelyCause(request.body().utf8().strip())
                        .build();
                throw new WebhookVerificationException(e.reason(), e.getMessage(), eager);
            }
        }
    }

    /** A verifier that takes any signature header it cannot read for a mismatch (401, but no precise reason). */
    static final class LaxHeader extends Defective {
        @Override
        Defective copy() {
            return new LaxHeader();
        }

        @Override
        public Verification verify(WebhookRequest request) {
            String header = request.header(AcmeHeaders.SIGNATURE).orElse("");
            if (!header.isEmpty() && !header.matches("(v1=[0-9a-f]{64},?)+")) {
                throw new WebhookVerificationException(Reason.NO_MATCHING_SIGNATURE, "no match");
            }
            return super.verify(request);
        }
    }

    /** A provider that de-duplicates on an unsigned header: a replay under a fresh id runs again. */
    static final class KeyFromUnsignedHeader extends Defective {
        @Override
        Defective copy() {
            return new KeyFromUnsignedHeader();
        }

        @Override
        public String deduplicationKey(AcmeEvent<?> event, WebhookRequest request, Verification verification) {
            return request.header(AcmeHeaders.DELIVERY).orElse("none");
        }
    }

    /** A signed-content key without the verifying key's id: two senders' same body would run only once. */
    static final class ContentKeyWithoutTheKeyId extends Defective {
        @Override
        Defective copy() {
            return new ContentKeyWithoutTheKeyId();
        }

        @Override
        public String deduplicationKey(AcmeEvent<?> event, WebhookRequest request, Verification verification) {
            return DeliveryKeys.PREFIX + HexFormat.of().formatHex(request.body().sha256());
        }
    }

    @Test
    void theHostileBodyTestFindsAParserThatThrows() {
        assertThatThrownBy(new ParserThrows()::signedHostileBodiesGetOnlyDocumentedStatuses)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("seed")
                .hasMessageContaining("unexpected value");
    }

    @Test
    void theRandomInputTestFindsAParserThatThrows() {
        assertThatThrownBy(new ParserThrows()::randomInputGetsOnlyDocumentedAnswers)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("seed");
    }

    @Test
    void theLazyDiagnosisTestFindsAnEagerOne() {
        assertThatThrownBy(new EagerDiagnosis()::aForgedDeliveryBuildsItsDiagnosisOnlyWhenAskedFor)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("bytes allocated");
    }

    @Test
    void theMalformedHeaderTestFindsAnImpreciseReason() {
        assertThatThrownBy(new LaxHeader()::rejectsMalformedSignatureHeaders).isInstanceOf(AssertionError.class);
    }

    @Test
    void theReplayTestFindsADeduplicationKeyFromAnUnsignedHeader() {
        assertThatThrownBy(new KeyFromUnsignedHeader()::aRedeliveryWithChangedUnsignedHeadersIsADuplicate)
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void thePerKeyReplayTestFindsASignedContentKeyWithoutTheKeyId() {
        ContentKeyWithoutTheKeyId defective = new ContentKeyWithoutTheKeyId();
        assertThatThrownBy(defective::theSameContentSignedWithAnotherKeyIsADuplicateOnlyWhereItsKeyIsASignedId)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("a signed-content key holds the verifying key");
    }

    @Test
    void theSecretChecksFindAProviderWithoutTheTemplatesCreate() {
        // ParserThrows is a provider class with no public static create(String...)
        assertThatThrownBy(new ParserThrows()::aMissingOrBlankSecretIsNamedAsTheProvidersSecret)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ParserThrows has no public static create(String...)");
        assertThatThrownBy(new ParserThrows()::keyIdsAreTheKeyringsIdsInItsOrder)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("has no public static create(String...)");
    }
}
