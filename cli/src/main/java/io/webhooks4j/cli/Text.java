package io.webhooks4j.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * Text a sender or a handler wrote, made safe for a terminal, and plain tables. A stored delivery is authentic but
 * its content is the sender's: control characters (terminal escape sequences) are shown as Unicode escapes (a backslash, {@code u} and
 * four hex digits) instead of being sent to the terminal.
 */
final class Text {
    private Text() {}

    /** {@code s} with every control character (line breaks too) shown as a Unicode escape. */
    static String printable(String s) {
        return escape(s, false);
    }

    /** {@code s} with every control character but line feeds and tabs shown as a Unicode escape. */
    static String printableKeepingLines(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean keepLines) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (control && !(keepLines && (c == '\n' || c == '\t'))) {
                if (b == null) {
                    b = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                b.append(String.format("\\u%04x", (int) c));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /** {@code s} on one line: runs of white space (line breaks too) become one space, other controls escaped. */
    static String oneLine(String s) {
        return printable(s.strip().replaceAll("\\s+", " "));
    }

    /** {@code s}, cut to at most {@code width} characters with {@code ...} at the end when it was longer. */
    static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, Math.max(0, width - 3)) + "...";
    }

    /** Prints {@code rows} (the first is the heading) in columns two spaces apart; the last column is not padded. */
    static void table(PrintWriter out, List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                if (c == columns - 1) {
                    line.append(row[c]);
                } else {
                    line.append(row[c]).append(" ".repeat(widths[c] - row[c].length() + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
