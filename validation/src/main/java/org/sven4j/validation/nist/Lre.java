package org.sven4j.validation.nist;

/**
 * Log relative error, the NIST StRD accuracy score: LRE = −log₁₀(|q − c| / |c|) for an estimate q
 * of a certified value c ≠ 0 (−log₁₀|q| when c = 0), roughly the number of leading digits that
 * agree. Clamped to [0, cap]: an exact match or an error below the certified precision scores
 * {@code cap}; a non-finite estimate or one off by more than 100% scores 0.
 */
final class Lre {
    /** Significant digits NIST certifies (values are given as d.dddddddddd E±ee). */
    public static final double CERTIFIED_DIGITS = 11;

    private Lre() {
    }

    /** @return the LRE of {@code estimate} against {@code certified}, capped at {@link #CERTIFIED_DIGITS} */
    public static double of(double estimate, double certified) {
        return of(estimate, certified, CERTIFIED_DIGITS);
    }

    /**
     * @param cap the largest score, &gt; 0
     * @return the LRE of {@code estimate} against {@code certified}, in [0, cap]
     */
    public static double of(double estimate, double certified, double cap) {
        if (!(cap > 0)) {
            throw new IllegalArgumentException("cap must be > 0, got " + cap);
        }
        if (!Double.isFinite(certified)) {
            throw new IllegalArgumentException("certified value must be finite, got " + certified);
        }
        if (!Double.isFinite(estimate)) {
            return 0;
        }
        if (estimate == certified) {
            return cap;
        }
        double error = certified == 0 ? Math.abs(estimate) : Math.abs(estimate - certified) / Math.abs(certified);
        double lre = -Math.log10(error);
        return Math.max(0, Math.min(cap, lre));
    }

    /**
     * @return the smallest LRE over the components (the score of a parameter vector)
     * @throws IllegalArgumentException if the lengths differ or are 0
     */
    public static double min(double[] estimates, double[] certified) {
        if (estimates.length != certified.length || estimates.length == 0) {
            throw new IllegalArgumentException("need equally long, non-empty vectors, got " + estimates.length
                    + " estimates and " + certified.length + " certified values");
        }
        double m = Double.POSITIVE_INFINITY;
        for (int i = 0; i < estimates.length; i++) {
            m = Math.min(m, of(estimates[i], certified[i]));
        }
        return m;
    }
}
