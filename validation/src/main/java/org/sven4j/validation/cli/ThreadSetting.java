package org.sven4j.validation.cli;

/**
 * The worker-thread count as the CLI reports it: the system property {@value #PROPERTY} when set,
 * otherwise the number of available processors.
 *
 * @param threads the thread count, ≥ 1
 * @param source where it came from, for display
 */
public record ThreadSetting(int threads, String source) {
    /** System property that sets the thread count. */
    public static final String PROPERTY = "sven4j.threads";

    /**
     * @return the current setting
     * @throws IllegalArgumentException if the property is set but is not a positive integer
     */
    public static ThreadSetting current() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return new ThreadSetting(Runtime.getRuntime().availableProcessors(), "available processors");
        }
        int n;
        try {
            n = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n < 1) {
            throw new IllegalArgumentException("system property " + PROPERTY + " must be a positive integer, got '"
                    + value + "'");
        }
        return new ThreadSetting(n, "system property " + PROPERTY);
    }
}
