package io.webhooks4j.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A tiny connection pool for the tests (each application instance has its own, as in production), with a
 * switch that makes the database "go away": every open connection is closed under its user and new ones are
 * refused, until it comes back.
 */
final class TestPool implements DataSource, AutoCloseable {
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    private final Opener opener;
    private final LinkedBlockingDeque<Connection> idle = new LinkedBlockingDeque<>();
    private final Set<Connection> physical = ConcurrentHashMap.newKeySet();
    private volatile boolean down;

    TestPool(Opener opener) {
        this.opener = opener;
    }

    /** The database goes away: open connections break, new ones are refused. */
    void goDown() {
        down = true;
        idle.clear();
        for (Connection c : physical) {
            closeQuietly(c);
        }
    }

    /** The database is back. */
    void comeBack() {
        down = false;
    }

    @Override
    public void close() {
        goDown();
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (down) {
            throw new SQLException("Connection refused: the test database is down", "08001");
        }
        Connection real = idle.pollFirst();
        if (real == null) {
            real = opener.open();
            physical.add(real);
        }
        return wrap(real);
    }

    private Connection wrap(Connection real) {
        AtomicBoolean closed = new AtomicBoolean();
        AtomicBoolean broken = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(
                TestPool.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close" -> {
                            if (closed.compareAndSet(false, true)) {
                                giveBack(real, broken.get());
                            }
                            return null;
                        }
                        case "isClosed" -> {
                            if (closed.get()) {
                                return true;
                            }
                        }
                        case "equals" -> {
                            return proxy == args[0];
                        }
                        case "hashCode" -> {
                            return System.identityHashCode(proxy);
                        }
                        case "toString" -> {
                            return "TestPool connection " + real;
                        }
                        default -> {}
                    }
                    if (closed.get()) {
                        throw new SQLException("Connection is closed", "08003");
                    }
                    try {
                        Object result = method.invoke(real, args);
                        if (result instanceof Statement statement) {
                            return wrapStatement(statement, method.getReturnType(), broken);
                        }
                        return result;
                    } catch (InvocationTargetException e) {
                        markIfFatal(e.getCause(), broken);
                        throw e.getCause();
                    }
                });
    }

    private static Object wrapStatement(Statement statement, Class<?> type, AtomicBoolean broken) {
        return Proxy.newProxyInstance(TestPool.class.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            try {
                return method.invoke(statement, args);
            } catch (InvocationTargetException e) {
                markIfFatal(e.getCause(), broken);
                throw e.getCause();
            }
        });
    }

    private static void markIfFatal(Throwable t, AtomicBoolean broken) {
        if (t instanceof SQLException e) {
            String state = e.getSQLState();
            if (state == null || state.startsWith("08") || state.startsWith("57") || state.startsWith("90")) {
                broken.set(true);
            }
        }
    }

    private void giveBack(Connection real, boolean broken) throws SQLException {
        if (broken || down || real.isClosed()) {
            physical.remove(real);
            closeQuietly(real);
        } else {
            idle.offerFirst(real);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException | RuntimeException e) {
            // already broken
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
