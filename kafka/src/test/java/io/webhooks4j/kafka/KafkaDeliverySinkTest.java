package io.webhooks4j.kafka;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The settings a sink refuses: anything that would let a 2xx stand for a delivery the broker may lose. */
class KafkaDeliverySinkTest {
    @Test
    void refusesWeakerAcknowledgementsAndMissingSettings() {
        assertThatThrownBy(() -> KafkaDeliverySink.builder()
                        .bootstrapServers("127.0.0.1:1")
                        .topic("t")
                        .property("acks", "1")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("acks=1 is refused");
        assertThatThrownBy(() -> KafkaDeliverySink.builder()
                        .bootstrapServers("127.0.0.1:1")
                        .topic("t")
                        .property("enable.idempotence", false)
                        .build())
                .hasMessageContaining("enable.idempotence=false is refused");
        assertThatThrownBy(() -> KafkaDeliverySink.builder().topic("t").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bootstrap.servers");
        assertThatThrownBy(() ->
                        KafkaDeliverySink.builder().bootstrapServers("x:1").build())
                .hasMessageContaining("needs a topic");
        assertThatThrownBy(() -> KafkaInboxConsumer.builder(io.webhooks4j.Webhooks.builder()
                                .provider(io.webhooks4j.stripe.StripeProvider.create(Deliveries.SECRET))
                                .build())
                        .bootstrapServers("127.0.0.1:1")
                        .topic("t")
                        .property("enable.auto.commit", true)
                        .build())
                .hasMessageContaining("enable.auto.commit=true is refused");
    }
}
