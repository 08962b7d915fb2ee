package io.webhooks4j.cli;

import io.webhooks4j.inbox.Inbox;
import io.webhooks4j.jdbc.JdbcInbox;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * Where the {@code inbox} commands find the inbox: a JDBC URL (H2 and PostgreSQL drivers are in this tool), a user
 * and a password, from options or from {@code WEBHOOKS_INBOX_URL}, {@code WEBHOOKS_INBOX_USER} and {@code
 * WEBHOOKS_INBOX_PASSWORD} (the variables the samples read), and the table.
 *
 * <p>The tool never creates anything: an H2 URL gets {@code ;IFEXISTS=TRUE}, so a mistyped path is an error rather
 * than a new empty database, and the schema is the receiver's to create. A database that cannot be reached, or has
 * no inbox table, is an {@link Unavailable} whose message says which and never contains the password.
 */
final class InboxDatabase {
    static final String URL_VARIABLE = "WEBHOOKS_INBOX_URL";
    static final String USER_VARIABLE = "WEBHOOKS_INBOX_USER";
    static final String PASSWORD_VARIABLE = "WEBHOOKS_INBOX_PASSWORD";

    /** How long a connection attempt may take before the database counts as unreachable. */
    static final int LOGIN_TIMEOUT_SECONDS = 10;

    private static final Pattern TABLE_NAME =
            Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?");

    @Option(
            names = "--jdbc-url",
            paramLabel = "URL",
            description = "the inbox's database, e.g. jdbc:postgresql://localhost:5432/app or"
                    + " jdbc:h2:file:/path/inbox;AUTO_SERVER=TRUE (default: $" + URL_VARIABLE + ")")
    @Nullable
    String url;

    @Option(names = "--user", paramLabel = "NAME", description = "the database user (default: $" + USER_VARIABLE + ")")
    @Nullable
    String user;

    @Option(
            names = "--password",
            paramLabel = "VALUE",
            description = "the database password (default: $" + PASSWORD_VARIABLE + "). Visible to other users in"
                    + " the process list and kept in your shell history: prefer the variable")
    @Nullable
    String password;

    @Option(
            names = "--table",
            paramLabel = "NAME",
            description = "the inbox table (default: " + JdbcInbox.DEFAULT_TABLE_NAME + ")")
    String table = JdbcInbox.DEFAULT_TABLE_NAME;

    /** The database could not be reached, has no inbox table, or failed a statement (exit code 4). */
    static final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unavailable(String message) {
            super(message);
        }
    }

    /** The connection settings, resolved from the options and {@code environment}. */
    record Target(
            String url, @Nullable String user, @Nullable String password, String table) {
        /** The URL as it may be shown: a password in it (as a parameter or in user:password@) replaced by ***. */
        String shownUrl() {
            return redactUrl(url);
        }

        /** {@code text} with the password (and any password parameter of a URL) replaced by ***. */
        String redact(String text) {
            return InboxDatabase.redact(text, password);
        }

        @Override
        public String toString() {
            return "Target[" + shownUrl() + ", user=" + user + ", table=" + table + "]";
        }
    }

    /**
     * The settings from the options, falling back on the environment.
     *
     * @throws Main.UsageException when there is no URL, it is not a JDBC URL, or the table name is not an identifier
     */
    Target target(Map<String, String> environment) {
        String u = firstNonBlank(url, environment.get(URL_VARIABLE));
        if (u == null) {
            throw new Main.UsageException("The inbox database is required: --jdbc-url URL or " + URL_VARIABLE
                    + " (for example jdbc:postgresql://localhost:5432/app, or the H2 URL the servlet sample prints)");
        }
        if (!u.strip().startsWith("jdbc:")) {
            throw new Main.UsageException(
                    "--jdbc-url must be a JDBC URL (jdbc:postgresql://... or jdbc:h2:...), was " + redactUrl(u));
        }
        if (!TABLE_NAME.matcher(table).matches()) {
            throw new Main.UsageException(
                    "--table must be a plain SQL identifier, optionally schema-qualified (webhooks4j_inbox,"
                            + " billing.webhook_inbox), was " + table);
        }
        return new Target(
                u.strip(),
                firstNonBlank(user, environment.get(USER_VARIABLE)),
                password != null ? password : environment.get(PASSWORD_VARIABLE),
                table);
    }

    /**
     * Connects, checks the table is there, and returns the inbox on it.
     *
     * @throws Main.UsageException as {@link #target}
     * @throws Unavailable when the database cannot be reached or has no inbox table
     */
    Inbox open(Map<String, String> environment) {
        Target target = target(environment);
        DataSource dataSource = new DriverDataSource(connectUrl(target.url()), target.user(), target.password());
        JdbcInbox inbox;
        try {
            inbox = JdbcInbox.builder()
                    .dataSource(dataSource)
                    .tableName(target.table())
                    .build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new Main.UsageException("--table: " + e.getMessage());
        }
        try (Connection connection = dataSource.getConnection()) {
            probe(connection, target);
        } catch (SQLException e) {
            throw new Unavailable(cannotConnect(target, e));
        }
        return inbox;
    }

    /** The URL connected to: an H2 URL gets {@code ;IFEXISTS=TRUE} so that a mistyped path creates nothing. */
    static String connectUrl(String url) {
        if (url.regionMatches(true, 0, "jdbc:h2:", 0, 8)
                && !url.toUpperCase(Locale.ROOT).contains("IFEXISTS=")) {
            return url + ";IFEXISTS=TRUE";
        }
        return url;
    }

    private static void probe(Connection connection, Target target) {
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(LOGIN_TIMEOUT_SECONDS);
            statement
                    .executeQuery("SELECT 1 FROM " + target.table() + " WHERE 1 = 0")
                    .close();
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            if (state.equals("42P01") || state.equals("42S02") || state.equals("42S04") || state.equals("42102")) {
                throw new Unavailable("No inbox table " + target.table() + " in " + target.shownUrl()
                        + ": the receiver creates it when it starts (JdbcInbox.createSchema(), webhooks.inbox"
                        + " schema creation in Spring); or give the table's name with --table");
            }
            throw new Unavailable("Cannot read the inbox table " + target.table() + " in " + target.shownUrl() + ": "
                    + target.redact(firstLine(e)));
        }
    }

    private static String cannotConnect(Target target, SQLException e) {
        String message = target.redact(firstLine(e));
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (message.startsWith("No suitable driver")) {
            return "No JDBC driver for " + target.shownUrl()
                    + ": this tool has H2 (jdbc:h2:...) and PostgreSQL (jdbc:postgresql://...)";
        }
        if (e.getErrorCode() == 90146 || e.getErrorCode() == 90013) { // H2: database not found (IFEXISTS)
            return "No H2 database at " + target.shownUrl() + " (this tool never creates one): check the path;"
                    + " an H2 mem: database lives only inside the process that opened it";
        }
        if (e.getErrorCode() == 90020) { // H2: the file is locked by another process
            return "The H2 database " + target.shownUrl() + " is open in another process (the receiver): add"
                    + " ;AUTO_SERVER=TRUE to the URL of both (the servlet sample's URL has it)";
        }
        if (state.startsWith("28")) {
            return "The database at " + target.shownUrl() + " refused the login (user "
                    + (target.user() == null ? "(none)" : target.user()) + "): " + message;
        }
        return "Cannot connect to the inbox database at " + target.shownUrl() + ": " + message;
    }

    static String firstLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    /** {@code url} with the password it may carry ({@code password=...}, {@code user:password@}) replaced by ***. */
    static String redactUrl(String url) {
        return url.replaceAll("(?i)(password\\s*=\\s*)[^;&\\s]*", "$1***")
                .replaceAll("(//[^/@:\\s]*:)[^/@\\s]*@", "$1***@");
    }

    /**
     * A driver's message with any password a URL in it carries, and {@code password} wherever it appears, replaced by
     * ***. (A password that is also an ordinary word of the message hides that word too: better than showing it.)
     */
    static String redact(String text, @Nullable String password) {
        String r = redactUrl(text);
        if (password != null && !password.isEmpty()) {
            r = r.replace(password, "***");
        }
        return r;
    }

    private static @Nullable String firstNonBlank(@Nullable String a, @Nullable String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b == null || b.isBlank() ? null : b;
    }

    /** A {@link DataSource} on {@link DriverManager}: a connection per call, which is all a command needs. */
    static final class DriverDataSource implements DataSource {
        private final String url;
        private final @Nullable String user;
        private final @Nullable String password;

        DriverDataSource(String url, @Nullable String user, @Nullable String password) {
            this.url = url;
            this.user = user;
            this.password = password;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return getConnection(user, password);
        }

        @Override
        public Connection getConnection(@Nullable String username, @Nullable String pass) throws SQLException {
            DriverManager.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
            java.util.Properties properties = new java.util.Properties();
            if (username != null) {
                properties.setProperty("user", username);
            }
            if (pass != null) {
                properties.setProperty("password", pass);
            }
            return DriverManager.getConnection(url, properties);
        }

        @Override
        public @Nullable PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(@Nullable PrintWriter out) {}

        @Override
        public void setLoginTimeout(int seconds) {}

        @Override
        public int getLoginTimeout() {
            return LOGIN_TIMEOUT_SECONDS;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException("no parent logger");
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            if (type.isInstance(this)) {
                return type.cast(this);
            }
            throw new SQLException("Not a wrapper of " + type.getName());
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return type.isInstance(this);
        }

        @Override
        public String toString() {
            return "DriverDataSource[" + redactUrl(url) + "]";
        }
    }
}
