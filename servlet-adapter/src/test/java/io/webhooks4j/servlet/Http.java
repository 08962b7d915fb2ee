package io.webhooks4j.servlet;

import io.webhooks4j.WebhookRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

/** Real HTTP for the tests: the JDK client, and raw sockets where a client must misbehave. */
final class Http {
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private Http() {}

    static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(TIMEOUT)
                .build();
    }

    static HttpClient client(Executor executor) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(TIMEOUT)
                .executor(executor)
                .build();
    }

    /** A POST of {@code delivery}'s headers and body (with a Content-Length) to {@code uri}. */
    static HttpRequest.Builder post(URI uri, WebhookRequest delivery) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body().toByteArray()));
        headers(builder, delivery);
        // One connection per request: a pooled keep-alive connection that the server closes for idleness just
        // as the client reuses it fails with "header parser received no bytes", a race of HTTP/1.1 itself that
        // would make these tests flaky without saying anything about the adapter.
        builder.header("Connection", "close");
        return builder;
    }

    static void headers(HttpRequest.Builder builder, WebhookRequest delivery) {
        for (Map.Entry<String, List<String>> header : delivery.headers().asMap().entrySet()) {
            if (!RESTRICTED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                header.getValue().forEach(value -> builder.header(header.getKey(), value));
            }
        }
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A raw connection to 127.0.0.1:{@code port} whose reads give up after {@code readTimeout}. */
    static Socket socket(int port, Duration readTimeout) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout((int) readTimeout.toMillis());
        return socket;
    }

    /**
     * Everything the server sends until it closes the connection, or until {@code head} bytes after the end of
     * the response headers have arrived when the server keeps it open; fails on a read timeout.
     */
    static String readResponse(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            while (true) {
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                out.write(buffer, 0, n);
                String text = out.toString(StandardCharsets.ISO_8859_1);
                int end = text.indexOf("\r\n\r\n");
                if (end >= 0 && complete(text, end)) {
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("No complete response within the read timeout; got: " + out, e);
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    private static boolean complete(String text, int headEnd) {
        String head = text.substring(0, headEnd).toLowerCase(Locale.ROOT);
        int at = head.indexOf("content-length:");
        if (at < 0) {
            return false;
        }
        int eol = head.indexOf("\r\n", at);
        int length = Integer.parseInt(
                head.substring(at + 15, eol < 0 ? head.length() : eol).strip());
        return text.length() - headEnd - 4 >= length;
    }

    /** True when the server closed the connection (EOF, or a reset) before {@code socket}'s read timeout. */
    static boolean closedByServer(Socket socket) throws IOException {
        try {
            return socket.getInputStream().read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // connection reset
        }
    }
}
