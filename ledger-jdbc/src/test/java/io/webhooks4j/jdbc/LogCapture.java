package io.webhooks4j.jdbc;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What the library logs (through {@code System.Logger}, which is {@code java.util.logging} here) while a proof
 * runs: kept for assertions, and not printed (a proof's thousands of retry lines would drown the build's output).
 * WARNING and above are still printed, so a failure's cause is visible. The PostgreSQL driver's own log is off
 * meanwhile.
 */
final class LogCapture extends Handler implements AutoCloseable {
    /** One record: its level, logger and message (the library's messages never hold bodies or secrets). */
    record Entry(Level level, String logger, String message, Throwable thrown) {}

    private final Logger root = Logger.getLogger("io.webhooks4j");
    private final Logger driver = Logger.getLogger("org.postgresql");
    private final Level previousDriverLevel = driver.getLevel();
    private final Level previousLevel = root.getLevel();
    private final boolean previousUseParent = root.getUseParentHandlers();
    private final List<Entry> entries = new CopyOnWriteArrayList<>();
    private final boolean printWarnings;

    private LogCapture(boolean printWarnings) {
        this.printWarnings = printWarnings;
        setLevel(Level.ALL);
        root.setLevel(Level.FINE);
        root.setUseParentHandlers(false);
        root.addHandler(this);
        driver.setLevel(Level.OFF); // the driver's complaints about the sockets an outage proof breaks
    }

    /** Starts capturing {@code io.webhooks4j}'s records (FINE and up); WARNINGs are printed as well. */
    static LogCapture start() {
        return new LogCapture(true);
    }

    /** As {@link #start()}, printing nothing (for a proof that causes warnings on purpose). */
    static LogCapture silent() {
        return new LogCapture(false);
    }

    @Override
    public void publish(LogRecord record) {
        entries.add(new Entry(record.getLevel(), record.getLoggerName(), record.getMessage(), record.getThrown()));
        if (printWarnings && record.getLevel().intValue() >= Level.WARNING.intValue()) {
            System.err.println("[" + record.getLevel() + "] " + record.getLoggerName() + ": " + record.getMessage()
                    + (record.getThrown() == null ? "" : " (" + record.getThrown() + ")"));
        }
    }

    /** The records at exactly {@code level} whose message contains {@code text}. */
    List<Entry> at(Level level, String text) {
        return entries.stream()
                .filter(e -> e.level().equals(level)
                        && e.message() != null
                        && e.message().contains(text))
                .toList();
    }

    /** The records at {@code level} or above. */
    List<Entry> atLeast(Level level) {
        return entries.stream()
                .filter(e -> e.level().intValue() >= level.intValue())
                .toList();
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        root.removeHandler(this);
        root.setLevel(previousLevel);
        root.setUseParentHandlers(previousUseParent);
        driver.setLevel(previousDriverLevel);
    }
}
