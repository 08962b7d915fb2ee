package io.webhooks4j.spring;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A real database (an H2 in-memory database of its own, or the one {@code delegate} reaches) behind a switch: while
 * it is {@linkplain #goDown() down}, every new connection is refused, as when the database server is gone. Counts
 * the connections handed out.
 */
final class TestDataSource implements DataSource {
    private final DataSource delegate;
    private final AtomicInteger connections = new AtomicInteger();
    private volatile boolean down;

    TestDataSource(DataSource delegate) {
        this.delegate = delegate;
    }

    /** A fresh H2 in-memory database, named after {@code name}, that lives until the JVM ends. */
    static TestDataSource h2(String name) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + name + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        return new TestDataSource(h2);
    }

    void goDown() {
        down = true;
    }

    void comeBack() {
        down = false;
    }

    /** Connections handed out so far. */
    int connections() {
        return connections.get();
    }

    /** Runs {@code sql} (DDL, an update) on a connection of its own. */
    void execute(String sql) throws SQLException {
        try (Connection c = delegate.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (down) {
            throw new SQLException("Connection refused: the test database is down", "08001");
        }
        connections.incrementAndGet();
        return delegate.getConnection();
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

    @Override
    public String toString() {
        return "TestDataSource[" + (down ? "down" : "up") + "]";
    }
}
