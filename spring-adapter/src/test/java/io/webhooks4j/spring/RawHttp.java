package io.webhooks4j.spring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP/1.1 over a plain socket, so a test controls exactly what is sent: a declared length larger than what
 * it will ever send, a body written while the answer is read.
 */
final class RawHttp {
    /** A guard against a hang, not a timed assertion: a server still reading the body never answers. */
    static final int READ_TIMEOUT_MILLIS = 20_000;

    record Answer(int status, String head, String body, long bodyBytesSent) {}

    private RawHttp() {}

    /** Sends the request head and {@code body} and reads the answer. */
    static Answer exchange(int port, String method, String target, Map<String, String> headers, byte[] body)
            throws IOException {
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost:" + port
                + "\r\nConnection: close\r\nContent-Length: " + body.length + "\r\n");
        headers.forEach(
                (name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("\r\n");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return read(socket.getInputStream(), body.length);
        }
    }

    /**
     * Declares {@code declaredLength} bytes of body but writes at most {@code sendAtMost} (in a background
     * thread, stopping when the server closes the connection), and reads the answer meanwhile.
     */
    static Answer streaming(
            int port, String method, String target, Map<String, String> headers, long declaredLength, long sendAtMost)
            throws Exception {
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost:" + port
                + "\r\nConnection: close\r\nContent-Length: " + declaredLength + "\r\n");
        headers.forEach(
                (name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("\r\n");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            AtomicLong sent = new AtomicLong();
            Thread writer = new Thread(() -> {
                byte[] chunk = new byte[64 * 1024];
                java.util.Arrays.fill(chunk, (byte) 'a');
                chunk[0] = '&';
                try {
                    while (sent.get() < sendAtMost) {
                        out.write(chunk);
                        sent.addAndGet(chunk.length);
                    }
                    out.flush();
                } catch (IOException closedByTheServer) {
                    // the server answered and closed the connection: what the test wants
                }
            });
            writer.setDaemon(true);
            writer.start();
            Answer answer = read(socket.getInputStream(), -1);
            return new Answer(answer.status(), answer.head(), answer.body(), sent.get());
        }
    }

    private static Answer read(InputStream in, long sent) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int headEnd = -1;
        int n;
        while ((n = in.read(buffer)) != -1) {
            all.write(buffer, 0, n);
            String text = all.toString(StandardCharsets.ISO_8859_1);
            headEnd = text.indexOf("\r\n\r\n");
            if (headEnd >= 0 && complete(text, headEnd)) {
                break;
            }
        }
        String text = all.toString(StandardCharsets.ISO_8859_1);
        if (headEnd < 0) {
            throw new IOException("No HTTP answer, got: " + text);
        }
        String head = text.substring(0, headEnd);
        int status = Integer.parseInt(head.substring(9, 12));
        return new Answer(status, head, text.substring(headEnd + 4), sent);
    }

    /** Whether the body after the head is complete (Content-Length or the end of a chunked body). */
    private static boolean complete(String text, int headEnd) {
        String head = text.substring(0, headEnd).toLowerCase(java.util.Locale.ROOT);
        String body = text.substring(headEnd + 4);
        int at = head.indexOf("\r\ncontent-length:");
        if (at >= 0) {
            int end = head.indexOf("\r\n", at + 2);
            long length = Long.parseLong(
                    head.substring(at + 17, end < 0 ? head.length() : end).strip());
            return body.getBytes(StandardCharsets.ISO_8859_1).length >= length;
        }
        if (head.contains("transfer-encoding: chunked")) {
            return body.endsWith("0\r\n\r\n");
        }
        return false; // read until the server closes
    }
}
