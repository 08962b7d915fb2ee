package io.webhooks4j.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on a loopback port in front of the database, plain sockets: what the connection pool sees as "the
 * database" in the outage proofs. {@link #goDown()} is a network failure: every open connection is reset (both
 * ends) and new ones are accepted and reset at once, until {@link #comeBack()}. The database itself never notices
 * anything but clients going away.
 */
final class TcpProxy implements AutoCloseable {
    private final String targetHost;
    private final int targetPort;
    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private volatile boolean down;
    private volatile boolean closed;

    TcpProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        Thread acceptor = new Thread(this::acceptLoop, "tcp-proxy-accept-" + port());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String host() {
        return InetAddress.getLoopbackAddress().getHostAddress();
    }

    int port() {
        return server.getLocalPort();
    }

    /** The network fails: open connections are reset, new ones refused (reset once accepted). */
    void goDown() {
        down = true;
        for (Socket s : open) {
            reset(s);
        }
    }

    /** The network is back: new connections reach the database again. */
    void comeBack() {
        down = false;
    }

    /** Connections passed on to the database so far. */
    long accepted() {
        return accepted.get();
    }

    /** Connections refused because the proxy was down. */
    long refused() {
        return refused.get();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                continue;
            }
            if (down) {
                refused.incrementAndGet();
                reset(client);
                continue;
            }
            Socket upstream = new Socket();
            try {
                upstream.connect(new InetSocketAddress(targetHost, targetPort), 5000);
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
            } catch (IOException e) {
                reset(client);
                reset(upstream);
                continue;
            }
            accepted.incrementAndGet();
            open.add(client);
            open.add(upstream);
            pump(client, upstream);
            pump(upstream, client);
        }
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(
                () -> {
                    byte[] buffer = new byte[16 * 1024];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                            out.write(buffer, 0, n);
                            out.flush();
                        }
                    } catch (IOException e) {
                        // reset, or the other side went away
                    } finally {
                        reset(from);
                        reset(to);
                    }
                },
                "tcp-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    /** Closes {@code s} with a reset (no orderly FIN): what a failed network or a dead server looks like. */
    private void reset(Socket s) {
        open.remove(s);
        try {
            s.setSoLinger(true, 0);
        } catch (SocketException e) {
            // closed already
        }
        try {
            s.close();
        } catch (IOException e) {
            // closed already
        }
    }

    @Override
    public void close() {
        closed = true;
        goDown();
        try {
            server.close();
        } catch (IOException e) {
            // closing
        }
    }
}
