package io.webhooks4j.sample.spring;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Receives Stripe, GitHub, Twilio, PagerDuty and Shopify webhooks at {@code /webhooks/<provider>}, in inbox mode:
 * each delivery is stored, answered, then handled by a worker. The inbox is an H2 file under this sample's {@code
 * target/} folder (a restart finds what was stored), or the database of {@code WEBHOOKS_INBOX_URL}.
 */
@SpringBootApplication
public class SampleApplication {
    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(SampleApplication.class);
        application.setDefaultProperties(inboxDatabase(System.getenv()));
        application.run(args);
    }

    /** The DataSource of the inbox: {@code WEBHOOKS_INBOX_URL} (with {@code _USER}, {@code _PASSWORD}) or an H2 file. */
    static Map<String, Object> inboxDatabase(Map<String, String> env) {
        Map<String, Object> properties = new HashMap<>();
        String url = env.get("WEBHOOKS_INBOX_URL");
        if (url == null || url.isBlank()) {
            properties.put("spring.datasource.url", "jdbc:h2:file:" + h2File() + ";DB_CLOSE_ON_EXIT=FALSE");
            properties.put("spring.datasource.username", "sa");
        } else {
            properties.put("spring.datasource.url", url.strip());
            properties.put("spring.datasource.username", env.getOrDefault("WEBHOOKS_INBOX_USER", ""));
            properties.put("spring.datasource.password", env.getOrDefault("WEBHOOKS_INBOX_PASSWORD", ""));
        }
        return properties;
    }

    /** {@code samples/spring-boot/target/webhooks4j-sample/inbox} (H2 adds {@code .mv.db}). */
    static Path h2File() {
        return DevelopmentBanner.workDirectory().resolve("inbox").toAbsolutePath();
    }
}
