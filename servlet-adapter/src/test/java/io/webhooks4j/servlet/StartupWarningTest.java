package io.webhooks4j.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.Webhooks;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One WARN at start (servlet init, filter init) when a provider that signs the URL (Twilio) runs with nothing
 * that pins the public URL: no public base URL and no allowed hosts (#15.7). System.Logger goes to
 * java.util.logging here.
 */
class StartupWarningTest {
    static final HmacTestProvider HMAC = new HmacTestProvider("warn-secret", 1024);
    static final UrlSignedTestProvider URL_SIGNED = new UrlSignedTestProvider("warn-secret");

    final List<LogRecord> warnings = new CopyOnWriteArrayList<>();
    final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(record);
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    final Logger servletLogger = Logger.getLogger(WebhookServlet.class.getName());
    final Logger filterLogger = Logger.getLogger(WebhookVerificationFilter.class.getName());

    @BeforeEach
    void listen() {
        servletLogger.addHandler(capture);
        filterLogger.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        servletLogger.removeHandler(capture);
        filterLogger.removeHandler(capture);
    }

    static void startAndStop(WebhookServlet servlet) throws Exception {
        try (JettyServer server = JettyServer.start(30_000, context -> {
            context.addServlet(servlet, "/webhooks/*");
        })) {
            // init() ran at start
        }
    }

    static String text(LogRecord record) {
        return record.getMessage();
    }

    @Test
    void servletWarnsOnceWhenAUrlSigningProviderHasNoPublicBaseUrlOrAllowedHosts() throws Exception {
        Webhooks webhooks =
                Webhooks.builder().provider(HMAC).provider(URL_SIGNED).build();

        startAndStop(new WebhookServlet(webhooks));

        assertThat(warnings).hasSize(1);
        assertThat(text(warnings.get(0)))
                .contains("urlsigned")
                .doesNotContain("hmac")
                .contains("publicBaseUrl")
                .contains("allowedHosts");
    }

    @Test
    void servletDoesNotWarnWhenThePublicUrlIsPinned() throws Exception {
        Webhooks webhooks = Webhooks.builder().provider(URL_SIGNED).build();

        startAndStop(new WebhookServlet(
                webhooks,
                WebhookServlet.Options.builder()
                        .publicBaseUrl("https://hooks.example.com")
                        .build()));
        startAndStop(new WebhookServlet(
                webhooks,
                WebhookServlet.Options.builder()
                        .allowedHosts("hooks.example.com")
                        .build()));
        startAndStop(WebhookServlet.forProvider(
                Webhooks.builder().provider(HMAC).provider(URL_SIGNED).build(), "hmac"));

        assertThat(warnings).isEmpty();
    }

    @Test
    void filterWarnsAtInitForItsUrlSigningPaths() throws Exception {
        Webhooks webhooks =
                Webhooks.builder().provider(HMAC).provider(URL_SIGNED).build();
        WebhookVerificationFilter filter = WebhookVerificationFilter.builder(webhooks)
                .path("/hooks/form", UrlSignedTestProvider.ID)
                .path("/hooks/hmac", HmacTestProvider.ID)
                .build();

        try (JettyServer server = JettyServer.start(30_000, context -> {
            context.addFilter(filter, "/*", EnumSet.of(DispatcherType.REQUEST));
            context.addServlet(new HttpServlet() {}, "/*");
        })) {
            // init() ran at start
        }

        assertThat(warnings).hasSize(1);
        assertThat(text(warnings.get(0))).contains("urlsigned").contains("/hooks/form");
    }
}
