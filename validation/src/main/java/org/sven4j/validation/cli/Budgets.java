package org.sven4j.validation.cli;

import java.time.Duration;
import java.util.Locale;

/** Parses a wall-clock budget: "30" or "30s" (seconds), "500ms", "2m", "1h", or an ISO-8601 duration "PT30S". */
final class Budgets {
    private Budgets() {
    }

    static Duration parse(String text) {
        String s = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        try {
            Duration d;
            if (s.startsWith("pt")) {
                d = Duration.parse(s.toUpperCase(Locale.ROOT));
            } else if (s.endsWith("ms")) {
                d = Duration.ofNanos(Math.round(Double.parseDouble(s.substring(0, s.length() - 2)) * 1e6));
            } else if (s.endsWith("s")) {
                d = seconds(Double.parseDouble(s.substring(0, s.length() - 1)));
            } else if (s.endsWith("m")) {
                d = seconds(60 * Double.parseDouble(s.substring(0, s.length() - 1)));
            } else if (s.endsWith("h")) {
                d = seconds(3600 * Double.parseDouble(s.substring(0, s.length() - 1)));
            } else {
                d = seconds(Double.parseDouble(s));
            }
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("time budget must be positive, got '" + text + "'");
            }
            return d;
        } catch (RuntimeException e) {
            if (e instanceof IllegalArgumentException && e.getMessage() != null && e.getMessage().startsWith("time")) {
                throw e;
            }
            throw new IllegalArgumentException("cannot read time budget '" + text
                    + "'; use seconds (30, 30s), 500ms, 2m, 1h or PT30S");
        }
    }

    private static Duration seconds(double s) {
        if (!(s > 0) || Double.isInfinite(s)) {
            throw new IllegalArgumentException("time budget must be positive, got " + s + " s");
        }
        return Duration.ofNanos(Math.round(s * 1e9));
    }
}
