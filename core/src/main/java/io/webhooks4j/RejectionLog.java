package io.webhooks4j;

import java.lang.System.Logger.Level;
import java.util.List;

/**
 * One WARN line per rejected delivery, at a bounded rate: at most {@link #LINES_PER_WINDOW} lines a minute, the
 * rest counted and reported with the next line. A line holds the provider id (or {@code unknown}), the reason
 * code and the ids of the keys tried, never a header value, the body or the sender's text, so neither personal
 * data nor an attacker's words reach the log, and a flood of forged deliveries cannot flood it.
 */
final class RejectionLog {
    static final int LINES_PER_WINDOW = 10;
    static final long WINDOW_NANOS = 60_000_000_000L;

    private static final System.Logger LOG = System.getLogger(Webhooks.class.getName());

    private long windowStart = System.nanoTime();
    private int linesInWindow;
    private long suppressed;

    void warn(String provider, Reason reason, List<String> keyIds) {
        if (!LOG.isLoggable(Level.WARNING)) {
            return;
        }
        long dropped;
        synchronized (this) {
            long now = System.nanoTime();
            if (now - windowStart >= WINDOW_NANOS) {
                windowStart = now;
                linesInWindow = 0;
            }
            if (linesInWindow >= LINES_PER_WINDOW) {
                suppressed++;
                return;
            }
            linesInWindow++;
            dropped = suppressed;
            suppressed = 0;
        }
        StringBuilder line = new StringBuilder(96)
                .append("Rejected ")
                .append(provider)
                .append(" delivery: ")
                .append(reason.code())
                .append(" (")
                .append(reason.status())
                .append(')');
        if (reason.isAuthenticationFailure() && !keyIds.isEmpty()) {
            line.append(", keys tried ").append(keyIds);
        }
        if (dropped > 0) {
            line.append("; ").append(dropped).append(" more rejections not logged since the last line");
        }
        line.append("; DEBUG on logger ").append(Webhooks.class.getName()).append(" explains");
        LOG.log(Level.WARNING, line.toString());
    }
}
