package io.webhooks4j.test.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.EventType;
import io.webhooks4j.Headers;
import io.webhooks4j.Keyring;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookEvent;
import io.webhooks4j.WebhookException;
import io.webhooks4j.WebhookObserver;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.WebhookVerificationException;
import io.webhooks4j.Webhooks;
import io.webhooks4j.spi.DeliveryKeys;
import io.webhooks4j.spi.Diagnosis;
import io.webhooks4j.spi.EventCatalogue;
import io.webhooks4j.spi.ProviderBuilder;
import io.webhooks4j.spi.ProviderDescriptor;
import io.webhooks4j.spi.ProviderSettings;
import io.webhooks4j.spi.Verification;
import io.webhooks4j.spi.WebhookProvider;
import io.webhooks4j.spi.WebhookProviderFactory;
import io.webhooks4j.spi.WebhookVerifier;
import io.webhooks4j.test.Fixture;
import io.webhooks4j.test.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The tests every provider passes, in the shape of Micrometer's {@code MeterRegistryCompatibilityKit}: a
 * provider module's test extends this class and passes to its constructor the factory, two secrets and the
 * signature header (with values of it that cannot be read); the kit then runs, for that provider:
 *
 * <ul>
 *   <li>every built-in fixture ({@link Fixtures#of}) signs, verifies, parses into the event type it is named
 *       after and is handled with 200 through {@link Webhooks}, and a tampered copy gets 401;
 *   <li>the verifier contract: valid, tampered body, wrong secret (its diagnosis names the keys tried, never a
 *       secret), rotated secret, missing and malformed header, header names in any case, too old and too new
 *       where a timestamp is signed, no secret in {@code toString()};
 *   <li>random input (garbage bodies, wrong secrets, random signature headers) gets only documented answers;
 *   <li>signed hostile bodies (each fixture with hostile values put in, see {@link #hostileFieldNames()}) get
 *       200, 400 or 413, never a 500 and never a 401, and every handled event can be read and rendered;
 *   <li>a forged delivery costs about one MAC: its diagnosis is built only when {@link
 *       WebhookVerificationException#diagnosis()} is called;
 *   <li>a redelivery with changed unsigned headers ({@link #unsignedHeaders()}) is a duplicate;
 *   <li>the factory is discovered, describes the provider it creates and refuses unknown options; the catalogue
 *       holds {@code ANY};
 *   <li>the classes follow the provider template ({@link ArchitectureRules#checkProvider}).
 * </ul>
 *
 * <p>Random tests are a seeded {@link Random} with a fixed number of tries; a failure names the seed and the try,
 * and {@code -Dwebhooks4j.kit.seed=N} replays it.
 */
public abstract class WebhookProviderCompatibilityKit {
    /** The fixed time of every check. */
    protected static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    /** A clock stopped at {@code instant}. */
    protected static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    // ---------------------------------------------------------------- what the provider's test says

    private final WebhookProviderFactory factory;
    private final String secret;
    private final String otherSecret;
    private final String signatureHeader;
    private final List<String> malformedSignatureHeaders;

    /**
     * The kit for the provider {@code factory} creates.
     *
     * @param factory the provider's factory ({@code new StripeProviderFactory()})
     * @param secret a realistic secret, as the provider's dashboard shows it
     * @param otherSecret another realistic secret
     * @param signatureHeader the name of the header carrying the signature, as the provider spells it
     * @param malformedSignatureHeaders values of that header that are present but cannot be read ({@link
     *     Reason#MALFORMED_HEADER})
     */
    protected WebhookProviderCompatibilityKit(
            WebhookProviderFactory factory,
            String secret,
            String otherSecret,
            String signatureHeader,
            List<String> malformedSignatureHeaders) {
        this.factory = factory;
        this.secret = secret;
        this.otherSecret = otherSecret;
        this.signatureHeader = signatureHeader;
        this.malformedSignatureHeaders = List.copyOf(malformedSignatureHeaders);
    }

    /** The factory of the provider under test. */
    protected WebhookProviderFactory factory() {
        return factory;
    }

    /** A realistic secret. */
    protected String secret() {
        return secret;
    }

    /** Another realistic secret. */
    protected String otherSecret() {
        return otherSecret;
    }

    /** The name of the header carrying the signature. */
    protected String signatureHeader() {
        return signatureHeader;
    }

    /** Values of the signature header that are present but cannot be read. */
    protected List<String> malformedSignatureHeaders() {
        return malformedSignatureHeaders;
    }

    /** A provider using {@code secrets} verbatim (ids {@code key-1}, {@code key-2}, ...) and {@code clock}. */
    protected WebhookProvider<?> provider(List<String> secrets, Clock clock) {
        return factory().create(ProviderSettings.of(Keyring.of(secrets)).withClock(clock));
    }

    /** The fixtures to run: the built-in ones of the provider. */
    protected List<Fixture> fixtures() {
        return Fixtures.of(factory().id());
    }

    /** The fixture the verifier contract uses (the first one). */
    protected Fixture sampleFixture() {
        List<Fixture> fixtures = fixtures();
        assertThat(fixtures).as("fixtures of %s", factory().id()).isNotEmpty();
        return fixtures.get(0);
    }

    /** The URL deliveries are sent to (with a query, which URL-signing providers sign too). */
    protected String url() {
        return "https://hooks.example.com/webhooks/" + factory().id() + "?tenant=a%20b";
    }

    /** A delivery of {@code fixture}'s headers (no signature) and {@code body}, to {@link #url()}. */
    protected WebhookRequest unsignedRequest(Fixture fixture, RawBody body) {
        WebhookRequest.Builder request =
                WebhookRequest.builder().url(url()).headers(fixture.headers()).body(body);
        if (!fixture.headers().contains("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        return request.build();
    }

    /** A delivery of the sample fixture's headers carrying {@code body}. */
    protected WebhookRequest unsignedRequest(RawBody body) {
        return unsignedRequest(sampleFixture(), body);
    }

    /** The timestamp tolerance, where the provider signs a timestamp: its descriptor's default. */
    protected Optional<Duration> timestampTolerance() {
        return factory().descriptor().defaultTolerance();
    }

    /** The bound for future timestamps; the old-timestamp tolerance unless overridden. */
    protected Optional<Duration> futureTolerance() {
        return timestampTolerance();
    }

    /** {@code body} with one byte changed (override where that byte must stay valid). */
    protected RawBody tampered(RawBody body) {
        byte[] bytes = body.toByteArray();
        if (bytes.length == 0) {
            return RawBody.ofUtf8("x");
        }
        int i = bytes.length / 2;
        bytes[i] = (byte) (bytes[i] == '1' ? '2' : '1');
        return RawBody.of(bytes);
    }

    /**
     * Headers the provider sends but does not sign (a delivery id, a timestamp it does not cover): a captured
     * delivery sent again with fresh values in them must be a duplicate. Empty (the default): that test is
     * skipped.
     */
    protected List<String> unsignedHeaders() {
        return List.of();
    }

    /**
     * How the provider is built from bare secrets, for the checks that a missing or blank secret is refused naming
     * the provider's secret and that bare secrets get the ids {@code key-1}, {@code key-2}. By default the
     * template's {@code public static <P>Provider create(String...)} on the class of {@link #provider()}; the check
     * fails when that class has none. Override for a provider built another way ({@code
     * StandardWebhooksProvider::anthropic}), or return {@code null} to skip these checks (the verifier's and the
     * builder's included).
     */
    protected @Nullable Function<String[], ? extends WebhookProvider<?>> createFromSecrets() {
        Class<?> type = provider().getClass();
        Method create = templateMethod(type, type, "create", String[].class);
        return secrets -> (WebhookProvider<?>) invoke(create, (Object) secrets);
    }

    /**
     * How a verifier is made from bare secrets, for the check that it refuses a missing secret naming the provider's
     * secret, as the provider does. By default the template's {@code public static <P>WebhookVerifier
     * create(String...)} beside {@code <P>Provider}; the check fails when there is none. Override for a provider
     * built another way ({@code secrets -> StandardWebhooksProvider.anthropic(secrets).verifier()}).
     */
    protected Function<String[], ? extends WebhookVerifier> verifierFromSecrets() {
        Class<?> verifier = templateClass("WebhookVerifier");
        Method create = templateMethod(verifier, verifier, "create", String[].class);
        return secrets -> (WebhookVerifier) invoke(create, (Object) secrets);
    }

    /**
     * A new builder of the provider, for the check that it refuses a missing list of secrets naming the provider's
     * secret. By default the template's {@code public static <P>Provider.Builder builder()}; override for a provider
     * built another way ({@code () -> StandardWebhooksProvider.builder("anthropic")}).
     */
    protected ProviderBuilder<?, ?> providerBuilder() {
        Class<?> type = provider().getClass();
        return (ProviderBuilder<?, ?>) invoke(templateMethod(type, ProviderBuilder.class, "builder"));
    }

    /** The template's class {@code <P><suffix>} beside {@code <P>Provider}. */
    private Class<?> templateClass(String suffix) {
        Class<?> type = provider().getClass();
        String wanted = type.getPackageName() + "." + ArchitectureRules.prefixOf(type) + suffix;
        try {
            return Class.forName(wanted, false, type.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no " + wanted + ", which the template names beside " + type.getName(), e);
        }
    }

    /** The template's {@code public static} method {@code name} of {@code type}, returning a {@code returns}. */
    private static Method templateMethod(Class<?> type, Class<?> returns, String name, Class<?>... parameters) {
        String signature = name + "(" + (parameters.length == 0 ? "" : "String...") + ")";
        Method method;
        try {
            method = type.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(type.getName() + " has no public static " + signature + ", which the template"
                    + " names; override the kit's method that uses it if the provider is built another way");
        }
        if (!Modifier.isStatic(method.getModifiers()) || !returns.isAssignableFrom(method.getReturnType())) {
            throw new AssertionError(
                    type.getName() + "." + signature + " must be static and return " + returns.getName());
        }
        return method;
    }

    private static Object invoke(Method method, Object... arguments) {
        try {
            return method.invoke(null, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new AssertionError(method + " threw", e.getCause());
        } catch (IllegalAccessException e) {
            throw new AssertionError(method + " is not accessible", e);
        }
    }

    /** Names beside {@code <P>Provider}, ... that the provider's root package documents ({@code TwiML}). */
    protected Set<String> templateExtras() {
        return Set.of();
    }

    /**
     * Field (or form parameter) names the provider's payload records read, added with hostile values to the
     * fixtures; the names already in the fixtures are always used.
     */
    protected List<String> hostileFieldNames() {
        return List.of();
    }

    /** Adds the provider's own typed handlers to the pipeline the random and hostile tests use. */
    protected void addHandlers(Webhooks.Builder builder) {}

    /** How many random and hostile deliveries each random test sends. */
    protected int tries() {
        return 300;
    }

    /** The bytes verifying a forged delivery of {@code bodyBytes} may allocate before its diagnosis is asked for. */
    protected long forgedVerificationAllocationLimit(long bodyBytes) {
        return bodyBytes / 8;
    }

    /** A realistic body of about {@code bytes} bytes (a form for a form-posting provider, JSON otherwise). */
    protected RawBody largeBody(int bytes) {
        byte[] pad = new byte[bytes];
        Arrays.fill(pad, (byte) 'a');
        String padding = new String(pad, StandardCharsets.US_ASCII);
        return isForm(sampleFixture())
                ? RawBody.ofUtf8(sampleFixture().body().utf8() + "&Pad=" + padding)
                : RawBody.ofUtf8("{\"id\":\"forged\",\"pad\":\"" + padding + "\"}");
    }

    // ---------------------------------------------------------------- helpers

    /** The provider under test with {@link #secret()}, at {@link #NOW}. */
    protected final WebhookProvider<?> provider() {
        return provider(List.of(secret()), clockAt(NOW));
    }

    protected final WebhookRequest signed(List<String> secrets, Clock clock, RawBody body) {
        return provider(secrets, clock).sign(unsignedRequest(body));
    }

    protected final WebhookRequest signedSample() {
        return signed(List.of(secret()), clockAt(NOW), sampleFixture().body());
    }

    protected final WebhookRequest signed(Fixture fixture) {
        return provider().sign(unsignedRequest(fixture, fixture.body()));
    }

    protected final Verification verify(List<String> secrets, WebhookRequest request) {
        return provider(secrets, clockAt(NOW)).verify(request);
    }

    /**
     * Whether {@code e} already holds a built diagnosis (white-box: the field a lazy {@link
     * WebhookVerificationException} leaves empty until {@link WebhookVerificationException#diagnosis()}).
     */
    protected static boolean diagnosisBuilt(WebhookVerificationException e) {
        try {
            java.lang.reflect.Field field = WebhookVerificationException.class.getDeclaredField("diagnosis");
            field.setAccessible(true);
            return field.get(e) != null;
        } catch (ReflectiveOperationException reflection) {
            throw new IllegalStateException("WebhookVerificationException has no field 'diagnosis'", reflection);
        }
    }

    private static boolean isForm(Fixture fixture) {
        return fixture.headers()
                .first("Content-Type")
                .map(t -> t.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded"))
                .orElse(false);
    }

    private long seed() {
        String given = System.getProperty("webhooks4j.kit.seed");
        return given != null
                ? Long.parseLong(given)
                : 0x5eed_0000L + factory().id().hashCode();
    }

    /** A pipeline of {@code provider} whose handlers read every event fully; failures land in {@code failure}. */
    private Webhooks pipeline(WebhookProvider<?> provider, AtomicReference<Throwable> failure) {
        Handlers handlers = new Handlers();
        Webhooks.Builder builder = Webhooks.builder().provider(provider);
        for (EventType<?> type : factory().descriptor().catalogue().all()) {
            if (!type.isAny()) {
                on(builder, type, handlers);
            }
        }
        addHandlers(builder);
        return builder.onAny(handlers::touch)
                .observer(new WebhookObserver() {
                    @Override
                    public void onOutcome(DeliveryOutcome outcome) {
                        if (outcome.kind() == DeliveryOutcome.Kind.FAILED) {
                            failure.set(outcome.error());
                        }
                    }
                })
                .build();
    }

    private static <E extends WebhookEvent> void on(Webhooks.Builder builder, EventType<E> type, Handlers handlers) {
        builder.on(type, handlers::touch);
    }

    private static String stack(@Nullable Throwable t) {
        if (t == null) {
            return "";
        }
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        StringBuilder kept = new StringBuilder();
        out.toString().lines().limit(40).forEach(line -> kept.append(line).append('\n'));
        return kept.toString();
    }

    // ---------------------------------------------------------------- fixtures

    @TestFactory
    protected Stream<DynamicTest> everyFixtureIsSignedVerifiedParsedAndHandledWith200() {
        return fixtures().stream()
                .map(fixture -> DynamicTest.dynamicTest(fixture.name(), () -> {
                    WebhookProvider<?> provider = provider();
                    WebhookRequest request = signed(fixture);
                    Verification verification = provider.verify(request);
                    assertThat(verification.keyId()).isEqualTo("key-1");
                    WebhookEvent event = provider.parse(request, verification);
                    assertThat(event.provider()).isEqualTo(provider.id());
                    assertThat(provider.eventClass().isInstance(event)).isTrue();
                    if (!fixture.name().startsWith("unknown.")) {
                        // named for the event type it parses into (a suffix for a second fixture of one type)
                        assertThat(fixture.name())
                                .satisfiesAnyOf(
                                        name -> assertThat(name).isEqualTo(event.type()),
                                        name -> assertThat(name).startsWith(event.type() + "."));
                        assertThat(factory().descriptor().catalogue().find(event.type()))
                                .as("%s in the catalogue", event.type())
                                .isPresent();
                    }

                    List<WebhookEvent> seen = new ArrayList<>();
                    Webhooks webhooks = Webhooks.builder()
                            .provider(provider)
                            .onAny(seen::add)
                            .build();
                    WebhookResponse response = webhooks.handle(provider.id(), request);
                    assertThat(response.status())
                            .as("%s: %s", fixture.name(), response.bodyAsString())
                            .isEqualTo(200);
                    assertThat(response.outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
                    assertThat(seen).singleElement().satisfies(e -> assertThat(e.type())
                            .isEqualTo(event.type()));
                }));
    }

    @TestFactory
    protected Stream<DynamicTest> everyTamperedFixtureIsRejectedWith401() {
        return fixtures().stream()
                .map(fixture -> DynamicTest.dynamicTest(fixture.name(), () -> {
                    WebhookRequest request = signed(fixture);
                    WebhookRequest tampered =
                            request.toBuilder().body(tampered(request.body())).build();
                    assertThat(tampered.body()).isNotEqualTo(request.body());
                    WebhookResponse response = Webhooks.builder()
                            .provider(provider())
                            .build()
                            .handle(factory().id(), tampered);
                    assertThat(response.status())
                            .as("%s: %s", fixture.name(), response)
                            .isEqualTo(401);
                    assertThat(response.outcome()).isEqualTo(DeliveryOutcome.Kind.REJECTED);
                }));
    }

    // ---------------------------------------------------------------- the verifier contract

    private void assertRejected(List<String> secrets, WebhookRequest request, Reason reason) {
        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> verify(secrets, request))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(reason))
                .satisfies(
                        e -> assertThat(e.getMessage()).doesNotContain(secret()).doesNotContain(otherSecret()));
    }

    @Test
    protected void acceptsAValidDelivery() {
        assertThat(verify(List.of(secret()), signedSample()).keyId()).isEqualTo("key-1");
    }

    @Test
    protected void signerAddsTheSignatureHeaderAndKeepsTheBody() {
        WebhookRequest unsigned = unsignedRequest(sampleFixture().body());
        assertThat(unsigned.headers().contains(signatureHeader())).isFalse();
        assertThat(signedSample().headers().contains(signatureHeader())).isTrue();
        assertThat(signedSample().body()).isEqualTo(sampleFixture().body());
    }

    @Test
    protected void rejectsATamperedBody() {
        WebhookRequest request = signedSample();
        WebhookRequest tampered =
                request.toBuilder().body(tampered(request.body())).build();
        assertThat(tampered.body()).isNotEqualTo(request.body());
        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> verify(List.of(secret()), tampered))
                .satisfies(e -> assertThat(e.reason()).isIn(Reason.NO_MATCHING_SIGNATURE, Reason.BODY_HASH_MISMATCH));
    }

    @Test
    protected void rejectsTheWrongSecret() {
        assertRejected(
                List.of(secret()),
                signed(List.of(otherSecret()), clockAt(NOW), sampleFixture().body()),
                Reason.NO_MATCHING_SIGNATURE);
    }

    @Test
    protected void wrongSecretDiagnosisNamesTheKeysTriedButNoSecret() {
        WebhookRequest request =
                signed(List.of(otherSecret()), clockAt(NOW), sampleFixture().body());
        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> verify(List.of(secret()), request))
                .satisfies(e -> assertThat(e.diagnosis().keysTried()).contains("key-1"))
                .satisfies(e -> assertThat(e.diagnosis().explain())
                        .doesNotContain(secret())
                        .doesNotContain(otherSecret()));
    }

    /**
     * A delivery signed with the older of two keys verifies, and the verification names the key that matched: {@code
     * key-2} for bare secrets, the keyring's own id for a named keyring (what logs, diagnoses and the ledger show).
     */
    @Test
    protected void acceptsARotatedSecret() {
        WebhookRequest signedWithOld =
                signed(List.of(otherSecret()), clockAt(NOW), sampleFixture().body());
        assertThat(verify(List.of(secret(), otherSecret()), signedWithOld).keyId())
                .isEqualTo("key-2");
        Keyring named = Keyring.builder()
                .add("2026-11", secret())
                .add("2026-05", otherSecret())
                .build();
        assertThat(factory()
                        .create(ProviderSettings.of(named).withClock(clockAt(NOW)))
                        .verify(signedWithOld)
                        .keyId())
                .isEqualTo("2026-05");
    }

    @Test
    protected void rejectsAMissingSignatureHeader() {
        assertRejected(
                List.of(secret()),
                signedSample().toBuilder().removeHeader(signatureHeader()).build(),
                Reason.MISSING_HEADER);
    }

    @Test
    protected void rejectsMalformedSignatureHeaders() {
        assertThat(malformedSignatureHeaders()).isNotEmpty();
        for (String malformed : malformedSignatureHeaders()) {
            WebhookRequest request = signedSample().toBuilder()
                    .setHeader(signatureHeader(), malformed)
                    .build();
            assertThatExceptionOfType(WebhookVerificationException.class)
                    .as("header value '%s'", malformed)
                    .isThrownBy(() -> verify(List.of(secret()), request))
                    .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_HEADER));
        }
    }

    @Test
    protected void acceptsHeaderNamesInAnyCase() {
        WebhookRequest request = signedSample();
        for (boolean upper : new boolean[] {true, false}) {
            Headers.Builder headers = Headers.builder();
            request.headers()
                    .asMap()
                    .forEach((name, values) -> values.forEach(v ->
                            headers.add(upper ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT), v)));
            WebhookRequest recased =
                    request.toBuilder().headers(headers.build()).build();
            assertThat(verify(List.of(secret()), recased).keyId()).isEqualTo("key-1");
        }
    }

    @Test
    protected void toStringHoldsNoSecret() {
        WebhookProvider<?> provider = provider(List.of(secret(), otherSecret()), clockAt(NOW));
        assertThat(provider.toString()).doesNotContain(secret()).doesNotContain(otherSecret());
    }

    /**
     * The timestamp policy the descriptor declares. A provider that signs a timestamp accepts one just within
     * the tolerance and rejects one just past it, both ways; a provider that signs none verifies a delivery signed
     * a year ago and reports no signed time (replays are then the ledger's business, not the verifier's).
     */
    @Test
    protected void followsTheTimestampPolicyItDeclares() {
        Optional<Duration> tolerance = timestampTolerance();
        if (tolerance.isEmpty()) {
            Instant yearAgo = NOW.minus(Duration.ofDays(365));
            WebhookRequest old =
                    signed(List.of(secret()), clockAt(yearAgo), sampleFixture().body());
            assertThat(verify(List.of(secret()), old).signedAt()).isNull();
            return;
        }
        Instant signedAt = NOW.minus(tolerance.get()).plusSeconds(1);
        WebhookRequest within =
                signed(List.of(secret()), clockAt(signedAt), sampleFixture().body());
        assertThat(verify(List.of(secret()), within).signedAt()).isEqualTo(signedAt);
        WebhookRequest tooOld = signed(
                List.of(secret()),
                clockAt(NOW.minus(tolerance.get()).minusSeconds(1)),
                sampleFixture().body());
        assertRejected(List.of(secret()), tooOld, Reason.TIMESTAMP_TOO_OLD);
        Optional<Duration> future = futureTolerance();
        if (future.isPresent()) {
            WebhookRequest tooNew = signed(
                    List.of(secret()),
                    clockAt(NOW.plus(future.get()).plusSeconds(1)),
                    sampleFixture().body());
            assertRejected(List.of(secret()), tooNew, Reason.TIMESTAMP_TOO_NEW);
        }
    }

    // ---------------------------------------------------------------- random and hostile input

    /**
     * Random bodies (bytes, broken JSON, fixtures cut short), signed with the right secret, the wrong one, a
     * random or malformed signature header, or none: every answer is documented, never a 500, never a secret.
     */
    @Test
    protected void randomInputGetsOnlyDocumentedAnswers() {
        long seed = seed();
        Random random = new Random(seed);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        WebhookProvider<?> provider = provider();
        WebhookProvider<?> wrong = provider(List.of(otherSecret()), clockAt(NOW));
        Webhooks webhooks = pipeline(provider, failure);
        List<Fixture> fixtures = fixtures();
        for (int i = 0; i < tries(); i++) {
            Fixture fixture = HostileInput.pick(random, fixtures);
            byte[] body =
                    switch (random.nextInt(5)) {
                        case 0 -> {
                            byte[] bytes = new byte[random.nextInt(300)];
                            random.nextBytes(bytes);
                            yield bytes;
                        }
                        case 1 ->
                            HostileInput.pick(random, HostileInput.JSON_DOCUMENTS)
                                    .getBytes(StandardCharsets.UTF_8);
                        case 2 ->
                            HostileInput.pick(random, HostileInput.JSON_VALUES).getBytes(StandardCharsets.UTF_8);
                        case 3 ->
                            Arrays.copyOf(
                                    fixture.body().toByteArray(),
                                    random.nextInt(fixture.body().toByteArray().length + 1));
                        default -> fixture.body().toByteArray();
                    };
            WebhookRequest unsigned = unsignedRequest(fixture, RawBody.of(body));
            int mode = random.nextInt(5);
            WebhookRequest request;
            try {
                request = switch (mode) {
                    case 0 -> provider.sign(unsigned);
                    case 1 -> wrong.sign(unsigned);
                    case 2 ->
                        unsigned.toBuilder()
                                .setHeader(signatureHeader(), HostileInput.pick(random, malformedSignatureHeaders()))
                                .build();
                    case 3 ->
                        unsigned.toBuilder()
                                .setHeader(signatureHeader(), randomHeaderValue(random, provider.sign(unsigned)))
                                .build();
                    default -> unsigned;
                };
            } catch (WebhookException | IllegalArgumentException e) {
                request = unsigned; // the signer cannot sign what it cannot read: sent unsigned
            }
            failure.set(null);
            WebhookResponse response = webhooks.handle(provider.id(), request);
            String what = "seed " + seed + ", try " + i + ", mode " + mode + ", " + fixture.name() + ", body "
                    + HostileInput.shorten(new String(body, StandardCharsets.UTF_8), 300) + "\n"
                    + stack(failure.get());
            assertThat(response.status()).as(what).isIn(DocumentedOutcomes.STATUSES);
            assertThat(response.outcome()).as(what).isNotEqualTo(DeliveryOutcome.Kind.FAILED);
            assertThat(response.bodyAsString())
                    .as(what)
                    .doesNotContain(secret())
                    .doesNotContain(otherSecret());
        }
    }

    /** The real signature header with characters changed, cut short or doubled, or random printable text. */
    private String randomHeaderValue(Random random, WebhookRequest signed) {
        String real = signed.headers().first(signatureHeader()).orElse("");
        StringBuilder value = new StringBuilder(real);
        switch (random.nextInt(4)) {
            case 0 -> {
                for (int k = 0; k < 1 + random.nextInt(3) && value.length() > 0; k++) {
                    value.setCharAt(random.nextInt(value.length()), (char) (0x21 + random.nextInt(94)));
                }
            }
            case 1 -> value.setLength(random.nextInt(value.length() + 1));
            case 2 -> value.append(',').append(real);
            default -> {
                value.setLength(0);
                for (int k = random.nextInt(90); k > 0; k--) {
                    value.append((char) (0x20 + random.nextInt(95)));
                }
            }
        }
        return value.toString();
    }

    /**
     * Authentic but hostile bodies (issue #15.8): each try takes a fixture, puts hostile values into it (or
     * replaces it by a hostile JSON document), signs it correctly and sends it through the real pipeline, whose
     * handlers read every typed value and render the event as JSON. An authentic body decides what is parsed, so
     * the answer is 200, 400 (authentic but unreadable) or 413: never a 500 (a defect in a parser) and never a 401
     * (a correctly signed body refused).
     */
    @Test
    protected void signedHostileBodiesGetOnlyDocumentedStatuses() {
        long seed = seed() + 1;
        Random random = new Random(seed);
        WebhookProvider<?> provider = provider();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Webhooks webhooks = pipeline(provider, failure);
        List<String> typeNames = new ArrayList<>();
        for (EventType<?> type : factory().descriptor().catalogue().all()) {
            if (!type.isAny()) {
                typeNames.add(type.name());
            }
        }
        List<Fixture> fixtures = fixtures();
        for (int i = 0; i < tries(); i++) {
            Fixture fixture = HostileInput.pick(random, fixtures);
            List<String> log = new ArrayList<>();
            boolean form = isForm(fixture);
            List<String> fieldNames = new ArrayList<>(hostileFieldNames());
            byte[] body;
            WebhookRequest unsigned;
            if (random.nextInt(10) == 0) {
                String document = HostileInput.pick(random, HostileInput.JSON_DOCUMENTS);
                log.add("whole body " + HostileInput.shorten(document, 60));
                body = document.getBytes(StandardCharsets.UTF_8);
                unsigned = unsignedRequest(fixture, RawBody.of(body)).toBuilder()
                        .setHeader(
                                "Content-Type",
                                random.nextBoolean() ? "application/json" : "application/json; charset=utf-8")
                        .build();
            } else {
                body = form
                        ? HostileInput.mutateForm(fixture.body().utf8(), random, fieldNames, log)
                        : HostileInput.mutateJson(fixture.body(), random, fieldNames, typeNames, log);
                unsigned = unsignedRequest(fixture, RawBody.of(body));
                if (random.nextInt(4) == 0) {
                    // the event type in a header (where the provider sends it there) swapped too
                    for (Map.Entry<String, List<String>> header :
                            fixture.headers().asMap().entrySet()) {
                        if (header.getValue().size() == 1
                                && HostileInput.isTypeName(header.getValue().get(0), typeNames)) {
                            String name = HostileInput.pick(random, typeNames);
                            log.add("header " + header.getKey() + ": " + name);
                            unsigned = unsigned.toBuilder()
                                    .setHeader(header.getKey(), name)
                                    .build();
                        }
                    }
                }
            }
            WebhookRequest request;
            Set<Integer> expected = DocumentedOutcomes.SIGNED_STATUSES;
            try {
                request = provider.sign(unsigned);
            } catch (WebhookException | IllegalArgumentException e) {
                // The signer cannot sign a body it cannot read (a broken percent-encoding). The receiver still
                // gets it, with the signature of the original fixture: it must refuse it, and say why.
                request = signed(fixture).toBuilder().body(RawBody.of(body)).build();
                expected = Set.of(400, 401);
            }
            failure.set(null);
            WebhookResponse response = webhooks.handle(provider.id(), request);
            String what = "seed " + seed + ", try " + i + ": " + fixture.name() + " " + log + "\nbody: "
                    + HostileInput.shorten(new String(body, StandardCharsets.UTF_8), 4000) + "\nanswer: "
                    + response.status() + " " + response.bodyAsString() + "\n" + stack(failure.get());
            assertThat(response.status()).as(what).isIn(expected);
            assertThat(response.outcome()).as(what).isNotEqualTo(DeliveryOutcome.Kind.FAILED);
            assertThat(response.bodyAsString()).as(what).doesNotContain(secret());
        }
    }

    // ---------------------------------------------------------------- lazy diagnosis

    /**
     * A forged delivery costs about one MAC per key (issue #15.4): the diagnosis (copies, decodes and hashes of
     * the body) is built only when {@link WebhookVerificationException#diagnosis()} is called, once. Measured as
     * the bytes the verifying thread allocates for a forged 8 MiB body.
     */
    @Test
    protected void aForgedDeliveryBuildsItsDiagnosisOnlyWhenAskedFor() {
        Assumptions.assumeTrue(
                ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean,
                "no allocation counter on this JVM");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        int bodyBytes = 8 * 1024 * 1024;
        WebhookRequest forged = signed(List.of(otherSecret()), clockAt(NOW), largeBody(bodyBytes));
        WebhookProvider<?> provider = provider(List.of(secret()), clockAt(NOW));
        catchThrowableOfType(WebhookVerificationException.class, () -> provider.verify(forged)); // warm-up

        long before = threads.getCurrentThreadAllocatedBytes();
        WebhookVerificationException e =
                catchThrowableOfType(WebhookVerificationException.class, () -> provider.verify(forged));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(e).as("a forged delivery is rejected").isNotNull();
        assertThat(e.reason()).isEqualTo(Reason.NO_MATCHING_SIGNATURE);
        assertThat(allocated)
                .as("bytes allocated verifying a forged %d-byte body", bodyBytes)
                .isLessThan(forgedVerificationAllocationLimit(bodyBytes));
        Diagnosis diagnosis = e.diagnosis();
        assertThat(e.diagnosis()).isSameAs(diagnosis);
        assertThat(diagnosis.keysTried()).contains("key-1");
        assertThat(diagnosis.explain()).doesNotContain(secret()).doesNotContain(otherSecret());
    }

    // ---------------------------------------------------------------- replay

    /**
     * A captured delivery sent again with fresh values in its unsigned headers, or without them, is a duplicate, not
     * run twice.
     */
    @Test
    protected void aRedeliveryWithChangedUnsignedHeadersIsADuplicate() {
        Assumptions.assumeFalse(unsignedHeaders().isEmpty(), "the test declares no unsigned headers");
        AtomicInteger runs = new AtomicInteger();
        WebhookProvider<?> provider = provider();
        Webhooks webhooks = Webhooks.builder()
                .provider(provider)
                .onAny(e -> runs.incrementAndGet())
                .build();
        WebhookRequest original = signedSample();
        WebhookResponse first = webhooks.handle(provider.id(), original);
        assertThat(first.outcome()).as("%s", first).isEqualTo(DeliveryOutcome.Kind.HANDLED);
        int n = 0;
        for (String header : unsignedHeaders()) {
            WebhookRequest replayed = original.toBuilder()
                    .setHeader(
                            header,
                            "replayed-" + (++n) + "-" + original.header(header).orElse(""))
                    .build();
            WebhookResponse again = webhooks.handle(provider.id(), replayed);
            assertThat(again.status()).as("%s changed: %s", header, again).isEqualTo(200);
            assertThat(again.outcome()).as("%s changed", header).isEqualTo(DeliveryOutcome.Kind.DUPLICATE);
        }
        // sent again without any of them (a replay that drops the id headers rather than forging new ones): a
        // duplicate, or refused where the provider requires one of them (Shopify's 400 missing_required_header)
        WebhookRequest.Builder stripped = original.toBuilder();
        unsignedHeaders().forEach(stripped::removeHeader);
        WebhookResponse bare = webhooks.handle(provider.id(), stripped.build());
        assertThat(bare.outcome())
                .as("without %s: %s", unsignedHeaders(), bare)
                .isIn(DeliveryOutcome.Kind.DUPLICATE, DeliveryOutcome.Kind.REJECTED);
        assertThat(bare.status()).as("without %s: %s", unsignedHeaders(), bare).isIn(200, 400);
        assertThat(runs).hasValue(1);
    }

    /**
     * The same content signed with another key of the keyring, as two hooks or subscriptions with their own secrets
     * send it to one URL. Where the de-duplication key is derived from signed content ({@code sc1:}, see {@link
     * DeliveryKeys}) it holds the verifying key's id, so each sender's delivery runs; where it is an id the sender
     * signs (Stripe's event id, Standard Webhooks' {@code webhook-id}) it is one event whichever key verified it, so
     * the second is a duplicate. Sent again, either is a duplicate.
     */
    @Test
    protected void theSameContentSignedWithAnotherKeyIsADuplicateOnlyWhereItsKeyIsASignedId() {
        WebhookProvider<?> provider = provider(List.of(secret(), otherSecret()), clockAt(NOW));
        AtomicInteger runs = new AtomicInteger();
        Webhooks webhooks = Webhooks.builder()
                .provider(provider)
                .onAny(e -> runs.incrementAndGet())
                .build();
        RawBody body = sampleFixture().body();
        WebhookRequest first = signed(List.of(secret()), clockAt(NOW), body);
        WebhookRequest second = signed(List.of(otherSecret()), clockAt(NOW), body);
        String firstKey = deduplicationKey(provider, first);
        String secondKey = deduplicationKey(provider, second);
        boolean perKey = firstKey.startsWith(DeliveryKeys.PREFIX);
        if (perKey) {
            assertThat(secondKey)
                    .as("a signed-content key holds the verifying key")
                    .isNotEqualTo(firstKey);
        } else {
            assertThat(secondKey)
                    .as("a signed id is the same whichever key verified it")
                    .isEqualTo(firstKey);
        }
        assertThat(webhooks.handle(provider.id(), first).outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
        assertThat(webhooks.handle(provider.id(), second).outcome())
                .as("the same content under another key, key %s", firstKey)
                .isEqualTo(perKey ? DeliveryOutcome.Kind.HANDLED : DeliveryOutcome.Kind.DUPLICATE);
        assertThat(webhooks.handle(provider.id(), second).outcome()).isEqualTo(DeliveryOutcome.Kind.DUPLICATE);
        assertThat(runs).hasValue(perKey ? 2 : 1);
    }

    private static <E extends WebhookEvent> String deduplicationKey(WebhookProvider<E> provider, WebhookRequest r) {
        Verification verification = provider.verify(r);
        String key = provider.deduplicationKey(provider.parse(r, verification), r, verification);
        assertThat(key).as("the de-duplication key of %s", r).isNotBlank();
        return key;
    }

    // ---------------------------------------------------------------- factory, catalogue, template

    /**
     * An unset environment variable, no secret, or a blank one among several is refused when the provider is
     * built, naming the provider's secret as its descriptor calls it ("The Stripe webhook secret is missing
     * (null): ..."), and the message holds no secret. The verifier made alone ({@link #verifierFromSecrets()}) and
     * the builder given no list ({@link #providerBuilder()}) name it too.
     */
    @Test
    protected void aMissingOrBlankSecretIsNamedAsTheProvidersSecret() {
        Function<String[], ? extends WebhookProvider<?>> create = createFromSecrets();
        Assumptions.assumeTrue(create != null, "the test names no create(String...)");
        String name = factory().descriptor().secretName();
        String unset = System.getenv("WEBHOOKS4J_SURELY_UNSET_VARIABLE");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> create.apply(new String[] {unset}))
                .withMessageContaining(name)
                .withMessageContaining("missing (null)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> create.apply(null))
                .withMessageContaining(name);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> create.apply(new String[0]))
                .withMessageContaining(name);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> create.apply(new String[] {secret(), " "}))
                .withMessageContaining(name + " (number 2 of 2) is blank")
                .withMessageNotContaining(secret());
        // the verifier alone, and the builder given no list, name it too
        Function<String[], ? extends WebhookVerifier> verifier = verifierFromSecrets();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> verifier.apply(new String[] {unset}))
                .withMessageContaining(name)
                .withMessageContaining("missing (null)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> providerBuilder().secrets((List<String>) null))
                .withMessageContaining(name)
                .withMessageContaining("missing");
    }

    /**
     * A provider's key ids are its keyring's, in the keyring's order (not sorted), and secrets given bare to {@code
     * create(...)} are {@code key-1}, {@code key-2}: the ids diagnoses, logs and the ledger name.
     */
    @Test
    protected void keyIdsAreTheKeyringsIdsInItsOrder() {
        Keyring named = Keyring.builder()
                .add("2026-11", secret())
                .add("2026-05", otherSecret())
                .build();
        assertThat(factory().create(ProviderSettings.of(named)).keyIds()).containsExactly("2026-11", "2026-05");
        Function<String[], ? extends WebhookProvider<?>> create = createFromSecrets();
        if (create != null) {
            assertThat(create.apply(new String[] {secret(), otherSecret()}).keyIds())
                    .containsExactly("key-1", "key-2");
        }
    }

    @Test
    protected void theFactoryIsDiscoveredAndDescribesTheProviderItCreates() {
        WebhookProviderFactory factory = factory();
        assertThat(WebhookProviderFactory.discover(factory.getClass().getClassLoader())
                        .get(factory.id()))
                .as("META-INF/services/%s", WebhookProviderFactory.class.getName())
                .isInstanceOf(factory.getClass());
        ProviderDescriptor descriptor = factory.descriptor();
        WebhookProvider<?> provider = factory.create(ProviderSettings.of(Keyring.of(secret(), otherSecret())));
        assertThat(descriptor.id()).isEqualTo(factory.id());
        assertThat(provider.id()).isEqualTo(factory.id());
        assertThat(provider.eventClass()).isEqualTo(descriptor.eventClass());
        assertThat(provider.signsUrl()).isEqualTo(descriptor.signsUrl());
        assertThat(provider.maxBodyBytes()).isEqualTo(descriptor.defaultMaxBodyBytes());
        assertThat(provider.keyIds()).containsExactly("key-1", "key-2");
        assertThat(factory.eventTypes()).isEqualTo(descriptor.catalogue().all());
        assertThat(descriptor.toString()).doesNotContain(secret());
    }

    @Test
    protected void theFactoryRefusesUnknownOptionsNamingThem() {
        ProviderSettings bad = ProviderSettings.of(Keyring.of(secret())).withOptions(Map.of("no-such-option", "1"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> factory().create(bad))
                .withMessageContaining("no-such-option")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(secret()));
    }

    @Test
    protected void theCatalogueIsTheProvidersAndHoldsAny() {
        EventCatalogue catalogue = factory().descriptor().catalogue();
        assertThat(catalogue.provider()).isEqualTo(factory().id());
        assertThat(catalogue.all()).isNotEmpty().allSatisfy(t -> {
            assertThat(t.provider()).isEqualTo(factory().id());
            assertThat(catalogue.find(t.name())).contains(t);
        });
        assertThat(catalogue.find(EventType.ANY))
                .contains(EventType.any(factory().id()));
        Set<String> names = new LinkedHashSet<>();
        catalogue
                .all()
                .forEach(t -> assertThat(names.add(t.name())).as(t.name()).isTrue());
    }

    @Test
    protected void theProviderFollowsTheTemplate() {
        ArchitectureRules.checkProvider(provider().getClass(), templateExtras());
    }
}
