package io.webhooks4j.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.webhooks4j.WebhookRequest;
import io.webhooks4j.Webhooks;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The public URL a URL-signing provider verifies against, over real HTTP. The test client talks to Jetty
 * directly from 127.0.0.1, so sending forwarded headers simulates a TLS-terminating proxy on 127.0.0.1;
 * whether that proxy is trusted depends on the servlet's options.
 */
class PublicUrlTest {
    static final UrlSignedTestProvider PROVIDER = new UrlSignedTestProvider("url-secret");
    static final List<String> verifiedUrls = new CopyOnWriteArrayList<>();

    static JettyServer server;
    static HttpClient client;

    @BeforeAll
    static void start() throws Exception {
        Webhooks webhooks = Webhooks.builder()
                .provider(PROVIDER)
                .on(UrlSignedTestProvider.MESSAGE, event -> verifiedUrls.add(event.url()))
                .build();
        server = JettyServer.start(30_000, context -> {
            context.addServlet(new WebhookServlet(webhooks), "/plain/*");
            context.addServlet(
                    new WebhookServlet(
                            webhooks,
                            WebhookServlet.Options.builder()
                                    .trustedProxies("127.0.0.1")
                                    .build()),
                    "/trusting/*");
            context.addServlet(
                    new WebhookServlet(
                            webhooks,
                            WebhookServlet.Options.builder()
                                    .trustedProxies("10.0.0.0/8", "127.0.0.0/8")
                                    .build()),
                    "/cidr/*");
            context.addServlet(
                    new WebhookServlet(
                            webhooks,
                            WebhookServlet.Options.builder()
                                    .trustedProxies("10.0.0.0/8", "::1")
                                    .build()),
                    "/untrusting/*");
            context.addServlet(
                    new WebhookServlet(
                            webhooks,
                            WebhookServlet.Options.builder()
                                    .publicBaseUrl("https://public.example.com/base/")
                                    .build()),
                    "/based/*");
            context.addServlet(
                    new WebhookServlet(
                            webhooks,
                            WebhookServlet.Options.builder()
                                    .allowedHosts("hooks.example.com", "127.0.0.1")
                                    .build()),
                    "/allowed/*");
            context.addServlet(
                    new WebhookServlet(
                            webhooks,
                            WebhookServlet.Options.builder()
                                    .trustedProxies("127.0.0.1")
                                    .forwardedHeaders(WebhookServlet.Options.ForwardedHeaders.FORWARDED)
                                    .build()),
                    "/rfc7239/*");
            context.addServlet(
                    new WebhookServlet(
                            webhooks,
                            WebhookServlet.Options.builder()
                                    .trustedProxies("127.0.0.1")
                                    .forwardedPrefix(true)
                                    .build()),
                    "/prefixed/*");
        });
        client = Http.client();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @BeforeEach
    void clear() {
        verifiedUrls.clear();
    }

    /** Signs for {@code signedUrl}, sends to {@code pathAndQuery} of the server with {@code headers}. */
    static int deliver(String signedUrl, String pathAndQuery, String... headers) {
        WebhookRequest delivery = PROVIDER.sign(WebhookRequest.builder()
                .url(signedUrl)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body("From=%2B15550001111&Body=Hi")
                .build());
        HttpRequest.Builder request = Http.post(server.uri(pathAndQuery), delivery);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return Http.send(client, request.build()).statusCode();
    }

    @Test
    void urlAsReceivedKeepsTheRawPathAndQueryString() {
        String pathAndQuery = "/plain/url%73igned?b=%2F%20x&a=1&c=d+e&empty=";
        String url = server.url(pathAndQuery);

        assertThat(deliver(url, pathAndQuery)).isEqualTo(200);
        assertThat(verifiedUrls).containsExactly(url);
    }

    @Test
    void urlWithoutAQueryHasNoQuestionMark() {
        String url = server.url("/plain/urlsigned");

        assertThat(deliver(url, "/plain/urlsigned")).isEqualTo(200);
        assertThat(verifiedUrls).containsExactly(url);
    }

    @Test
    void forwardedHeadersOfATrustedProxyGiveThePublicUrl() {
        String publicUrl = "https://hooks.example.com/app/trusting/urlsigned?x=1";

        int status = deliver(
                publicUrl,
                "/trusting/urlsigned?x=1",
                "X-Forwarded-Proto",
                "https",
                "X-Forwarded-Host",
                "hooks.example.com",
                "X-Forwarded-For",
                "203.0.113.9");

        assertThat(status).isEqualTo(200);
        assertThat(verifiedUrls).containsExactly(publicUrl);
    }

    @Test
    void theSameForwardedHeadersFromAnUntrustedPeerAreIgnored() {
        String[] forwarded = {"X-Forwarded-Proto", "https", "X-Forwarded-Host", "hooks.example.com"};

        assertThat(deliver(
                        "https://hooks.example.com/app/untrusting/urlsigned?x=1",
                        "/untrusting/urlsigned?x=1",
                        forwarded))
                .isEqualTo(401);
        assertThat(deliver("https://hooks.example.com/app/plain/urlsigned?x=1", "/plain/urlsigned?x=1", forwarded))
                .isEqualTo(401);
        String asReceived = server.url("/untrusting/urlsigned?x=1");
        assertThat(deliver(asReceived, "/untrusting/urlsigned?x=1", forwarded)).isEqualTo(200);
        assertThat(verifiedUrls).containsExactly(asReceived);
    }

    @Test
    void trustedProxiesMayBeCidrRanges() {
        assertThat(deliver(
                        "https://hooks.example.com/app/cidr/urlsigned",
                        "/cidr/urlsigned",
                        "X-Forwarded-Proto",
                        "https",
                        "X-Forwarded-Host",
                        "hooks.example.com"))
                .isEqualTo(200);
    }

    @Test
    void forwardedPortIsKeptUnlessItIsTheSchemesDefault() {
        assertThat(deliver(
                        "https://hooks.example.com:8443/app/trusting/urlsigned",
                        "/trusting/urlsigned",
                        "X-Forwarded-Proto",
                        "https",
                        "X-Forwarded-Host",
                        "hooks.example.com",
                        "X-Forwarded-Port",
                        "8443"))
                .isEqualTo(200);
        assertThat(deliver(
                        "https://hooks.example.com/app/trusting/urlsigned",
                        "/trusting/urlsigned",
                        "X-Forwarded-Proto",
                        "https",
                        "X-Forwarded-Host",
                        "hooks.example.com",
                        "X-Forwarded-Port",
                        "443"))
                .isEqualTo(200);
    }

    @Test
    void forwardedProtoAloneKeepsTheReceivedHostButNotTheInternalPort() {
        String publicUrl = "https://127.0.0.1/app/trusting/urlsigned";

        assertThat(deliver(publicUrl, "/trusting/urlsigned", "X-Forwarded-Proto", "https"))
                .isEqualTo(200);
        assertThat(verifiedUrls).containsExactly(publicUrl);
    }

    @Test
    void aClientsForwardedHeaderPassedThroughDoesNotBeatTheProxysXForwardedHeaders() {
        // #15.7: the proxy (127.0.0.1, trusted, configured for X-Forwarded-*) sets X-Forwarded-Proto/Host and
        // passes on a Forwarded header the client wrote.
        String[] headers = {
            "X-Forwarded-Proto", "https",
            "X-Forwarded-Host", "hooks.example.com",
            "Forwarded", "proto=https;host=evil.example"
        };

        assertThat(deliver("https://evil.example/app/trusting/urlsigned", "/trusting/urlsigned", headers))
                .isEqualTo(401);
        assertThat(deliver("https://hooks.example.com/app/trusting/urlsigned", "/trusting/urlsigned", headers))
                .isEqualTo(200);
    }

    @Test
    void aClientsXForwardedPrefixIsNotHonouredUnlessConfigured() {
        // #15.7: a proxy that does not set X-Forwarded-Prefix passes the client's on.
        String[] headers = {
            "X-Forwarded-Proto", "https",
            "X-Forwarded-Host", "hooks.example.com",
            "X-Forwarded-Prefix", "/evil"
        };

        assertThat(deliver("https://hooks.example.com/evil/trusting/urlsigned", "/trusting/urlsigned", headers))
                .isEqualTo(401);
        assertThat(deliver("https://hooks.example.com/app/trusting/urlsigned", "/trusting/urlsigned", headers))
                .isEqualTo(200);
    }

    /** Sends a delivery signed for {@code signedUrl} over a raw socket, with {@code Host: host}. */
    static String deliverWithHost(String signedUrl, String pathAndQuery, String host) throws IOException {
        WebhookRequest delivery = PROVIDER.sign(WebhookRequest.builder()
                .url(signedUrl)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body("From=%2B15550001111&Body=Hi")
                .build());
        try (Socket socket = Http.socket(server.port(), Duration.ofSeconds(10))) {
            byte[] body = delivery.body().toByteArray();
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + JettyServer.CONTEXT + pathAndQuery + " HTTP/1.1\r\nHost: " + host
                            + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                            + UrlSignedTestProvider.SIGNATURE + ": "
                            + delivery.header(UrlSignedTestProvider.SIGNATURE).orElseThrow()
                            + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            return Http.readResponse(socket);
        }
    }

    @Test
    void withoutAnAllowListTheHostHeaderDecidesTheUrl() throws IOException {
        // #15.7: a signature Twilio made for another host of the same account, replayed with that Host header,
        // passes where nothing says which hosts are ours (the servlet WARNs about it at start).
        String answer = deliverWithHost(
                "http://other-app.example/app/plain/urlsigned", "/plain/urlsigned", "other-app.example");

        assertThat(answer).startsWith("HTTP/1.1 200");
    }

    @Test
    void aHostOutsideTheAllowListIs401HostNotAllowed() throws IOException {
        String answer = deliverWithHost(
                "http://other-app.example/app/allowed/urlsigned", "/allowed/urlsigned", "other-app.example");

        assertThat(answer).startsWith("HTTP/1.1 401").contains("\"error\":\"host_not_allowed\"");
        assertThat(answer).doesNotContain("other-app");
        assertThat(verifiedUrls).isEmpty();
        String own = "http://hooks.example.com:" + server.port() + "/app/allowed/urlsigned";
        assertThat(deliverWithHost(own, "/allowed/urlsigned", "hooks.example.com:" + server.port()))
                .startsWith("HTTP/1.1 200");
    }

    @Test
    void forwardedPrefixReplacesTheContextPathWhenEnabled() {
        String publicUrl = "https://hooks.example.com/api/prefixed/urlsigned?x=1";

        int status = deliver(
                publicUrl,
                "/prefixed/urlsigned?x=1",
                "X-Forwarded-Proto",
                "https",
                "X-Forwarded-Host",
                "hooks.example.com",
                "X-Forwarded-Prefix",
                "/api/");

        assertThat(status).isEqualTo(200);
        assertThat(verifiedUrls).containsExactly(publicUrl);
    }

    @Test
    void appendedForwardedValuesAreReadFromTheTrustedEnd() {
        String[] headers = {"X-Forwarded-Proto", "http, https", "X-Forwarded-Host", "evil.example, hooks.example.com"};

        assertThat(deliver("https://hooks.example.com/app/trusting/urlsigned", "/trusting/urlsigned", headers))
                .isEqualTo(200);
        assertThat(deliver("http://evil.example/app/trusting/urlsigned", "/trusting/urlsigned", headers))
                .isEqualTo(401);
    }

    @Test
    void rfc7239ForwardedHeaderOfATrustedProxyGivesThePublicUrl() {
        assertThat(deliver(
                        "https://hooks.example.com/app/rfc7239/urlsigned",
                        "/rfc7239/urlsigned",
                        "Forwarded",
                        "for=203.0.113.9;proto=https;host=\"hooks.example.com\""))
                .isEqualTo(200);
    }

    @Test
    void rfc7239ChainIsFollowedThroughTrustedProxiesOnly() {
        // 127.0.0.1 (trusted) forwarded for 127.0.0.1 (trusted), which faced the client 203.0.113.9.
        String throughTwoTrusted =
                "for=203.0.113.9;proto=https;host=hooks.example.com, for=127.0.0.1;proto=http;host=10.1.1.1:8080";
        assertThat(deliver(
                        "https://hooks.example.com/app/rfc7239/urlsigned",
                        "/rfc7239/urlsigned",
                        "Forwarded",
                        throughTwoTrusted))
                .isEqualTo(200);

        // The trusted peer received the request from 203.0.113.9, an unknown host: what that host claims is not
        // believed.
        String spoofed =
                "for=198.51.100.1;proto=https;host=evil.example, for=203.0.113.9;proto=https;host=hooks.example.com";
        assertThat(deliver("https://evil.example/app/rfc7239/urlsigned", "/rfc7239/urlsigned", "Forwarded", spoofed))
                .isEqualTo(401);
        assertThat(deliver(
                        "https://hooks.example.com/app/rfc7239/urlsigned", "/rfc7239/urlsigned", "Forwarded", spoofed))
                .isEqualTo(200);
    }

    @Test
    void withRfc7239ConfiguredXForwardedHeadersAreIgnored() {
        String[] headers = {
            "Forwarded", "for=203.0.113.9;proto=https;host=hooks.example.com",
            "X-Forwarded-Proto", "https",
            "X-Forwarded-Host", "evil.example"
        };

        assertThat(deliver("https://evil.example/app/rfc7239/urlsigned", "/rfc7239/urlsigned", headers))
                .isEqualTo(401);
        assertThat(deliver("https://hooks.example.com/app/rfc7239/urlsigned", "/rfc7239/urlsigned", headers))
                .isEqualTo(200);
    }

    @Test
    void configuredPublicBaseUrlReplacesSchemeHostAndContextPath() {
        String publicUrl = "https://public.example.com/base/based/urlsigned?q=1";

        int status = deliver(
                publicUrl, "/based/urlsigned?q=1", "X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "http");

        assertThat(status).isEqualTo(200);
        assertThat(verifiedUrls).containsExactly(publicUrl);
    }

    @Test
    void publicBaseUrlDropsTheContextPathHoweverItWasSpelled() {
        String publicUrl = "https://public.example.com/base/based/urlsigned";
        WebhookRequest delivery = PROVIDER.sign(WebhookRequest.builder()
                .url(publicUrl)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body("Body=Hi")
                .build());
        URI encodedContext = URI.create("http://127.0.0.1:" + server.port() + "/%61pp/based/urlsigned");

        assertThat(Http.send(client, Http.post(encodedContext, delivery).build())
                        .statusCode())
                .isEqualTo(200);
        assertThat(verifiedUrls).containsExactly(publicUrl);
    }

    @Test
    void optionsNameTheFieldThatIsWrong() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WebhookServlet.Options.builder()
                        .publicBaseUrl("ftp://example.com")
                        .build())
                .withMessageStartingWith("publicBaseUrl");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WebhookServlet.Options.builder()
                        .publicBaseUrl("https://example.com/x?y=1")
                        .build())
                .withMessageStartingWith("publicBaseUrl");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WebhookServlet.Options.builder()
                        .trustedProxies("proxy.internal")
                        .build())
                .withMessageStartingWith("trustedProxies");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WebhookServlet.Options.builder()
                        .trustedProxies("10.0.0.0/33")
                        .build())
                .withMessageStartingWith("trustedProxies");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WebhookServlet.Options.builder()
                        .publicBaseUrl("https://example.com")
                        .trustedProxies("10.0.0.1")
                        .build())
                .withMessageContaining("publicBaseUrl and trustedProxies");
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        WebhookServlet.Options.builder().forwardedPrefix(true).build())
                .withMessageStartingWith("forwardedPrefix");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WebhookServlet.Options.builder()
                        .forwardedHeaders(WebhookServlet.Options.ForwardedHeaders.FORWARDED)
                        .build())
                .withMessageStartingWith("forwardedHeaders");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WebhookServlet.Options.builder()
                        .allowedHosts("https://hooks.example.com")
                        .build())
                .withMessageStartingWith("allowedHosts");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WebhookServlet.Options.builder()
                        .publicBaseUrl("https://hooks.example.com")
                        .allowedHosts("other.example.com")
                        .build())
                .withMessageStartingWith("allowedHosts");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WebhookServlet.Options.builder()
                        .bodyTimeout(java.time.Duration.ZERO)
                        .build())
                .withMessageStartingWith("bodyTimeout");
        assertThat(WebhookServlet.Options.defaults().bodyTimeout()).isEqualTo(java.time.Duration.ofSeconds(15));
        assertThat(WebhookServlet.Options.builder()
                        .allowedHosts("Hooks.Example.COM.", "[::1]")
                        .build()
                        .allowedHosts())
                .containsExactly("hooks.example.com", "::1");
        assertThat(WebhookServlet.Options.builder()
                        .publicBaseUrl("https://example.com/app/")
                        .build()
                        .publicBaseUrl())
                .contains("https://example.com/app");
    }
}
