package io.webhooks4j.spring;

import static io.webhooks4j.spring.InboxAutoConfigurationTests.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.Delivery;
import io.webhooks4j.Webhooks;
import io.webhooks4j.inbox.DeliveryMode;
import io.webhooks4j.kafka.DeadLetters;
import io.webhooks4j.kafka.KafkaDeliverySink;
import io.webhooks4j.kafka.KafkaInboxConsumer;
import io.webhooks4j.kafka.TestBroker;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code webhooks.inbox.engine=kafka}: a whole application on embedded Tomcat whose deliveries are produced to a
 * topic of Apache Kafka's own KRaft broker (the brokers from spring.kafka.bootstrap-servers) before the 200, and run
 * by the starter's consumer; a listener that keeps failing ends on the dead-letter topic (#22).
 */
@SpringBootTest(
        classes = {HttpTestApplication.class, KafkaEngineTests.App.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "webhooks.stripe.secrets=" + Deliveries.STRIPE_SECRET,
            "webhooks.inbox.mode=inbox",
            "webhooks.inbox.engine=kafka",
            "webhooks.inbox.kafka.topic=" + KafkaEngineTests.TOPIC,
            "webhooks.inbox.kafka.group-id=spring-test",
            "webhooks.inbox.kafka.initial-backoff=50ms",
            "webhooks.inbox.kafka.max-backoff=100ms",
            "webhooks.inbox.kafka.max-attempts=3",
            "spring.kafka.properties.max.poll.records=50",
            "logging.level.org.apache.kafka=warn",
            HttpTestApplication.WITHOUT_SECURITY
        })
@DirtiesContext
class KafkaEngineTests {
    static final String TOPIC = "spring-deliveries";

    @DynamicPropertySource
    static void brokers(DynamicPropertyRegistry registry) throws Exception {
        TestBroker.createTopics(TOPIC, 2);
        registry.add("spring.kafka.bootstrap-servers", TestBroker::bootstrapServers);
    }

    @LocalServerPort
    int port;

    @Autowired
    Webhooks webhooks;

    @Autowired
    KafkaDeliverySink sink;

    @Autowired
    KafkaInboxConsumer consumer;

    @Autowired
    Listener listener;

    static class Listener {
        final List<String> handled = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();

        @WebhookListener("invoice.paid")
        void paid(FakeStripe.Event<FakeStripe.Invoice> event, Delivery delivery) {
            threads.add(Thread.currentThread().getName());
            if (event.deliveryId().startsWith("failing")) {
                throw new IllegalStateException("the billing service is down");
            }
            handled.add(event.deliveryId() + " attempt " + delivery.attempt());
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class App {
        @Bean
        Listener listener() {
            return new Listener();
        }
    }

    @Test
    void aDeliveryIsProducedBeforeThe200AndTheStartersConsumerRunsItOnce() throws Exception {
        assertThat(webhooks.sink()).containsSame(sink);
        assertThat(sink.topic()).isEqualTo(TOPIC);
        assertThat(webhooks.mode("stripe", "invoice.paid")).isEqualTo(DeliveryMode.INBOX);

        RawHttp.Answer answer = InboxHttp.deliver(port, "stripe", Deliveries.invoicePaid("kafka-1"));
        assertThat(answer.status()).as(answer.head()).isEqualTo(200);
        await(() -> listener.handled.contains("kafka-1 attempt 1"));
        assertThat(listener.threads).allSatisfy(t -> assertThat(t).startsWith("webhooks4j-kafka-spring-test-lane-"));

        // the provider's retry of it: stored again, read, and skipped by the ledger
        assertThat(InboxHttp.deliver(port, "stripe", Deliveries.invoicePaid("kafka-1"))
                        .status())
                .isEqualTo(200);
        await(() -> consumer.stats().duplicates() == 1);
        assertThat(listener.handled).containsExactly("kafka-1 attempt 1");
    }

    @Test
    void aListenerThatKeepsFailingEndsOnTheDeadLetterTopicWithItsError() throws Exception {
        assertThat(InboxHttp.deliver(port, "stripe", Deliveries.invoicePaid("failing-1"))
                        .status())
                .isEqualTo(200);
        await(() -> consumer.stats().deadLettered() == 1);

        List<DeadLetters.DeadLetter> dead =
                DeadLetters.using(TestBroker.bootstrapServers()).list(TOPIC + ".dlq", 10);
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).deliveryId()).isEqualTo("failing-1");
        assertThat(dead.get(0).attempts()).isEqualTo("3");
        assertThat(dead.get(0).error()).isEqualTo("java.lang.IllegalStateException: the billing service is down");
    }
}
