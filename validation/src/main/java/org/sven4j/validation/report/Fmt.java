package org.sven4j.validation.report;

import java.util.Locale;

/** Number formatting shared by the writers: locale-independent, NaN as an empty cell or a dash. */
final class Fmt {
    private Fmt() {
    }

    /** @return 3 significant digits in scientific notation, or "" for NaN */
    static String sci(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.3e", v);
    }

    /** @return full precision (round-trip), or "" for NaN */
    static String exact(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    /** @return seconds with 3 decimals */
    static String secs(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.3f", v);
    }

    /** @return for tables: 2 significant digits, "–" for NaN */
    static String cell(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2e", v);
    }

    /** @return a CSV field, quoted when it contains a comma, quote or newline */
    static String csv(String s) {
        if (s == null) {
            return "";
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
