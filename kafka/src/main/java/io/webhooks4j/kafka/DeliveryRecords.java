package io.webhooks4j.kafka;

import io.webhooks4j.Headers;
import io.webhooks4j.RawBody;
import io.webhooks4j.inbox.NewDelivery;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jspecify.annotations.Nullable;

/**
 * The record format of a stored delivery, version 1: what {@link KafkaDeliverySink} writes and {@link
 * KafkaInboxConsumer} reads, documented so a consumer in another service or language can read it and verify the
 * delivery again.
 *
 * <ul>
 *   <li><b>value</b>: the exact raw body the signature covered, byte for byte (no envelope, no re-encoding);
 *   <li><b>key</b>: the UTF-8 {@link RecordKey record key} (the delivery's resource), so one resource's events stay on
 *       one partition, in order;
 *   <li><b>headers</b>, each value UTF-8: {@value #FORMAT} = {@code "1"}; {@value #PROVIDER}; {@value
 *       #DEDUPLICATION_KEY}; {@value #EVENT_TYPE}; {@value #DELIVERY_ID} (absent when the provider sends none);
 *       {@value #URL} (the public URL it was received at, which URL-signing providers sign); {@value #KEY_ID} (the
 *       id of the key that verified it, never the key); {@value #SIGNED_AT} (ISO-8601, absent when the provider signs
 *       no time); {@value #RECEIVED_AT} (ISO-8601); and every HTTP request header as received less credentials
 *       ({@link NewDelivery#storedHeaders}), one Kafka header per value named {@value #HTTP_PREFIX} plus the header
 *       name as received, in the order received.
 * </ul>
 *
 * <p>A dead letter is the same record (same key, value and headers) with these added: {@value #DEAD_ERROR} (the last
 * error, at most 2,000 characters), {@value #DEAD_ATTEMPTS}, {@value #DEAD_AT}, and where it was read: {@value
 * #DEAD_TOPIC}, {@value #DEAD_PARTITION}, {@value #DEAD_OFFSET}, {@value #DEAD_GROUP}.
 *
 * <p>A reader refuses a record whose {@value #FORMAT} it does not know; later versions may add headers, which
 * readers of version 1 ignore.
 */
public final class DeliveryRecords {
    /** The format version written: {@code "1"}. */
    public static final String VERSION = "1";

    public static final String FORMAT = "webhooks4j.format";
    public static final String PROVIDER = "webhooks4j.provider";
    public static final String DEDUPLICATION_KEY = "webhooks4j.deduplication-key";
    public static final String EVENT_TYPE = "webhooks4j.event-type";
    public static final String DELIVERY_ID = "webhooks4j.delivery-id";
    public static final String URL = "webhooks4j.url";
    public static final String KEY_ID = "webhooks4j.key-id";
    public static final String SIGNED_AT = "webhooks4j.signed-at";
    public static final String RECEIVED_AT = "webhooks4j.received-at";
    /** Prefix of the stored HTTP request headers: {@code http.Stripe-Signature}, {@code http.Content-Type}, ... */
    public static final String HTTP_PREFIX = "http.";

    /** Prefix of the headers a dead letter adds. */
    public static final String DEAD_PREFIX = "webhooks4j.dead.";

    public static final String DEAD_ERROR = "webhooks4j.dead.error";
    public static final String DEAD_ATTEMPTS = "webhooks4j.dead.attempts";
    public static final String DEAD_AT = "webhooks4j.dead.at";
    public static final String DEAD_TOPIC = "webhooks4j.dead.topic";
    public static final String DEAD_PARTITION = "webhooks4j.dead.partition";
    public static final String DEAD_OFFSET = "webhooks4j.dead.offset";
    public static final String DEAD_GROUP = "webhooks4j.dead.group";

    /** Longest last error kept in a dead letter, in characters. */
    public static final int MAX_ERROR_LENGTH = 2_000;

    private DeliveryRecords() {}

    /** The record of {@code delivery} for {@code topic}, keyed by {@code key}. */
    public static ProducerRecord<byte[], byte[]> toRecord(String topic, String key, NewDelivery delivery) {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(key, "key");
        RecordHeaders headers = new RecordHeaders();
        add(headers, FORMAT, VERSION);
        add(headers, PROVIDER, delivery.provider());
        add(headers, DEDUPLICATION_KEY, delivery.deduplicationKey());
        add(headers, EVENT_TYPE, delivery.eventType());
        if (delivery.deliveryId() != null) {
            add(headers, DELIVERY_ID, delivery.deliveryId());
        }
        add(headers, URL, delivery.url());
        add(headers, KEY_ID, delivery.keyId());
        if (delivery.signedAt() != null) {
            add(headers, SIGNED_AT, delivery.signedAt().toString());
        }
        add(headers, RECEIVED_AT, delivery.receivedAt().toString());
        Headers http = NewDelivery.storedHeaders(delivery.headers());
        for (String name : http.names()) {
            for (String value : http.all(name)) {
                add(headers, HTTP_PREFIX + name, value);
            }
        }
        return new ProducerRecord<>(
                topic,
                null,
                key.getBytes(StandardCharsets.UTF_8),
                delivery.body().toByteArray(),
                headers);
    }

    /**
     * The delivery a record of this format holds.
     *
     * @throws IllegalArgumentException when the record is not of a known version of this format (a header is
     *     missing or malformed), with what is wrong; never the body or a header's value
     */
    public static NewDelivery fromRecord(ConsumerRecord<byte[], byte[]> record) {
        org.apache.kafka.common.header.Headers headers = record.headers();
        String format = last(headers, FORMAT);
        if (format == null) {
            throw new IllegalArgumentException("not a webhooks4j delivery record: no " + FORMAT + " header");
        }
        if (!VERSION.equals(format)) {
            throw new IllegalArgumentException("delivery record format " + quoteShort(format)
                    + " is not known to this version of webhooks4j (it reads format " + VERSION + ")");
        }
        Headers.Builder http = Headers.builder();
        for (Header header : headers) {
            if (header.key().startsWith(HTTP_PREFIX) && header.key().length() > HTTP_PREFIX.length()) {
                http.add(header.key().substring(HTTP_PREFIX.length()), utf8(header.value()));
            }
        }
        byte[] value = record.value();
        return new NewDelivery(
                required(headers, PROVIDER),
                required(headers, DEDUPLICATION_KEY),
                required(headers, EVENT_TYPE),
                last(headers, DELIVERY_ID),
                required(headers, URL),
                http.build(),
                value == null ? RawBody.empty() : RawBody.of(value),
                required(headers, KEY_ID),
                instant(headers, SIGNED_AT, false),
                Objects.requireNonNull(instant(headers, RECEIVED_AT, true)));
    }

    /** A copy of {@code headers} without the {@code webhooks4j.dead.*} ones: the record as it was first stored. */
    public static RecordHeaders withoutDeadLetterHeaders(org.apache.kafka.common.header.Headers headers) {
        RecordHeaders copy = new RecordHeaders();
        for (Header header : headers) {
            if (!header.key().startsWith(DEAD_PREFIX)) {
                copy.add(header);
            }
        }
        return copy;
    }

    /** The value of the last header named {@code name}, or {@code null}. */
    public static @Nullable String last(org.apache.kafka.common.header.Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? null : utf8(header.value());
    }

    static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String required(org.apache.kafka.common.header.Headers headers, String name) {
        String value = last(headers, name);
        if (value == null) {
            throw new IllegalArgumentException("delivery record has no " + name + " header");
        }
        return value;
    }

    private static @Nullable Instant instant(
            org.apache.kafka.common.header.Headers headers, String name, boolean required) {
        String value = required ? required(headers, name) : last(headers, name);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("delivery record header " + name + " is not an ISO-8601 instant");
        }
    }

    private static String utf8(byte @Nullable [] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }

    private static String quoteShort(String value) {
        return "'" + (value.length() > 20 ? value.substring(0, 20) + "..." : value) + "'";
    }
}
