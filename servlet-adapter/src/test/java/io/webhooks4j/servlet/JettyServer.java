package io.webhooks4j.servlet;

import java.net.URI;
import java.util.function.Consumer;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** A real embedded Jetty 12 (ee10) on a random port of 127.0.0.1, context path {@code /app}. */
final class JettyServer implements AutoCloseable {
    static final String CONTEXT = "/app";
    static final int THREADS = 24;

    private final Server server;
    private final ServerConnector connector;

    private JettyServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /**
     * Starts a server whose connector closes connections idle (or blocked reading) longer than {@code
     * idleTimeoutMillis}; its thread pool has a fixed size, so thread counts do not drift with load.
     */
    static JettyServer start(long idleTimeoutMillis, Consumer<ServletContextHandler> setup) throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool(THREADS, THREADS);
        threads.setName("jetty-test");
        Server server = new Server(threads);
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        connector.setIdleTimeout(idleTimeoutMillis);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler(CONTEXT);
        setup.accept(context);
        server.setHandler(context);
        server.setStopTimeout(2000);
        server.start();
        return new JettyServer(server, connector);
    }

    int port() {
        return connector.getLocalPort();
    }

    /** {@code http://127.0.0.1:<port>/app<pathAndQuery>}. */
    URI uri(String pathAndQuery) {
        return URI.create(url(pathAndQuery));
    }

    String url(String pathAndQuery) {
        return "http://127.0.0.1:" + port() + CONTEXT + pathAndQuery;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping Jetty", e);
        } catch (Exception e) {
            throw new IllegalStateException("Stopping Jetty failed", e);
        }
    }
}
