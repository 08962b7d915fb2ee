package io.webhooks4j;

import io.webhooks4j.inbox.DeliveryMode;
import io.webhooks4j.inbox.DeliverySink;
import io.webhooks4j.inbox.Inbox;
import io.webhooks4j.inbox.InboxDelivery;
import io.webhooks4j.inbox.InboxOptions;
import io.webhooks4j.inbox.NewDelivery;
import io.webhooks4j.spi.Diagnosis;
import io.webhooks4j.spi.Reception;
import io.webhooks4j.spi.RequestHead;
import io.webhooks4j.spi.Verification;
import io.webhooks4j.spi.WebhookProvider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The whole pipeline: size limit, verify, parse, de-duplicate, route, run handlers, and map the outcome to a
 * status. Build one per application, share it between threads:
 *
 * <pre>{@code
 * Webhooks webhooks = Webhooks.builder()
 *     .provider(StripeProvider.create(System.getenv("STRIPE_WEBHOOK_SECRET")))
 *     .on(StripeEvents.INVOICE_PAID, event -> billing.paid(event.data().object()))
 *     .build();
 * WebhookResponse response = webhooks.handle("stripe", request);
 * }</pre>
 *
 * <p>Status codes: handled, acknowledged (no handler) and duplicate 2xx; in flight elsewhere 503; failed
 * verification 401; authentic but malformed 400; too large 413; not POST 405; unknown provider 404; a
 * handler that threw 500 (the delivery is released so the provider's retry runs it again).
 *
 * <p>With an {@link Builder#inbox(Inbox) inbox}, deliveries are stored durably and answered 2xx once stored
 * (503 when the inbox cannot store them); worker threads run the handlers afterwards, retrying failures with
 * backoff until they succeed or the delivery is dead. Handlers that reply (Twilio's TwiML) always run inline.
 * {@link #close()} stops the workers.
 */
public final class Webhooks implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Webhooks.class.getName());

    /** The default of {@link Builder#maxBodyBytesInFlight(long)}, unless a provider's body limit is larger. */
    public static final long DEFAULT_MAX_BODY_BYTES_IN_FLIGHT = 64L * 1024 * 1024;

    /** The provider name observers see for a delivery to an id that is not registered. */
    public static final String UNKNOWN_PROVIDER = "unknown";

    private final Map<String, WebhookProvider<?>> providers;
    private final Map<String, Map<String, List<Registration>>> routes;
    private final List<Registration> global;
    private final DeliveryLedger ledger;
    private final List<WebhookObserver> observers;
    private final List<Registration> unhandled;
    private final BodyReader.Budget budget;
    private final Clock clock;
    private final RejectionLog rejectionLog = new RejectionLog();
    private final @Nullable Inbox inbox;
    private final @Nullable DeliverySink sink;
    private final InboxOptions inboxOptions;
    private final DeliveryMode defaultMode;
    private final Map<String, DeliveryMode> providerModes;
    private final Map<String, Map<String, DeliveryMode>> typeModes;
    private final Map<String, Set<String>> replyingTypes;
    private final @Nullable InboxWorkers workers;
    private final Map<String, Long> slowHandlerWarnedAt = new ConcurrentHashMap<>();

    /** Runs one handler: every kind of handler is one that may reply ({@code null}: no reply). */
    @FunctionalInterface
    private interface Invoker {
        WebhookReply run(WebhookEvent event, Delivery delivery) throws Exception;
    }

    private record Registration(Invoker handler, String description) {}

    /** How often, at most, the slow inline handler WARN is logged per provider. */
    private static final long SLOW_HANDLER_WARN_INTERVAL_NANOS =
            Duration.ofMinutes(1).toNanos();

    private Webhooks(Builder b) {
        this.providers = Collections.unmodifiableMap(new LinkedHashMap<>(b.providers));
        Map<String, Map<String, List<Registration>>> r = new HashMap<>();
        b.routes.forEach((provider, byName) -> {
            Map<String, List<Registration>> copy = new HashMap<>();
            byName.forEach((name, list) -> copy.put(name, List.copyOf(list)));
            r.put(provider, Collections.unmodifiableMap(copy));
        });
        this.routes = Collections.unmodifiableMap(r);
        this.global = List.copyOf(b.global);
        this.ledger = b.ledger;
        this.observers = List.copyOf(b.observers);
        this.unhandled = List.copyOf(b.unhandled);
        this.budget = new BodyReader.Budget(b.maxBodyBytesInFlight);
        this.clock = b.clock;
        this.inbox = b.inbox;
        this.sink = b.sink;
        this.inboxOptions = b.inboxOptions;
        this.defaultMode = b.defaultMode != null
                ? b.defaultMode
                : (b.inbox != null || b.sink != null ? DeliveryMode.INBOX : DeliveryMode.INLINE);
        this.providerModes = Map.copyOf(b.providerModes);
        Map<String, Map<String, DeliveryMode>> tm = new HashMap<>();
        b.typeModes.forEach((provider, byName) -> tm.put(provider, Map.copyOf(byName)));
        this.typeModes = Map.copyOf(tm);
        Map<String, Set<String>> rt = new HashMap<>();
        b.replyingTypes.forEach((provider, names) -> rt.put(provider, Set.copyOf(names)));
        this.replyingTypes = Map.copyOf(rt);
        this.workers =
                inbox != null && inboxOptions.workers() > 0 ? new InboxWorkers(this, inbox, inboxOptions, clock) : null;
        if (workers != null) {
            workers.start();
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The ids of the registered providers, in registration order. */
    public Set<String> providerIds() {
        return providers.keySet();
    }

    /** The provider registered under {@code id}. */
    public Optional<WebhookProvider<?>> provider(String id) {
        return Optional.ofNullable(providers.get(id));
    }

    /** The body limit of provider {@code id}, for adapters that check Content-Length before reading. */
    public long maxBodyBytes(String providerId) {
        WebhookProvider<?> provider = providers.get(providerId);
        return provider == null ? WebhookProvider.DEFAULT_MAX_BODY_BYTES : provider.maxBodyBytes();
    }

    public DeliveryLedger ledger() {
        return ledger;
    }

    /** The inbox, when inbox mode is configured ({@link Builder#inbox(Inbox)}). */
    public Optional<Inbox> inbox() {
        return Optional.ofNullable(inbox);
    }

    /** The delivery sink, when inbox mode hands deliveries to one ({@link Builder#sink(DeliverySink)}). */
    public Optional<DeliverySink> sink() {
        return Optional.ofNullable(sink);
    }

    /** The inbox settings (workers, leases, retries, retention): the defaults when no inbox is configured. */
    public InboxOptions inboxOptions() {
        return inboxOptions;
    }

    /**
     * Where deliveries of {@code eventType} to {@code providerId} run their handlers: {@link DeliveryMode#INLINE}
     * without an inbox and for event types with a replying handler, else the mode set for the type, the provider,
     * or the default.
     */
    public DeliveryMode mode(String providerId, String eventType) {
        return modeFor(providerId, List.of(eventType));
    }

    private DeliveryMode modeFor(String providerId, List<String> routingKeys) {
        if (inbox == null && sink == null) {
            return DeliveryMode.INLINE;
        }
        Set<String> replying = replyingTypes.getOrDefault(providerId, Set.of());
        if (replying.contains(EventType.ANY)) {
            return DeliveryMode.INLINE;
        }
        for (String key : routingKeys) {
            if (replying.contains(key)) {
                return DeliveryMode.INLINE;
            }
        }
        Map<String, DeliveryMode> byType = typeModes.getOrDefault(providerId, Map.of());
        for (String key : routingKeys) {
            DeliveryMode mode = byType.get(key);
            if (mode != null) {
                return mode;
            }
        }
        return providerModes.getOrDefault(providerId, defaultMode);
    }

    /**
     * Runs, in the calling thread, every inbox delivery due now until none is left, as the workers would: for tests
     * and tools with {@link InboxOptions#workers()} set to 0. The number of deliveries processed (handled, retried
     * later or dead).
     *
     * @throws IllegalStateException when no inbox is configured
     */
    public int processInbox() {
        if (inbox == null) {
            throw new IllegalStateException("No inbox is configured: add one with Webhooks.builder().inbox(...)");
        }
        return InboxWorkers.drain(this, inbox, inboxOptions, clock);
    }

    /**
     * Stops the inbox workers (if any): no new claims, running handlers get {@link InboxOptions#shutdownGrace()}
     * to finish; a claim left behind is taken over by another worker once its lease lapses. Idempotent.
     */
    @Override
    public void close() {
        if (workers != null) {
            workers.close();
        }
    }

    /**
     * Opens a bounded reader for the body of a delivery to {@code providerId}, for adapters: sized from the
     * declared length, limited by the provider's {@link WebhookProvider#maxBodyBytes() body limit}, and counted
     * against this pipeline's budget of body bytes in flight ({@link Builder#maxBodyBytesInFlight(long)}).
     * Close it once the delivery was handled.
     *
     * @param declaredLength the request's {@code Content-Length}, or {@code -1} when it has none
     * @throws WebhookException with {@link Reason#UNKNOWN_PROVIDER}, {@link Reason#BODY_TOO_LARGE} (the declared
     *     length is over the limit) or {@link Reason#RECEIVER_BUSY} (503: too many body bytes in flight)
     */
    BodyReader openBody(String providerId, long declaredLength) {
        WebhookProvider<?> provider = providers.get(providerId);
        if (provider == null) {
            throw new WebhookException(
                    Reason.UNKNOWN_PROVIDER, "No webhook provider '" + providerId + "' is configured");
        }
        return BodyReader.open(provider.id(), provider.maxBodyBytes(), declaredLength, budget);
    }

    /** Body bytes currently held by receptions in progress (for metrics and tests). */
    public long bodyBytesInFlight() {
        return budget.used();
    }

    /** The most body bytes receptions may hold at once. */
    public long maxBodyBytesInFlight() {
        return budget.limit;
    }

    /**
     * Verifies and parses a delivery without de-duplicating it or running handlers: for adapters that pass
     * the typed event on to the user's own code (the servlet filter).
     *
     * @throws WebhookException with the reason (and so the status) of the rejection
     */
    WebhookEvent verify(String providerId, WebhookRequest request) {
        WebhookProvider<?> provider = providers.get(providerId);
        if (provider == null) {
            throw new WebhookException(
                    Reason.UNKNOWN_PROVIDER, "No webhook provider '" + providerId + "' is configured");
        }
        return verifyAndParse(provider, request).event;
    }

    private record Parsed(WebhookEvent event, Verification verification) {}

    private Parsed verifyAndParse(WebhookProvider<?> provider, WebhookRequest request) {
        if (!"POST".equals(request.method())) {
            throw new WebhookException(
                    Reason.METHOD_NOT_ALLOWED, "Webhooks are delivered with POST, not " + request.method());
        }
        if (request.body().length() > provider.maxBodyBytes()) {
            throw new WebhookException(
                    Reason.BODY_TOO_LARGE,
                    "Body of " + request.body().length() + " bytes is larger than the limit of "
                            + provider.maxBodyBytes() + " bytes for " + provider.id());
        }
        Verification verification = provider.verify(request);
        if (verification == null) {
            throw new IllegalStateException(
                    provider.id() + " verifier returned null instead of a verification or an exception");
        }
        WebhookEvent event = provider.parse(request, verification);
        if (event == null) {
            throw new IllegalStateException(provider.id() + " parser returned null");
        }
        return new Parsed(event, verification);
    }

    /**
     * Runs the whole pipeline for one delivery to provider {@code providerId} and says what to answer. Never
     * throws for anything a sender can send. For a request whose body is still to be read, adapters use {@link
     * #receive(String, RequestHead)} instead: it bounds the read.
     */
    public WebhookResponse handle(String providerId, WebhookRequest request) {
        Objects.requireNonNull(request, "request");
        long start = System.nanoTime();
        notifyReceived(nameOf(providerId), request);
        return process(providerId, request, start);
    }

    /**
     * Starts receiving a delivery whose body is still to be read: the one door for adapters (see {@link
     * Reception}). An answer due before the body is read (404 unknown provider, 405 not POST, 413 by {@code
     * Content-Length}, 503 when the budget of bytes in flight is full) is in the reception at once.
     */
    public Reception receive(String providerId, RequestHead head) {
        Objects.requireNonNull(head, "head");
        long start = System.nanoTime();
        WebhookProvider<?> provider = providers.get(providerId);
        String providerName = nameOf(providerId);
        notifyReceived(providerName, DeliveryReception.withBody(head, RawBody.empty()));
        WebhookException refusal = null;
        BodyReader reader = null;
        if (provider == null) {
            refusal = new WebhookException(
                    Reason.UNKNOWN_PROVIDER, "No webhook provider '" + providerId + "' is configured");
        } else if (!"POST".equals(head.method())) {
            refusal = new WebhookException(
                    Reason.METHOD_NOT_ALLOWED, "Webhooks are delivered with POST, not " + head.method());
        } else {
            try {
                reader = BodyReader.open(provider.id(), provider.maxBodyBytes(), head.contentLength(), budget);
            } catch (WebhookException e) {
                refusal = e;
            }
        }
        return new DeliveryReception(
                this, providerId, head, reader, refusal == null ? null : reject(providerName, refusal, start));
    }

    /**
     * Receives a delivery in one call, reading its body from {@code body} (blocking): for adapters without
     * non-blocking IO (AWS Lambda, a test, a simple HTTP server). Never throws for anything a sender can send; a
     * failing stream is answered 400 {@code unreadable_body}.
     */
    public WebhookResponse receive(String providerId, RequestHead head, InputStream body) {
        Objects.requireNonNull(body, "body");
        try (Reception reception = receive(providerId, head)) {
            try {
                while (reception.readFrom(body) >= 0) {
                    // until the body is complete or the pipeline has its answer
                }
            } catch (IOException e) {
                return reception.failed(e);
            }
            return reception.finish();
        }
    }

    private String nameOf(String providerId) {
        // an unknown id comes from the URL: observers see "unknown", so metric labels stay bounded
        return providers.containsKey(providerId) ? providerId : UNKNOWN_PROVIDER;
    }

    private void notifyReceived(String providerName, WebhookRequest request) {
        for (WebhookObserver observer : observers) {
            try {
                observer.onReceived(providerName, request);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Webhook observer " + observer + " threw; ignored", e);
            }
        }
    }

    WebhookResponse rejectReceived(String providerId, WebhookException e, long start) {
        return reject(nameOf(providerId), e, start);
    }

    WebhookEvent verifyReceived(String providerId, WebhookRequest request) {
        return verify(providerId, request);
    }

    WebhookResponse defectReceived(String providerId, RuntimeException e, long start) {
        return defect(nameOf(providerId), null, e, start);
    }

    /** The pipeline after the body is read: verify, parse, de-duplicate, route, handle. */
    WebhookResponse process(String providerId, WebhookRequest request, long start) {
        WebhookProvider<?> provider = providers.get(providerId);
        String providerName = nameOf(providerId);
        if (provider == null) {
            return reject(
                    providerName,
                    new WebhookException(
                            Reason.UNKNOWN_PROVIDER, "No webhook provider '" + providerId + "' is configured"),
                    start);
        }
        Parsed parsed;
        try {
            parsed = verifyAndParse(provider, request);
        } catch (WebhookException e) {
            return reject(providerName, e, start);
        } catch (RuntimeException e) {
            return defect(providerName, request, e, start);
        }
        return dispatch(provider, parsed, request, start);
    }

    /** A defect in a provider's verifier, parser or key: answer 500 so the provider retries; nothing is lost. */
    private WebhookResponse defect(String providerName, WebhookRequest request, RuntimeException e, long start) {
        LOG.log(
                Level.ERROR,
                "Webhook provider " + providerName + " failed" + (request == null ? "" : " on " + request),
                e);
        WebhookResponse response = WebhookResponse.defect();
        notify(new DeliveryOutcome(
                providerName, DeliveryOutcome.Kind.FAILED, 500, null, null, null, null, e, elapsed(start)));
        return response;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private WebhookResponse dispatch(WebhookProvider provider, Parsed parsed, WebhookRequest request, long start) {
        WebhookEvent event = parsed.event;
        String keyId = parsed.verification.keyId();
        String providerName = provider.id();
        DeliveryMode mode = inbox == null && sink == null
                ? DeliveryMode.INLINE
                : modeFor(providerName, provider.routingKeys(event));
        if (mode == DeliveryMode.INBOX) {
            return store(provider, parsed, request, start);
        }
        String key;
        try {
            key = ledger == null ? null : provider.deduplicationKey(event, request, parsed.verification);
        } catch (WebhookException e) {
            return reject(providerName, e, start);
        } catch (RuntimeException e) {
            return defect(providerName, request, e, start);
        }
        DeliveryLedger.Claim claim = null;
        if (key != null) {
            try {
                claim = ledger.claim(providerName, key);
            } catch (WebhookException e) {
                return reject(providerName, e, start);
            } catch (RuntimeException e) {
                return reject(
                        providerName,
                        new WebhookException(Reason.LEDGER_UNAVAILABLE, "The delivery ledger is unavailable", e),
                        start);
            }
            if (claim.status() == DeliveryLedger.Claim.Status.DONE) {
                WebhookResponse response =
                        WebhookResponse.reply(provider.acknowledge(event), DeliveryOutcome.Kind.DUPLICATE);
                notify(outcome(
                        providerName, DeliveryOutcome.Kind.DUPLICATE, response.status(), event, keyId, null, start));
                return response;
            }
            if (claim.status() == DeliveryLedger.Claim.Status.IN_FLIGHT) {
                WebhookResponse response = WebhookResponse.inFlight();
                notify(outcome(
                        providerName, DeliveryOutcome.Kind.IN_FLIGHT, response.status(), event, keyId, null, start));
                return response;
            }
        }
        List<Registration> matched = handlersFor(provider, event);
        Delivery delivery = new Delivery(
                providerName,
                event.type(),
                event.deliveryId(),
                key,
                keyId,
                request.url(),
                request.headers(),
                clock.instant().minusNanos(System.nanoTime() - start),
                1);
        WebhookReply reply = null;
        long handlersStart = System.nanoTime();
        try {
            for (Registration registration : matched) {
                WebhookReply r = registration.handler.run(event, delivery);
                if (reply == null) {
                    reply = r;
                }
            }
        } catch (Throwable t) {
            if (claim != null) {
                try {
                    ledger.release(claim);
                } catch (RuntimeException releaseFailure) {
                    t.addSuppressed(releaseFailure);
                }
            }
            if (t instanceof VirtualMachineError vme && !(t instanceof StackOverflowError)) {
                throw vme;
            }
            LOG.log(
                    Level.WARNING,
                    "Handler for " + providerName + " " + event.type() + " (delivery " + event.deliveryId()
                            + ") failed; answering 500 so the provider retries",
                    t);
            WebhookResponse response = WebhookResponse.failed();
            notify(outcome(providerName, DeliveryOutcome.Kind.FAILED, response.status(), event, keyId, t, start));
            return response;
        } finally {
            warnIfSlow(provider, event, System.nanoTime() - handlersStart);
        }
        if (claim != null) {
            try {
                ledger.complete(claim);
            } catch (RuntimeException e) {
                // The handlers succeeded: answer success. The claim's lease will lapse, so a later retry
                // would run again; say so loudly.
                LOG.log(
                        Level.WARNING,
                        "Could not mark " + providerName + " delivery " + event.deliveryId() + " done in the ledger;"
                                + " answering success (the handlers ran), but a retry may run them again",
                        e);
            }
        }
        DeliveryOutcome.Kind kind =
                matched.isEmpty() ? DeliveryOutcome.Kind.ACKNOWLEDGED : DeliveryOutcome.Kind.HANDLED;
        WebhookReply answer = reply != null ? reply : provider.acknowledge(event);
        WebhookResponse response = WebhookResponse.reply(answer, kind);
        notify(outcome(providerName, kind, response.status(), event, keyId, null, start));
        return response;
    }

    private List<Registration> handlersFor(WebhookProvider<?> provider, WebhookEvent event) {
        List<Registration> typed = match(provider, event);
        List<Registration> matched = new ArrayList<>(typed.size() + global.size() + unhandled.size());
        matched.addAll(typed);
        if (typed.isEmpty()) {
            matched.addAll(unhandled);
        }
        matched.addAll(global);
        return matched;
    }

    /** Inline handlers that take more than half of the provider's response budget: say so, once a minute. */
    private void warnIfSlow(WebhookProvider<?> provider, WebhookEvent event, long elapsedNanos) {
        Duration budget = provider.responseBudget();
        if (elapsedNanos <= budget.toNanos() / 2) {
            return;
        }
        long now = System.nanoTime();
        Long last = slowHandlerWarnedAt.get(provider.id());
        if (last != null && now - last < SLOW_HANDLER_WARN_INTERVAL_NANOS) {
            return;
        }
        slowHandlerWarnedAt.put(provider.id(), now);
        LOG.log(
                Level.WARNING,
                "The handlers of a " + provider.id() + " " + event.type() + " delivery took "
                        + Duration.ofNanos(elapsedNanos).toMillis() + " ms inline, more than half of the "
                        + budget.toSeconds() + " s " + provider.id() + " waits for an answer: past it the delivery"
                        + " counts as failed. Inbox mode answers once the delivery"
                        + " is stored and runs the handlers afterwards (Webhooks.builder().inbox(...), or"
                        + " webhooks.inbox.mode=inbox in Spring). At most one such warning a minute per provider.");
    }

    /** Inbox mode at the door: store (atomically de-duplicated), then acknowledge; 503 when it cannot be stored. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private WebhookResponse store(WebhookProvider provider, Parsed parsed, WebhookRequest request, long start) {
        WebhookEvent event = parsed.event;
        String providerName = provider.id();
        String keyId = parsed.verification.keyId();
        String key;
        try {
            key = provider.deduplicationKey(event, request, parsed.verification);
        } catch (WebhookException e) {
            return reject(providerName, e, start);
        } catch (RuntimeException e) {
            return defect(providerName, request, e, start);
        }
        if (key == null) {
            // the provider has no key from signed content: every delivery is stored (never one dropped as a repeat)
            key = "unkeyed:" + UUID.randomUUID();
        }
        NewDelivery delivery;
        try {
            delivery = new NewDelivery(
                    providerName,
                    key,
                    event.type(),
                    event.deliveryId(),
                    request.url(),
                    NewDelivery.storedHeaders(request.headers()),
                    request.body(),
                    keyId,
                    parsed.verification.signedAt(),
                    clock.instant().minusNanos(System.nanoTime() - start));
        } catch (IllegalArgumentException e) {
            // an authentic delivery naming an event type longer than any inbox holds: the sender's value, a 400
            return reject(
                    providerName,
                    new WebhookException(Reason.MALFORMED_BODY, "The delivery cannot be stored: " + e.getMessage()),
                    start);
        }
        Inbox.StoreResult stored;
        try {
            if (inbox != null) {
                stored = inbox.store(delivery);
            } else {
                Duration left = provider.responseBudget().minusNanos(System.nanoTime() - start);
                stored = Objects.requireNonNull(sink, "sink").store(delivery, left.isNegative() ? Duration.ZERO : left);
            }
        } catch (RuntimeException e) {
            return reject(
                    providerName,
                    new WebhookException(
                            Reason.INBOX_UNAVAILABLE,
                            "The inbox could not store the delivery, so it is not acknowledged; retry later",
                            e),
                    start);
        }
        if (!stored.duplicate() && workers != null) {
            workers.wake();
        }
        DeliveryOutcome.Kind kind = stored.duplicate() ? DeliveryOutcome.Kind.DUPLICATE : DeliveryOutcome.Kind.STORED;
        WebhookResponse response = WebhookResponse.reply(provider.acknowledge(event), kind);
        notify(outcome(providerName, kind, response.status(), event, keyId, null, start));
        return response;
    }

    /**
     * An inbox worker's attempt at a stored delivery: parse the stored bytes again (they were verified when
     * received), run the handlers. Returns normally when they all succeeded; throws what failed.
     */
    void runStored(InboxDelivery stored) throws Exception {
        runStored(
                new NewDelivery(
                        stored.provider(),
                        stored.deduplicationKey(),
                        stored.eventType(),
                        stored.deliveryId(),
                        stored.url(),
                        stored.headers(),
                        stored.body(),
                        stored.keyId(),
                        stored.signedAt(),
                        stored.receivedAt()),
                stored.attempts());
    }

    /**
     * Runs the handlers for a delivery that a {@link DeliverySink} stored: parses the stored bytes again and runs
     * every handler that matches, in the calling thread, as an inbox worker would. Returns normally when they all
     * succeeded (or none matched); throws what failed, the first failure ending the attempt. It does not
     * de-duplicate: the caller (a topic's consumer) claims {@link NewDelivery#deduplicationKey()} in a {@link
     * DeliveryLedger} first.
     *
     * <p>The bytes are not verified again: they were when received. Pass only deliveries read from a store only
     * receivers write to (the sink's topic, with the broker's access control); a consumer in another trust domain
     * verifies the stored request with the provider first ({@code provider.verify}).
     *
     * @param attempt the attempt number, 1 for the first ({@link Delivery#attempt()})
     * @throws IllegalStateException when the delivery's provider is not registered here
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void runStored(NewDelivery stored, int attempt) throws Exception {
        Objects.requireNonNull(stored, "stored");
        long start = System.nanoTime();
        WebhookProvider provider = providers.get(stored.provider());
        if (provider == null) {
            throw new IllegalStateException("Provider '" + stored.provider() + "' is not registered here"
                    + " (registered: " + providers.keySet() + "): the delivery waits for a receiver that has it");
        }
        WebhookRequest request = WebhookRequest.post(stored.url(), stored.headers(), stored.body());
        WebhookEvent event = provider.parse(request, new Verification(stored.keyId(), stored.signedAt()));
        if (event == null) {
            throw new IllegalStateException(provider.id() + " parser returned null");
        }
        List<Registration> matched = handlersFor(provider, event);
        Delivery delivery = new Delivery(
                provider.id(),
                event.type(),
                event.deliveryId(),
                stored.deduplicationKey(),
                stored.keyId(),
                stored.url(),
                stored.headers(),
                stored.receivedAt(),
                Math.max(1, attempt));
        for (Registration registration : matched) {
            registration.handler.run(event, delivery);
        }
        DeliveryOutcome.Kind kind =
                matched.isEmpty() ? DeliveryOutcome.Kind.ACKNOWLEDGED : DeliveryOutcome.Kind.HANDLED;
        notify(outcome(provider.id(), kind, 0, event, stored.keyId(), null, start));
    }

    /**
     * Tells the observers that an attempt at a stored delivery failed ({@link DeliveryOutcome.Kind#RETRYING}, or
     * {@link DeliveryOutcome.Kind#DEAD} when no attempt is left): for consumers of a {@link DeliverySink}'s store,
     * which keep their own retry count.
     */
    public void reportStoredFailure(NewDelivery stored, boolean dead, Throwable error) {
        notify(new DeliveryOutcome(
                stored.provider(),
                dead ? DeliveryOutcome.Kind.DEAD : DeliveryOutcome.Kind.RETRYING,
                0,
                stored.eventType(),
                stored.deliveryId(),
                stored.keyId(),
                null,
                Objects.requireNonNull(error, "error"),
                Duration.ZERO));
    }

    /** Tells the observers what became of a stored delivery after a failed attempt (retrying or dead). */
    void notifyStoredResult(InboxDelivery stored, DeliveryOutcome.Kind kind, Throwable error) {
        notify(new DeliveryOutcome(
                stored.provider(),
                kind,
                0,
                stored.eventType(),
                stored.deliveryId(),
                stored.keyId(),
                null,
                error,
                Duration.ZERO));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<Registration> match(WebhookProvider provider, WebhookEvent event) {
        Map<String, List<Registration>> byName = routes.getOrDefault(provider.id(), Map.of());
        List<String> keys = provider.routingKeys(event);
        List<Registration> matched = new ArrayList<>(2);
        for (String key : keys) {
            if (!EventType.ANY.equals(key)) { // a sender's type "*" must not run the catch-alls twice
                matched.addAll(byName.getOrDefault(key, List.of()));
            }
        }
        matched.addAll(byName.getOrDefault(EventType.ANY, List.of()));
        return matched;
    }

    /**
     * The response for a delivery an adapter rejected itself (body over the limit by Content-Length, unreadable
     * body, a filter's failed verification), reported to the observers like any other rejection.
     *
     * @param providerId the provider the delivery was for (reported as {@link #UNKNOWN_PROVIDER} when it is not
     *     registered)
     */
    WebhookResponse reject(String providerId, WebhookException e) {
        return reject(providers.containsKey(providerId) ? providerId : UNKNOWN_PROVIDER, e, System.nanoTime());
    }

    private WebhookResponse reject(String provider, WebhookException e, long start) {
        WebhookProvider<?> registered = providers.get(provider);
        rejectionLog.warn(provider, e.reason(), registered == null ? List.of() : registered.keyIds());
        if (LOG.isLoggable(Level.DEBUG)) {
            // Only now is a (lazy) diagnosis built: a forged delivery costs one HMAC unless DEBUG is on.
            Diagnosis diagnosis = e instanceof WebhookVerificationException ve ? ve.diagnosis() : Diagnosis.none();
            LOG.log(
                    Level.DEBUG,
                    "Rejected " + provider + " delivery: " + e.reason().code() + ": " + e.getMessage()
                            + (diagnosis.isEmpty() ? "" : "\n" + diagnosis.explain()));
        }
        WebhookResponse response = WebhookResponse.rejection(e.reason(), e.getMessage());
        notify(new DeliveryOutcome(
                provider,
                DeliveryOutcome.Kind.REJECTED,
                response.status(),
                null,
                null,
                null,
                e.reason(),
                e,
                elapsed(start)));
        return response;
    }

    private static DeliveryOutcome outcome(
            String provider,
            DeliveryOutcome.Kind kind,
            int status,
            WebhookEvent event,
            String keyId,
            Throwable error,
            long start) {
        return new DeliveryOutcome(
                provider, kind, status, event.type(), event.deliveryId(), keyId, null, error, elapsed(start));
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private void notify(DeliveryOutcome outcome) {
        for (WebhookObserver observer : observers) {
            try {
                observer.onOutcome(outcome);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Webhook observer " + observer + " threw; ignored", e);
            }
        }
    }

    @Override
    public String toString() {
        return "Webhooks" + providers.keySet();
    }

    /** Builds {@link Webhooks}; validates in {@link #build()}. */
    public static final class Builder {
        private final Map<String, WebhookProvider<?>> providers = new LinkedHashMap<>();
        private final Map<String, Map<String, List<Registration>>> routes = new LinkedHashMap<>();
        private final List<EventType<?>> registeredTypes = new ArrayList<>();
        private final List<Registration> global = new ArrayList<>();
        private DeliveryLedger ledger;
        private boolean ledgerSet;
        private final List<WebhookObserver> observers = new ArrayList<>();
        private final List<Registration> unhandled = new ArrayList<>();
        private long maxBodyBytesInFlight = -1;
        private Clock clock = Clock.systemUTC();
        private @Nullable Inbox inbox;
        private @Nullable DeliverySink sink;
        private InboxOptions inboxOptions = InboxOptions.DEFAULT;
        private @Nullable DeliveryMode defaultMode;
        private final Map<String, DeliveryMode> providerModes = new LinkedHashMap<>();
        private final Map<String, Map<String, DeliveryMode>> typeModes = new LinkedHashMap<>();
        private final Map<String, Set<String>> replyingTypes = new LinkedHashMap<>();

        private Builder() {}

        /** Registers a provider (with its secrets and settings). */
        public Builder provider(WebhookProvider<?> provider) {
            Objects.requireNonNull(provider, "provider");
            if (providers.putIfAbsent(provider.id(), provider) != null) {
                throw new IllegalArgumentException("Provider '" + provider.id() + "' is registered twice");
            }
            return this;
        }

        /** Runs {@code handler} for every event of {@code type}. Several handlers run in registration order. */
        public <E extends WebhookEvent> Builder on(EventType<E> type, WebhookHandler<? super E> handler) {
            Objects.requireNonNull(handler, "handler");
            return register(type, (event, delivery) -> {
                handler.handle(cast(event));
                return null;
            });
        }

        /**
         * Runs {@code handler} for every event of {@code type}, with the delivery's metadata (the key id that
         * verified it, the provider's delivery id, the headers as received). A name of its own rather than an
         * overload of {@code on}, so method references such as {@code list::add} stay unambiguous.
         */
        public <E extends WebhookEvent> Builder onDelivery(EventType<E> type, DeliveryHandler<? super E> handler) {
            Objects.requireNonNull(handler, "handler");
            return register(type, (event, delivery) -> {
                handler.handle(cast(event), delivery);
                return null;
            });
        }

        /** Runs {@code handler} for events of {@code type} and sends back its reply (Twilio's TwiML). */
        public <E extends WebhookEvent> Builder onReply(EventType<E> type, ReplyingHandler<? super E> handler) {
            Objects.requireNonNull(handler, "handler");
            replyingTypes.computeIfAbsent(type.provider(), p -> new HashSet<>()).add(type.name());
            return register(type, (event, delivery) -> handler.handle(cast(event)));
        }

        /** Runs {@code handler} for every event of every provider, after the typed handlers. */
        public Builder onAny(WebhookHandler<? super WebhookEvent> handler) {
            Objects.requireNonNull(handler, "handler");
            global.add(new Registration(
                    (event, delivery) -> {
                        handler.handle(event);
                        return null;
                    },
                    "*:*"));
            return this;
        }

        /**
         * Runs {@code handler} for an event no typed handler ({@link #on}, {@link #onReply}, a provider's {@code
         * ANY} type) matched: a fallback for event types the application does not know yet, without a lookup of
         * its own. {@link #onAny} handlers do not count as typed.
         */
        public Builder onUnhandled(DeliveryHandler<? super WebhookEvent> handler) {
            Objects.requireNonNull(handler, "handler");
            unhandled.add(new Registration(
                    (event, delivery) -> {
                        handler.handle(event, delivery);
                        return null;
                    },
                    "unhandled"));
            return this;
        }

        @SuppressWarnings("unchecked")
        private static <E> E cast(WebhookEvent event) {
            // Routes are keyed by provider and type name, so only events of the registered type reach here.
            return (E) event;
        }

        private Builder register(EventType<?> type, Invoker handler) {
            Objects.requireNonNull(type, "type");
            routes.computeIfAbsent(type.provider(), p -> new LinkedHashMap<>())
                    .computeIfAbsent(type.name(), n -> new ArrayList<>())
                    .add(new Registration(handler, type.toString()));
            registeredTypes.add(type);
            return this;
        }

        /**
         * The most body bytes held at once by deliveries being read or handled, across all requests; past it a
         * delivery is answered 503 with {@code Retry-After} before its body is read. Default: 64 MiB or the
         * largest provider body limit, whichever is larger. Must be at least every provider's body limit.
         */
        public Builder maxBodyBytesInFlight(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("maxBodyBytesInFlight must be positive, was " + bytes);
            }
            this.maxBodyBytesInFlight = bytes;
            return this;
        }

        /** The clock for {@link Delivery#receivedAt()}; the system UTC clock by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The idempotency ledger; in memory by default. {@code null} turns de-duplication off. */
        public Builder ledger(DeliveryLedger ledger) {
            this.ledger = ledger;
            this.ledgerSet = true;
            return this;
        }

        /**
         * Turns inbox mode on: deliveries are stored in {@code inbox} and answered 2xx once stored; workers (see
         * {@link #inboxOptions(InboxOptions)}) run the handlers afterwards. Every provider and event type uses it
         * unless {@link #mode(String, DeliveryMode)} or {@link #mode(EventType, DeliveryMode)} says otherwise, or
         * {@link #defaultMode(DeliveryMode)} makes inline the default; event types with a replying handler ({@link
         * #onReply}) always run inline. In inbox mode the inbox de-duplicates (it stores one delivery per
         * de-duplication key); the {@link #ledger(DeliveryLedger) ledger} serves inline deliveries only.
         */
        public Builder inbox(Inbox inbox) {
            this.inbox = Objects.requireNonNull(inbox, "inbox");
            return this;
        }

        /**
         * Turns inbox mode on with a {@link DeliverySink} (a broker's topic, {@code webhooks4j-kafka}) instead of an
         * {@link Inbox}: deliveries are handed to it and answered 2xx once it has them, within the provider's
         * response budget (else 503); the sink's consumer runs the handlers ({@link Webhooks#runStored}), not this
         * {@code Webhooks}. Modes work as with {@link #inbox(Inbox)}; an application has one or the other.
         */
        public Builder sink(DeliverySink sink) {
            this.sink = Objects.requireNonNull(sink, "sink");
            return this;
        }

        /** Workers, leases, retries and retention of the inbox; {@link InboxOptions#DEFAULT} unless set. */
        public Builder inboxOptions(InboxOptions options) {
            this.inboxOptions = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * The mode of every provider and event type without one of its own: {@link DeliveryMode#INBOX} when an inbox
         * is configured, else {@link DeliveryMode#INLINE}.
         */
        public Builder defaultMode(DeliveryMode mode) {
            this.defaultMode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /** The mode of every event type of provider {@code providerId} without one of its own. */
        public Builder mode(String providerId, DeliveryMode mode) {
            providerModes.put(Objects.requireNonNull(providerId, "providerId"), Objects.requireNonNull(mode, "mode"));
            return this;
        }

        /**
         * The mode of events of {@code type} (for a catalogue's event-level key, such as GitHub's {@code
         * pull_request}, every action of it without a mode of its own).
         */
        public Builder mode(EventType<?> type, DeliveryMode mode) {
            Objects.requireNonNull(type, "type");
            typeModes
                    .computeIfAbsent(type.provider(), p -> new LinkedHashMap<>())
                    .put(type.name(), Objects.requireNonNull(mode, "mode"));
            return this;
        }

        /** Adds an observer (metrics, logs). */
        public Builder observer(WebhookObserver observer) {
            observers.add(Objects.requireNonNull(observer, "observer"));
            return this;
        }

        private void validateModes() {
            boolean anyInbox = defaultMode == DeliveryMode.INBOX
                    || providerModes.containsValue(DeliveryMode.INBOX)
                    || typeModes.values().stream().anyMatch(m -> m.containsValue(DeliveryMode.INBOX));
            if (inbox != null && sink != null) {
                throw new IllegalStateException("Both an inbox and a delivery sink are configured: inbox mode uses"
                        + " one of them (inbox(...) for a database, sink(...) for a broker)");
            }
            if (inbox == null && sink == null && anyInbox) {
                throw new IllegalStateException(
                        "Inbox mode is asked for but no inbox is configured: add one with inbox(...)"
                                + " (JdbcInbox, or InMemoryInbox for tests) or sink(...) (KafkaDeliverySink)");
            }
            for (String providerId : providerModes.keySet()) {
                if (!providers.containsKey(providerId)) {
                    throw new IllegalStateException("A mode is set for provider '" + providerId
                            + "', which is not registered (registered: " + providers.keySet() + ")");
                }
            }
            typeModes.forEach((providerId, byName) -> {
                if (!providers.containsKey(providerId)) {
                    throw new IllegalStateException("A mode is set for an event type of provider '" + providerId
                            + "', which is not registered (registered: " + providers.keySet() + ")");
                }
                Set<String> replying = replyingTypes.getOrDefault(providerId, Set.of());
                byName.forEach((name, mode) -> {
                    if (mode == DeliveryMode.INBOX && (replying.contains(name) || replying.contains(EventType.ANY))) {
                        throw new IllegalStateException("Event type " + providerId + ":" + name + " has a handler"
                                + " that replies (onReply), which must run inline: its reply is the HTTP answer");
                    }
                });
            });
        }

        /**
         * Builds the pipeline, and starts the inbox workers when an inbox is configured ({@link Webhooks#close()}
         * stops them).
         *
         * @throws IllegalStateException when no provider is registered, when a handler names a provider that
         *     is not registered, or when a provider's own checks fail (Shopify's compliance topics)
         */
        public Webhooks build() {
            if (providers.isEmpty()) {
                throw new IllegalStateException("No webhook provider registered: add at least one with provider(...)");
            }
            for (EventType<?> type : registeredTypes) {
                if (!providers.containsKey(type.provider())) {
                    throw new IllegalStateException(
                            "A handler is registered for " + type + " but provider '" + type.provider()
                                    + "' is not: add it with provider(...) (registered: " + providers.keySet() + ")");
                }
            }
            for (WebhookProvider<?> provider : providers.values()) {
                Set<String> names = new HashSet<>(
                        routes.getOrDefault(provider.id(), Map.of()).keySet());
                if (!global.isEmpty()) {
                    names.add(EventType.ANY);
                }
                provider.validateHandlers(Collections.unmodifiableSet(names));
            }
            validateModes();
            if (!ledgerSet) {
                ledger = InMemoryDeliveryLedger.create();
            }
            long largest = providers.values().stream()
                    .mapToLong(WebhookProvider::maxBodyBytes)
                    .max()
                    .orElse(0);
            if (maxBodyBytesInFlight < 0) {
                maxBodyBytesInFlight = Math.max(DEFAULT_MAX_BODY_BYTES_IN_FLIGHT, largest);
            } else if (maxBodyBytesInFlight < largest) {
                throw new IllegalStateException("maxBodyBytesInFlight (" + maxBodyBytesInFlight + ") is smaller than"
                        + " the largest provider body limit (" + largest + "): such a delivery could never be read");
            }
            return new Webhooks(this);
        }
    }
}
