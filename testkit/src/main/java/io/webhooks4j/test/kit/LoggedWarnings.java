package io.webhooks4j.test.kit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The WARN lines one logger writes during each test, for tests of what webhooks4j warns about (a secret that looks
 * like a token, a deprecated property). webhooks4j logs through {@code System.Logger}, which goes to {@code
 * java.util.logging} in tests; register it as a field:
 *
 * <pre>{@code
 * @RegisterExtension
 * final LoggedWarnings warnings = LoggedWarnings.of(ProviderBuilder.class);
 *
 * assertThat(warnings.messages()).singleElement().asString().contains("'ci'");
 * }</pre>
 */
public final class LoggedWarnings implements BeforeEachCallback, AfterEachCallback {
    private final Logger logger;
    private final List<LogRecord> records = Collections.synchronizedList(new ArrayList<>());
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                records.add(record);
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    private LoggedWarnings(String loggerName) {
        this.logger = Logger.getLogger(loggerName);
    }

    /** The warnings of the logger named after {@code type} (as {@code System.getLogger(type.getName())}). */
    public static LoggedWarnings of(Class<?> type) {
        return new LoggedWarnings(type.getName());
    }

    /** The warnings of the logger named {@code loggerName}. */
    public static LoggedWarnings of(String loggerName) {
        return new LoggedWarnings(loggerName);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        records.clear();
        logger.addHandler(handler);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        logger.removeHandler(handler);
    }

    /** The messages logged at WARNING or above so far in this test, with their parameters filled in. */
    public List<String> messages() {
        SimpleFormatter formatter = new SimpleFormatter();
        synchronized (records) {
            return records.stream().map(formatter::formatMessage).toList();
        }
    }

    /** Forgets what was logged so far. */
    public void clear() {
        records.clear();
    }
}
