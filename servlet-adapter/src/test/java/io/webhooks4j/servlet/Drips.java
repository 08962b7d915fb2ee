package io.webhooks4j.servlet;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Slow-drip senders on 127.0.0.1: each connection declares a body of {@code declared} bytes and then sends one
 * byte per {@code interval}, from one daemon thread, until the server answers it, it has sent everything, or
 * {@code maxDuration} passed; then the thread stops by itself. {@link #close()} closes every connection.
 */
final class Drips implements AutoCloseable {
    private final List<Socket> sockets = new ArrayList<>();
    private final Thread sender;
    private volatile boolean stopped;

    private Drips(
            int port,
            String path,
            String extraHeaders,
            int count,
            long declared,
            Duration interval,
            Duration maxDuration)
            throws IOException {
        for (int i = 0; i < count; i++) {
            Socket socket = Http.socket(port, Duration.ofSeconds(30));
            sockets.add(socket);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                            + "X-Hmac-Event: order.paid\r\nX-Hmac-Signature: sha256=" + "0".repeat(64) + "\r\n"
                            + extraHeaders + "Content-Length: " + declared + "\r\n\r\n{")
                    .getBytes(UTF_8));
            out.flush();
        }
        long rounds = Math.min(declared - 1, maxDuration.toMillis() / Math.max(1, interval.toMillis()));
        sender = new Thread(
                () -> {
                    for (long round = 0; round < rounds && !stopped; round++) {
                        try {
                            Thread.sleep(interval.toMillis());
                        } catch (InterruptedException e) {
                            return;
                        }
                        for (Socket socket : sockets) {
                            drip(socket);
                        }
                    }
                },
                "drips");
        sender.setDaemon(true);
        sender.start();
    }

    static Drips start(int port, String path, int count, long declared, Duration interval, Duration maxDuration)
            throws IOException {
        return new Drips(port, path, "", count, declared, interval, maxDuration);
    }

    /** As {@link #start}, each head with {@code extraHeaders} (complete lines, each ending in CRLF). */
    static Drips start(
            int port,
            String path,
            String extraHeaders,
            int count,
            long declared,
            Duration interval,
            Duration maxDuration)
            throws IOException {
        return new Drips(port, path, extraHeaders, count, declared, interval, maxDuration);
    }

    /** One more byte, unless the server already answered or closed this connection. */
    private static void drip(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            if (socket.isClosed() || in.available() > 0) {
                return;
            }
            OutputStream out = socket.getOutputStream();
            out.write(' ');
            out.flush();
        } catch (IOException e) {
            // closed by the server: nothing more to send
        }
    }

    List<Socket> sockets() {
        return sockets;
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        sender.interrupt();
        sender.join(5_000);
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException e) {
                // already gone
            }
        }
    }
}
