package io.webhooks4j.sample.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Receives Stripe, GitHub, Twilio, PagerDuty and Shopify webhooks at {@code /webhooks/<provider>}. */
@SpringBootApplication
public class SampleApplication {
    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args);
    }
}
