package io.webhooks4j.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.WebhookRequest;
import io.webhooks4j.Webhooks;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An application filter that reads the form before the webhook servlet (#16.3): the servlet finds the body
 * gone, and says so (400 {@code body_incomplete}) instead of a 401 that blames the URL or the token.
 */
class ConsumedBodyTest {
    static final UrlSignedTestProvider PROVIDER = new UrlSignedTestProvider("consumed-secret");
    static final AtomicInteger handled = new AtomicInteger();

    static JettyServer server;
    static HttpClient client;

    /** What logging or CSRF filters do: look at the parameters of every request. */
    static final class ParameterReadingFilter implements Filter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            request.getParameterMap();
            chain.doFilter(request, response);
        }
    }

    /** The same, through the reader. */
    static final class ReaderFilter implements Filter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            request.getReader().read();
            chain.doFilter(request, response);
        }
    }

    @BeforeAll
    static void start() throws Exception {
        Webhooks webhooks = Webhooks.builder()
                .provider(PROVIDER)
                .on(UrlSignedTestProvider.MESSAGE, event -> handled.incrementAndGet())
                .build();
        server = JettyServer.start(30_000, context -> {
            context.addFilter(new ParameterReadingFilter(), "/params/*", EnumSet.of(DispatcherType.REQUEST));
            context.addFilter(new ReaderFilter(), "/reader/*", EnumSet.of(DispatcherType.REQUEST));
            context.addServlet(new WebhookServlet(webhooks), "/params/*");
            context.addServlet(new WebhookServlet(webhooks), "/reader/*");
            context.addServlet(new WebhookServlet(webhooks), "/plain/*");
        });
        client = Http.client();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> deliver(String path) {
        WebhookRequest delivery = PROVIDER.sign(WebhookRequest.builder()
                .url(server.url(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body("MessageSid=SM1&From=%2B15550001111&Body=Hello")
                .build());
        return Http.send(client, Http.post(server.uri(path), delivery).build());
    }

    @Test
    void formReadByAFilterBeforeTheServletIs400BodyIncompleteSayingSo() {
        HttpResponse<String> response = deliver("/params/urlsigned");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).startsWith("{\"error\":\"body_incomplete\"").contains("consumed before");
        assertThat(handled).hasValue(0);
    }

    @Test
    void bodyReadThroughTheReaderBeforeTheServletIs400BodyIncomplete() {
        HttpResponse<String> response = deliver("/reader/urlsigned");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).startsWith("{\"error\":\"body_incomplete\"").contains("getReader");
    }

    @Test
    void theSameDeliveryWithoutTheFilterIsHandled() {
        int before = handled.get();

        assertThat(deliver("/plain/urlsigned").statusCode()).isEqualTo(200);
        assertThat(handled).hasValue(before + 1);
    }
}
