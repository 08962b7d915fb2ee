package io.webhooks4j.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.webhooks4j.Headers;
import io.webhooks4j.RawBody;
import io.webhooks4j.inbox.NewDelivery;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

/** Record format 1: what is written, that it reads back exactly, and what a reader refuses. */
class DeliveryRecordsTest {
    static final byte[] BODY = "{\"name\":\"Zoë 🎉\",\"n\":1}".getBytes(StandardCharsets.UTF_8);

    static NewDelivery delivery(Instant signedAt, String deliveryId) {
        Headers headers = Headers.builder()
                .add("Content-Type", "application/json; charset=utf-8")
                .add("Stripe-Signature", "t=1,v1=ab")
                .add("X-Multi", "first")
                .add("X-Multi", "second")
                .add("Authorization", "Bearer secret-token")
                .add("Cookie", "session=1")
                .build();
        return new NewDelivery(
                "stripe",
                "evt_1",
                "invoice.paid",
                deliveryId,
                "https://example.com/webhooks/stripe?x=1",
                headers,
                RawBody.of(BODY),
                "k-1",
                signedAt,
                Instant.parse("2026-12-02T10:15:30.123456789Z"));
    }

    static ConsumerRecord<byte[], byte[]> consumed(ProducerRecord<byte[], byte[]> produced) {
        RecordHeaders headers = new RecordHeaders();
        produced.headers().forEach(headers::add);
        return new ConsumerRecord<>(
                produced.topic(),
                0,
                42L,
                0L,
                TimestampType.CREATE_TIME,
                0,
                0,
                produced.key(),
                produced.value(),
                headers,
                java.util.Optional.empty());
    }

    @Test
    void writesTheExactBodyAsValueTheMetadataAsHeadersAndNoCredentials() {
        ProducerRecord<byte[], byte[]> record = DeliveryRecords.toRecord(
                "webhooks", "stripe:in_1", delivery(Instant.parse("2026-12-02T10:15:00Z"), "evt_1"));

        assertThat(record.topic()).isEqualTo("webhooks");
        assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("stripe:in_1");
        assertThat(record.value()).isEqualTo(BODY);
        List<String> names = new ArrayList<>();
        for (Header header : record.headers()) {
            names.add(header.key() + "=" + new String(header.value(), StandardCharsets.UTF_8));
        }
        assertThat(names)
                .containsExactly(
                        "webhooks4j.format=1",
                        "webhooks4j.provider=stripe",
                        "webhooks4j.deduplication-key=evt_1",
                        "webhooks4j.event-type=invoice.paid",
                        "webhooks4j.delivery-id=evt_1",
                        "webhooks4j.url=https://example.com/webhooks/stripe?x=1",
                        "webhooks4j.key-id=k-1",
                        "webhooks4j.signed-at=2026-12-02T10:15:00Z",
                        "webhooks4j.received-at=2026-12-02T10:15:30.123456789Z",
                        "http.Content-Type=application/json; charset=utf-8",
                        "http.Stripe-Signature=t=1,v1=ab",
                        "http.X-Multi=first",
                        "http.X-Multi=second");
    }

    @Test
    void readsBackWhatItWrote() {
        NewDelivery original = delivery(Instant.parse("2026-12-02T10:15:00Z"), "evt_1");

        NewDelivery read = DeliveryRecords.fromRecord(consumed(DeliveryRecords.toRecord("t", "k", original)));

        assertThat(read.body()).isEqualTo(original.body());
        assertThat(read.headers()).isEqualTo(NewDelivery.storedHeaders(original.headers()));
        assertThat(read.headers().all("X-Multi")).containsExactly("first", "second");
        assertThat(read).usingRecursiveComparison().ignoringFields("headers").isEqualTo(original);
    }

    @Test
    void optionalMembersMayBeAbsent() {
        NewDelivery original = delivery(null, null);

        NewDelivery read = DeliveryRecords.fromRecord(consumed(DeliveryRecords.toRecord("t", "k", original)));

        assertThat(read.signedAt()).isNull();
        assertThat(read.deliveryId()).isNull();
    }

    @Test
    void refusesAnotherVersionOrAMissingHeaderWithoutEchoingValues() {
        ProducerRecord<byte[], byte[]> record = DeliveryRecords.toRecord("t", "k", delivery(null, "evt_1"));
        ConsumerRecord<byte[], byte[]> v2 = consumed(record);
        v2.headers().add(DeliveryRecords.FORMAT, "2".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> DeliveryRecords.fromRecord(v2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("format '2' is not known");

        ConsumerRecord<byte[], byte[]> noProvider = consumed(record);
        noProvider.headers().remove(DeliveryRecords.PROVIDER);
        assertThatThrownBy(() -> DeliveryRecords.fromRecord(noProvider))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("delivery record has no webhooks4j.provider header");

        ConsumerRecord<byte[], byte[]> badTime = consumed(record);
        badTime.headers().add(DeliveryRecords.RECEIVED_AT, "yesterday".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> DeliveryRecords.fromRecord(badTime))
                .hasMessage("delivery record header webhooks4j.received-at is not an ISO-8601 instant");

        ConsumerRecord<byte[], byte[]> foreign = consumed(new ProducerRecord<>("t", new byte[0], new byte[0]));
        assertThatThrownBy(() -> DeliveryRecords.fromRecord(foreign))
                .hasMessageContaining("not a webhooks4j delivery record");
    }
}
